package org.govsim.runner.calibration;

import java.util.Arrays;

/**
 * Weighted values (posterior draws) and their summaries: the weighted mean, and quantiles as the inverse of the
 * weighted distribution function (the smallest value whose cumulative weight reaches q), which needs no
 * interpolation rule and is defined for any weights. NaN values make every summary NaN.
 */
final class WeightedDraws {
    private final double[] values;
    private final double[] weights;
    private final boolean undefined;

    WeightedDraws(double[] values, double[] weights) {
        if (values.length != weights.length || values.length == 0) {
            throw new IllegalArgumentException("need one weight per value and at least one value");
        }
        Integer[] order = new Integer[values.length];
        boolean nan = false;
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
            nan |= Double.isNaN(values[i]);
        }
        this.undefined = nan;
        Arrays.sort(order, (a, b) -> Double.compare(values[a], values[b]));
        this.values = new double[values.length];
        this.weights = new double[values.length];
        double sum = 0;
        for (double w : weights) {
            sum += w;
        }
        for (int i = 0; i < order.length; i++) {
            this.values[i] = values[order[i]];
            this.weights[i] = weights[order[i]] / sum;
        }
    }

    double mean() {
        if (undefined) {
            return Double.NaN;
        }
        double m = 0;
        for (int i = 0; i < values.length; i++) {
            m += weights[i] * values[i];
        }
        return m;
    }

    double quantile(double q) {
        if (undefined) {
            return Double.NaN;
        }
        double c = 0;
        for (int i = 0; i < values.length; i++) {
            c += weights[i];
            // the tolerance keeps rounding in the weights' sum from skipping the value where the total reaches q
            if (c >= q - 1e-12) {
                return values[i];
            }
        }
        return values[values.length - 1];
    }
}
