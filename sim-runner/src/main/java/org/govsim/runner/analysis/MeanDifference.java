package org.govsim.runner.analysis;

import org.apache.commons.math3.distribution.TDistribution;

/**
 * The difference of two means, {@code mean(x) − mean(y)}, with its 95% confidence interval and a two-sided
 * t-test, as R's {@code t.test(x, y)} (Welch) and {@code t.test(x, y, paired = TRUE)} compute them.
 *
 * <p>Welch (1947): t = (x̄ − ȳ) / √(s²ₓ/nₓ + s²ᵧ/nᵧ) on the Welch–Satterthwaite degrees of freedom
 * ν = (s²ₓ/nₓ + s²ᵧ/nᵧ)² / ((s²ₓ/nₓ)²/(nₓ − 1) + (s²ᵧ/nᵧ)²/(nᵧ − 1)). Paired: the one-sample t on the
 * differences dᵢ = xᵢ − yᵢ with n − 1 degrees of freedom. The interval is estimate ± t₀.₉₇₅(ν)·SE.
 * When the data are essentially constant (R's rule: a standard error below 10 machine epsilons times the largest
 * absolute mean, where R's t.test stops) t, the p-value and the interval are NaN, except that equal constant samples
 * get the interval [0, 0]: there is nothing to test.
 *
 * @param estimate mean(x) − mean(y), or the mean difference when paired
 * @param ciLow    lower end of the 95% interval
 * @param ciHigh   upper end of the 95% interval
 * @param t        the t statistic
 * @param df       degrees of freedom
 * @param p        two-sided p-value
 * @param paired   whether the differences were paired
 */
public record MeanDifference(double estimate, double ciLow, double ciHigh, double t, double df, double p, boolean paired) {

    /** Welch's unequal-variances t-test of x against y; NaN values are left out; needs two values in each. */
    public static MeanDifference welch(double[] x, double[] y) {
        MetricStatistics a = MetricStatistics.of(x);
        MetricStatistics b = MetricStatistics.of(y);
        requireTwo("x", a.n());
        requireTwo("y", b.n());
        double vx = a.sd() * a.sd() / a.n();
        double vy = b.sd() * b.sd() / b.n();
        double se = Math.sqrt(vx + vy);
        double df = (vx + vy) * (vx + vy) / (vx * vx / (a.n() - 1) + vy * vy / (b.n() - 1));
        return of(a.mean() - b.mean(), se, df, Math.max(Math.abs(a.mean()), Math.abs(b.mean())), false);
    }

    /** The paired t-test of x against y: pairs with a NaN on either side are left out; needs two pairs. */
    public static MeanDifference paired(double[] x, double[] y) {
        return ofDifferences(Samples.differences(x, y));
    }

    /** The one-sample t-test of paired differences against zero. */
    public static MeanDifference ofDifferences(double[] d) {
        MetricStatistics s = MetricStatistics.of(d);
        requireTwo("differences", s.n());
        return of(s.mean(), s.sd() / Math.sqrt(s.n()), s.n() - 1, Math.abs(s.mean()), true);
    }

    /**
     * The interval at another confidence, on the same standard error and degrees of freedom (the simultaneous
     * intervals of a comparison); the 95% one's ends when it has none to scale (no variation).
     */
    public double[] interval(double level) {
        if (Double.isNaN(t) || Double.isNaN(ciLow) || Double.isNaN(df)) {
            return new double[] {ciLow, ciHigh};
        }
        TDistribution dist = new TDistribution(null, df);
        double se = (ciHigh - ciLow) / 2 / dist.inverseCumulativeProbability(0.975);
        double half = dist.inverseCumulativeProbability(1 - (1 - level) / 2) * se;
        return new double[] {estimate - half, estimate + half};
    }

    /** Whether a standard error is negligible beside the means: R's "data are essentially constant". */
    static boolean essentiallyConstant(double se, double scale) {
        return Double.isNaN(se) || se <= 10 * Math.ulp(1.0) * scale;
    }

    private static MeanDifference of(double estimate, double se, double df, double scale, boolean paired) {
        if (essentiallyConstant(se, scale)) {
            double bound = estimate == 0 ? 0 : Double.NaN;
            return new MeanDifference(estimate, bound, bound, Double.NaN, df, Double.NaN, paired);
        }
        double t = estimate / se;
        TDistribution dist = new TDistribution(null, df);
        double p = 2 * dist.cumulativeProbability(-Math.abs(t));
        double half = dist.inverseCumulativeProbability(0.975) * se;
        return new MeanDifference(estimate, estimate - half, estimate + half, t, df, p, paired);
    }

    private static void requireTwo(String what, int n) {
        if (n < 2) {
            throw new IllegalArgumentException(what + ": a t-test needs at least 2 values, got " + n);
        }
    }
}
