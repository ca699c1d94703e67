package org.govsim.model.metrics;

import java.io.Serializable;
import org.govsim.model.world.Compound;

/**
 * A declared total that a lever or process adds to: counted over the observed window only, for the district and,
 * where the lever says where it happened, for the compound.
 */
public final class Counter implements Serializable {
    private static final long serialVersionUID = 1L;

    private final MetricDef metric;
    private final MetricsObserver observer;
    private final double[] byCompound;
    private double total;

    Counter(MetricDef metric, MetricsObserver observer, int compounds) {
        this.metric = metric;
        this.observer = observer;
        this.byCompound = new double[compounds];
    }

    public MetricDef metric() {
        return metric;
    }

    /** Adds to the district's total if {@code now} is in the observed window. */
    public void add(double amount, double now) {
        if (observer.inWindow(now)) {
            total += amount;
        }
    }

    /** Adds to the district's total and to the compound's, if {@code now} is in the observed window. */
    public void add(Compound compound, double amount, double now) {
        if (observer.inWindow(now)) {
            total += amount;
            byCompound[compound.index()] += amount;
        }
    }

    public double total() {
        return total;
    }

    /** The part of the total that was added for one compound. */
    public double of(int compound) {
        return byCompound[compound];
    }
}
