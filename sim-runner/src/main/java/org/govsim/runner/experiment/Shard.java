package org.govsim.runner.experiment;

/**
 * The K-th of N disjoint parts of an experiment's runs: run ids with {@code id % N == K - 1} (round robin, so
 * that slow and fast design points spread evenly). {@code 1/1} is the whole experiment.
 */
public record Shard(int index, int count) {
    public static final Shard ALL = new Shard(1, 1);

    public Shard {
        if (count < 1 || index < 1 || index > count) {
            throw new IllegalArgumentException("a shard is K/N with 1 <= K <= N, got " + index + "/" + count);
        }
    }

    /** Reads {@code K/N}, e.g. {@code 2/8}. */
    public static Shard parse(String text) {
        String t = text.trim();
        int slash = t.indexOf('/');
        try {
            if (slash > 0) {
                return new Shard(Integer.parseInt(t.substring(0, slash).trim()), Integer.parseInt(t.substring(slash + 1).trim()));
            }
        } catch (NumberFormatException e) {
            // fall through to the message below
        }
        throw new IllegalArgumentException("--shard must be K/N, e.g. 2/8 (the second of eight parts), not '" + text + "'");
    }

    public boolean holds(long runId) {
        return runId % count == index - 1;
    }

    public boolean isWhole() {
        return count == 1;
    }

    @Override
    public String toString() {
        return index + "/" + count;
    }
}
