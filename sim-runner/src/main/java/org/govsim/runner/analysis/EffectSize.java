package org.govsim.runner.analysis;

/**
 * Standardised effect sizes (Cohen 1988, "Statistical Power Analysis for the Behavioral Sciences", §2.2;
 * Lakens 2013, "Calculating and reporting effect sizes", Frontiers in Psychology 4:863, equations 1 and 6).
 * NaN values are left out; NaN when the standard deviation is undefined, zero or negligible beside the means.
 */
public final class EffectSize {
    private EffectSize() {
    }

    /** Cohen's d: (x̄ − ȳ) / s_pooled, s_pooled = √(((nₓ − 1)s²ₓ + (nᵧ − 1)s²ᵧ) / (nₓ + nᵧ − 2)). */
    public static double cohensD(double[] x, double[] y) {
        MetricStatistics a = MetricStatistics.of(x);
        MetricStatistics b = MetricStatistics.of(y);
        if (a.n() < 2 || b.n() < 2) {
            return Double.NaN;
        }
        double pooled = Math.sqrt(((a.n() - 1) * a.sd() * a.sd() + (b.n() - 1) * b.sd() * b.sd()) / (a.n() + b.n() - 2));
        return ratio(a.mean() - b.mean(), pooled, Math.max(Math.abs(a.mean()), Math.abs(b.mean())));
    }

    /** Cohen's d_z for paired samples: the mean of the differences xᵢ − yᵢ over their standard deviation. */
    public static double dz(double[] x, double[] y) {
        MetricStatistics d = MetricStatistics.of(Samples.differences(x, y));
        return d.n() < 2 ? Double.NaN : ratio(d.mean(), d.sd(), Math.abs(d.mean()));
    }

    /** NaN when the sd is negligible beside the means (rounding noise would give an absurd size). */
    private static double ratio(double difference, double sd, double scale) {
        return MeanDifference.essentiallyConstant(sd, scale) ? Double.NaN : difference / sd;
    }
}
