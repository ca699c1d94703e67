package org.govsim.runner.analysis;

import java.util.Arrays;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;
import org.apache.commons.math3.stat.descriptive.rank.Percentile.EstimationType;

/**
 * Mean, standard deviation and the 95% confidence interval of the mean (Student t with n − 1 degrees of
 * freedom) of one metric over replications, with the median and 90th percentile of the replications' values.
 * NaN values (a metric undefined in a run) are left out.
 *
 * <p>Quantiles interpolate between order statistics as R's default {@code quantile(x, type = 7)} does
 * (Hyndman and Fan 1996, definition 7), through commons-math3's {@link EstimationType#R_7}.
 */
public record MetricStatistics(int n, double mean, double sd, double ciLow, double ciHigh, double median, double p90) {

    public static MetricStatistics of(double[] values) {
        double[] v = Arrays.stream(values).filter(x -> !Double.isNaN(x)).toArray();
        int n = v.length;
        if (n == 0) {
            return new MetricStatistics(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        double sum = 0;
        for (double x : v) {
            sum += x;
        }
        double mean = sum / n;
        double median = quantile(v, 50);
        double p90 = quantile(v, 90);
        if (n == 1) {
            return new MetricStatistics(1, mean, Double.NaN, Double.NaN, Double.NaN, median, p90);
        }
        double ss = 0;
        for (double x : v) {
            ss += (x - mean) * (x - mean);
        }
        double sd = Math.sqrt(ss / (n - 1));
        double half = tQuantile975(n - 1) * sd / Math.sqrt(n);
        return new MetricStatistics(n, mean, sd, mean - half, mean + half, median, p90);
    }

    /** Half the width of the 95% interval; NaN with fewer than two values. */
    public double halfWidth() {
        return (ciHigh - ciLow) / 2;
    }

    /** The 0.975 quantile of Student's t with {@code df} degrees of freedom (df may be fractional, as Welch's). */
    static double tQuantile975(double df) {
        return new TDistribution(null, df).inverseCumulativeProbability(0.975);
    }

    private static double quantile(double[] values, double percent) {
        return new Percentile(percent).withEstimationType(EstimationType.R_7).evaluate(values);
    }
}
