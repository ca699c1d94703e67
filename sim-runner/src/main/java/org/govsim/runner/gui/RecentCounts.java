package org.govsim.runner.gui;

/**
 * Per-compound counts over a rolling window of days, from cumulative counters the model keeps (a compound's
 * disputes since day 0): a ring of the counters' values at the end of each of the last {@code window} days,
 * so that the count in the window is today's value minus the value {@code window} days ago. A calendar month
 * would reset the map to zero on its first day; a rolling window does not.
 *
 * <p>Before {@code window} days have been recorded the count runs from the first recorded day (day 0 for a
 * new run, the reopening day for a checkpoint); {@link #daysCovered()} says how many days that is.
 */
final class RecentCounts {
    private final int window;
    private final int[][] ring;
    private int firstDay = -1;
    private int lastDay = -1;

    /**
     * @param window    days in the window
     * @param compounds number of counters
     */
    RecentCounts(int window, int compounds) {
        if (window < 1) {
            throw new IllegalArgumentException("window must be at least 1 day, got " + window);
        }
        this.window = window;
        this.ring = new int[window + 1][compounds];
    }

    /** Records the counters' values at the end of {@code day}; days skipped since the last record kept their values. */
    void record(int day, int[] cumulative) {
        if (firstDay < 0) {
            firstDay = day;
            lastDay = day;
            for (int[] slot : ring) {
                System.arraycopy(cumulative, 0, slot, 0, cumulative.length);
            }
            return;
        }
        if (day <= lastDay) {
            System.arraycopy(cumulative, 0, ring[slot(day)], 0, cumulative.length);
            return;
        }
        int[] previous = ring[slot(lastDay)].clone();
        for (int d = lastDay + 1; d < day && d <= lastDay + window; d++) {
            System.arraycopy(previous, 0, ring[slot(d)], 0, previous.length); // nothing happened on a skipped day
        }
        System.arraycopy(cumulative, 0, ring[slot(day)], 0, cumulative.length);
        lastDay = day;
    }

    /** The count of counter {@code c} in the window ending at the last recorded day (0 before any record). */
    int recent(int c) {
        if (firstDay < 0) {
            return 0;
        }
        int from = Math.max(firstDay, lastDay - window);
        return ring[slot(lastDay)][c] - ring[slot(from)][c];
    }

    /** Days the counts cover: the window, or fewer while it has not yet filled. */
    int daysCovered() {
        return firstDay < 0 ? 0 : Math.min(window, lastDay - firstDay);
    }

    int window() {
        return window;
    }

    private int slot(int day) {
        return Math.floorMod(day, ring.length);
    }
}
