package org.govsim.model;

import org.apache.commons.math3.distribution.TDistribution;

/** A sample's mean and its standard error, with Student's t for the tests' intervals and paired tests. */
public record SampleMean(double mean, double standardError, int n) {

    public static SampleMean of(double[] values) {
        if (values.length < 2) {
            throw new IllegalArgumentException("a standard error needs at least two values");
        }
        double mean = 0;
        for (double v : values) {
            mean += v;
        }
        mean /= values.length;
        double ss = 0;
        for (double v : values) {
            ss += (v - mean) * (v - mean);
        }
        return new SampleMean(mean, Math.sqrt(ss / (values.length - 1) / values.length), values.length);
    }

    /** The p-quantile of Student's t with n − 1 degrees of freedom. */
    public double tQuantile(double p) {
        return new TDistribution(n - 1).inverseCumulativeProbability(p);
    }
}
