package org.govsim.model.metrics;

import java.io.Serializable;

/**
 * Totals that levers report to the observer over the observed window, one per {@link LeverCount}. Every
 * run has every column, so runs with and without a lever compare column by column (a lever that is off
 * leaves its totals at zero).
 */
public final class LeverCounters implements Serializable {
    private static final long serialVersionUID = 1L;

    private final double[] totals = new double[LeverCount.values().length];
    private final MetricsObserver observer;

    LeverCounters(MetricsObserver observer) {
        this.observer = observer;
    }

    /** Adds to a total if {@code now} is in the observed window. */
    public void add(LeverCount count, double amount, double now) {
        if (observer.inWindow(now)) {
            totals[count.ordinal()] += amount;
        }
    }

    public double get(LeverCount count) {
        return totals[count.ordinal()];
    }
}
