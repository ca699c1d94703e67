package org.govsim.model.issue;

import java.io.Serializable;
import java.util.ArrayDeque;

/**
 * A level's capacity at one place (a compound's property desk, a grid worker, a branch, a community, the
 * departments): a number of servers and a first-come-first-served queue. Issues that leave the queue while
 * waiting (for the hotline) stay in the deque and are skipped when they reach its head, so leaving is O(1). A
 * pool with no servers is a batch level (a deliberation hall): its queue is served only when a meeting takes
 * items from it.
 *
 * <p>Its servers are its own (the base) plus what each contributor adds (advisors at a branch desk, volunteers
 * at a grid), each contribution kept apart so that a contributor can tell its share of the cases. Capacity
 * changes go through {@link ResolutionPipeline#contribute}, which also hands free servers to waiting issues.
 */
public final class ServerPool implements Serializable {
    private static final long serialVersionUID = 1L;

    private final Level level;
    private final int base;
    private int servers;
    private String[] contributors = new String[0];
    private int[] contributions = new int[0];
    private ServiceRule rule;
    private final ArrayDeque<Issue> queue = new ArrayDeque<>();
    private int busy;
    private int waiting;

    public ServerPool(Level level, int servers, ServiceRule rule) {
        if (servers < 0) {
            throw new IllegalArgumentException("servers cannot be negative, got " + servers);
        }
        this.level = level;
        this.base = servers;
        this.servers = servers;
        this.rule = rule;
    }

    public Level level() {
        return level;
    }

    public int servers() {
        return servers;
    }

    public ServiceRule rule() {
        return rule;
    }

    public int busy() {
        return busy;
    }

    /** Issues waiting for a server (not counting those that already left). */
    public int waiting() {
        return waiting;
    }

    /** Servers {@code contributor} adds (0 if none). */
    public int contribution(String contributor) {
        for (int k = 0; k < contributors.length; k++) {
            if (contributors[k].equals(contributor)) {
                return contributions[k];
            }
        }
        return 0;
    }

    /** Sets what a contributor adds; the pipeline then fills free servers (see {@link ResolutionPipeline#contribute}). */
    void setContribution(String contributor, int count) {
        if (count < 0) {
            throw new IllegalArgumentException("a contribution cannot be negative, got " + count);
        }
        int k = 0;
        while (k < contributors.length && !contributors[k].equals(contributor)) {
            k++;
        }
        if (k == contributors.length) {
            contributors = java.util.Arrays.copyOf(contributors, k + 1);
            contributions = java.util.Arrays.copyOf(contributions, k + 1);
            contributors[k] = contributor;
        }
        servers += count - contributions[k];
        contributions[k] = count;
    }

    /** Takes a server for the issue if one is free; otherwise queues it and returns false. */
    boolean admit(Issue issue) {
        if (busy < servers) {
            busy++;
            return true;
        }
        queue.addLast(issue);
        waiting++;
        return false;
    }

    /** A waiting issue left the chain; it is dropped lazily when it reaches the head. */
    void abandoned() {
        waiting--;
    }

    /** Frees a server and hands it to the next waiting issue, which is returned (or null if none waits). */
    Issue release() {
        if (busy <= servers) {
            Issue next = pollWaiting();
            if (next != null) {
                return next;
            }
        }
        busy--;
        return null;
    }

    /** Takes a server for the next waiting issue when one is free (after capacity grew); null otherwise. */
    Issue startWaiting() {
        if (busy >= servers) {
            return null;
        }
        Issue next = pollWaiting();
        if (next != null) {
            busy++;
        }
        return next;
    }

    /** Removes and returns the next issue still waiting here, or null; holds no server (batch levels). */
    Issue pollWaiting() {
        Issue next;
        while ((next = queue.pollFirst()) != null) {
            if (next.phase() == Issue.Phase.QUEUED && next.pool() == this) {
                waiting--;
                return next;
            }
        }
        return null;
    }
}
