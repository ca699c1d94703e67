package org.govsim.runner.analysis;

import java.util.Arrays;
import org.apache.commons.math3.stat.descriptive.moment.Skewness;

/** Small operations on samples of replications' values that the tests share. */
public final class Samples {
    /**
     * A sample is called skewed when the absolute value of its sample skewness exceeds this (Bulmer 1979,
     * "Principles of Statistics": beyond ±1 a distribution is "highly skewed") and also twice its standard error
     * under normality, so that a few replications' noise does not count as skew; see {@link #skewed}.
     */
    public static final double SKEWNESS_LIMIT = 1.0;

    private Samples() {
    }

    /** The values that are not NaN. */
    public static double[] defined(double[] values) {
        return Arrays.stream(values).filter(v -> !Double.isNaN(v)).toArray();
    }

    /** xᵢ − yᵢ for the pairs where neither is NaN. */
    public static double[] differences(double[] x, double[] y) {
        if (x.length != y.length) {
            throw new IllegalArgumentException("paired samples must have the same length, got " + x.length + " and " + y.length);
        }
        double[] d = new double[x.length];
        int n = 0;
        for (int i = 0; i < x.length; i++) {
            if (!Double.isNaN(x[i]) && !Double.isNaN(y[i])) {
                d[n++] = x[i] - y[i];
            }
        }
        return Arrays.copyOf(d, n);
    }

    /**
     * The adjusted Fisher–Pearson sample skewness G₁ = n / ((n − 1)(n − 2)) Σ((xᵢ − x̄)/s)³ (commons-math3's
     * {@link Skewness}; Excel's SKEW, R's {@code e1071::skewness(type = 2)}); NaN with fewer than three
     * values, 0 when all values are equal.
     */
    public static double skewness(double[] values) {
        double[] v = defined(values);
        if (v.length < 3) {
            return Double.NaN;
        }
        double s = new Skewness().evaluate(v);
        return Double.isNaN(s) ? 0 : s;
    }

    /**
     * Whether the sample is skewed by the stated rule: |G₁| &gt; {@value #SKEWNESS_LIMIT} and |G₁| &gt; 2·SE(G₁), the
     * second a test of skewness at about 5% (never with fewer than three values). With 10 replications 2·SE is 1.37,
     * with 30 it is 0.86 and the first condition decides.
     */
    public static boolean skewed(double[] values) {
        double s = skewness(values);
        int n = defined(values).length;
        return !Double.isNaN(s) && Math.abs(s) > SKEWNESS_LIMIT && Math.abs(s) > 2 * skewnessStandardError(n);
    }

    /**
     * The standard error of G₁ for a normal sample of n: √(6n(n − 1) / ((n − 2)(n + 1)(n + 3))) (Joanes and Gill
     * 1998, "Comparing measures of sample skewness and kurtosis", The Statistician 47:183).
     */
    public static double skewnessStandardError(int n) {
        if (n < 3) {
            return Double.NaN;
        }
        return Math.sqrt(6.0 * n * (n - 1) / ((n - 2.0) * (n + 1) * (n + 3)));
    }
}
