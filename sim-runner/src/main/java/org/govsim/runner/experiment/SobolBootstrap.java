package org.govsim.runner.experiment;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Sobol indices with bootstrap 95% intervals (percentile method; Efron and Tibshirani 1993, ch. 13; as Archer,
 * Saltelli and Sobol 1997 use for these indices): the N base rows are resampled with replacement, each resample's
 * indices computed, and the interval is the 2.5th to 97.5th percentile of those. A row is resampled whole (its
 * f(A), f(B) and every f(AB<sub>i</sub>)), since the estimators pair them.
 *
 * <p>{@link #RESAMPLES} = 1,000: Efron and Tibshirani (ch. 19) advise about 1,000 for percentile intervals, where
 * 200 suffice for a standard error. With 1,000 the Monte Carlo error of a 2.5% percentile is about 0.09 of the
 * bootstrap standard deviation (sqrt(0.025·0.975/1000) / φ(1.96) for a normal spread), some 2% of the interval's
 * width, well below the differences an analyst reads; the cost is 1,000 passes over N(k + 2) numbers per metric.
 * The resamples come from a generator of the given seed, so the intervals are the same on every run.
 */
public final class SobolBootstrap {
    public static final int RESAMPLES = 1000;

    private final SobolIndices point;
    private final double[][] firstOrder;
    private final double[][] total;

    private SobolBootstrap(SobolIndices point, double[][] firstOrder, double[][] total) {
        this.point = point;
        this.firstOrder = firstOrder;
        this.total = total;
    }

    /** The indices of all rows, with intervals from {@code resamples} resamples drawn from {@code seed}. */
    public static SobolBootstrap of(SaltelliOutputs o, int resamples, long seed) {
        int n = o.rows();
        int k = o.factors();
        SplittableRandom random = new SplittableRandom(seed);
        double[][] s1 = new double[k][resamples];
        double[][] st = new double[k][resamples];
        if (n < 2) {
            for (int i = 0; i < k; i++) {
                Arrays.fill(s1[i], Double.NaN);
                Arrays.fill(st[i], Double.NaN);
            }
        }
        int[] rows = new int[n];
        for (int b = 0; b < resamples && n >= 2; b++) {
            for (int j = 0; j < n; j++) {
                rows[j] = random.nextInt(n);
            }
            SobolIndices r = SobolIndices.estimate(o, rows);
            for (int i = 0; i < k; i++) {
                s1[i][b] = r.firstOrder(i);
                st[i][b] = r.total(i);
            }
        }
        double[][] firstOrder = new double[k][];
        double[][] total = new double[k][];
        for (int i = 0; i < k; i++) {
            firstOrder[i] = interval(s1[i]);
            total[i] = interval(st[i]);
        }
        return new SobolBootstrap(SobolIndices.estimate(o), firstOrder, total);
    }

    /**
     * The 2.5th and 97.5th percentiles (R's type 7) of the finite values; NaN when fewer than half are finite (the
     * output was constant on most resamples, so there is no variance to share out).
     */
    static double[] interval(double[] values) {
        double[] finite = Arrays.stream(values).filter(Double::isFinite).sorted().toArray();
        if (finite.length == 0 || 2 * finite.length < values.length) {
            return new double[] {Double.NaN, Double.NaN};
        }
        return new double[] {percentile(finite, 0.025), percentile(finite, 0.975)};
    }

    static double percentile(double[] sorted, double p) {
        double h = (sorted.length - 1) * p;
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, sorted.length - 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }

    public SobolIndices point() {
        return point;
    }

    public double firstOrder(int i) {
        return point.firstOrder(i);
    }

    public double firstOrderLow(int i) {
        return firstOrder[i][0];
    }

    public double firstOrderHigh(int i) {
        return firstOrder[i][1];
    }

    public double total(int i) {
        return point.total(i);
    }

    public double totalLow(int i) {
        return total[i][0];
    }

    public double totalHigh(int i) {
        return total[i][1];
    }
}
