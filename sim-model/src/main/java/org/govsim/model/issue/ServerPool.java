package org.govsim.model.issue;

import java.io.Serializable;
import java.util.ArrayDeque;

/**
 * A level's capacity at one place (a compound's property desk, a grid worker, a branch, a community, the
 * departments): a number of servers and a first-come-first-served queue. Issues that leave the queue while
 * waiting (for the hotline, or moved to another pool) stay in the deque and are skipped when they reach
 * its head, so leaving is O(1). A pool with no servers is a batch level (a deliberation hall): its queue is
 * served only when a meeting takes items from it.
 */
public final class ServerPool implements Serializable {
    private static final long serialVersionUID = 1L;

    private final Level level;
    private int servers;
    private ServiceRule rule;
    private final ArrayDeque<Issue> queue = new ArrayDeque<>();
    private int busy;
    private int waiting;
    private long started;

    public ServerPool(Level level, int servers, ServiceRule rule) {
        if (servers < 0) {
            throw new IllegalArgumentException("servers cannot be negative, got " + servers);
        }
        this.level = level;
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

    public long started() {
        return started;
    }

    /** Changes how the pool serves (a branch takes over an advisor desk). */
    public void setRule(ServiceRule rule) {
        this.rule = rule;
    }

    /** Changes the number of servers (volunteers' hours vary by month); the pipeline then fills free servers. */
    public void setServers(int count) {
        if (count < 0) {
            throw new IllegalArgumentException("servers cannot be negative, got " + count);
        }
        servers = count;
    }

    boolean hasFreeServer() {
        return busy < servers;
    }

    /** Takes a server for the issue if one is free; otherwise queues it and returns false. */
    boolean admit(Issue issue) {
        if (busy < servers) {
            busy++;
            started++;
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
                started++;
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
            started++;
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
