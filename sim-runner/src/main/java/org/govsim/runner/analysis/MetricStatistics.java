package org.govsim.runner.analysis;

import org.apache.commons.math3.distribution.TDistribution;

/**
 * Mean, standard deviation and the 95% confidence interval of the mean (Student t with n − 1 degrees of
 * freedom) of one metric over replications. NaN values (a metric undefined in a run) are left out.
 */
public record MetricStatistics(int n, double mean, double sd, double ciLow, double ciHigh) {

    public static MetricStatistics of(double[] values) {
        int n = 0;
        double sum = 0;
        for (double v : values) {
            if (!Double.isNaN(v)) {
                n++;
                sum += v;
            }
        }
        if (n == 0) {
            return new MetricStatistics(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        double mean = sum / n;
        if (n == 1) {
            return new MetricStatistics(1, mean, Double.NaN, Double.NaN, Double.NaN);
        }
        double ss = 0;
        for (double v : values) {
            if (!Double.isNaN(v)) {
                ss += (v - mean) * (v - mean);
            }
        }
        double sd = Math.sqrt(ss / (n - 1));
        double half = new TDistribution(n - 1).inverseCumulativeProbability(0.975) * sd / Math.sqrt(n);
        return new MetricStatistics(n, mean, sd, mean - half, mean + half);
    }

    public double halfWidth() {
        return (ciHigh - ciLow) / 2;
    }
}
