package org.govsim.runner.calibration;

import java.util.List;

/**
 * The distance of a simulation to the observations: sqrt(Σ deviation²) over the targets, each target's simulated
 * value being its mean over the replications and its deviation in units of its sd ({@link Observation}). A target
 * whose value is not a number puts the simulation infinitely far, so it is never kept.
 */
public final class Distance {
    private final List<Observation> observations;

    public Distance(List<Observation> observations) {
        this.observations = List.copyOf(observations);
    }

    public static Distance of(List<Target> targets) {
        return new Distance(targets.stream().map(Target::observation).toList());
    }

    /** @param values {@code [target][replication]} */
    public double of(double[][] values) {
        if (values.length != observations.size()) {
            throw new IllegalArgumentException("expected " + observations.size() + " targets' values, got " + values.length);
        }
        double sum = 0;
        for (int k = 0; k < values.length; k++) {
            double dev = observations.get(k).deviation(mean(values[k]));
            if (Double.isNaN(dev) || Double.isInfinite(dev)) {
                return Double.POSITIVE_INFINITY;
            }
            sum += dev * dev;
        }
        return Math.sqrt(sum);
    }

    /** The mean over replications, in replication order (NaN if any is NaN). */
    static double mean(double[] replications) {
        double s = 0;
        for (double v : replications) {
            s += v;
        }
        return s / replications.length;
    }
}
