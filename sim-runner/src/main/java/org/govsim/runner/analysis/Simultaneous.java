package org.govsim.runner.analysis;

import java.util.Locale;

/**
 * The multiplicity adjustment that the verdict and every interval of a comparison share: Bonferroni over the m
 * option × metric tests made. Each interval is a t interval at confidence 1 − 0.05/m, so that all m hold at once
 * with probability at least 95% (simultaneous intervals), and each p-value is min(1, m·p). An interval excludes
 * zero exactly when its adjusted t-test p-value is below 0.05, so verdict, p-value and interval never disagree.
 * Holm's step-down adjustment would reject more often, but it has no intervals that agree with it; Bonferroni's
 * intervals are the ones a planner reads, so the verdict follows them.
 *
 * @param tests the number of tests m (at least 1)
 */
public record Simultaneous(int tests) {
    /** The family-wise error rate: the chance of any false "difference" in the comparison. */
    public static final double ALPHA = 0.05;

    public Simultaneous {
        tests = Math.max(1, tests);
    }

    /** The confidence of each interval: 1 − 0.05/m. */
    public double level() {
        return 1 - ALPHA / tests;
    }

    /** The two-sided tail probability of each interval, 0.05/m. */
    public double alpha() {
        return ALPHA / tests;
    }

    /** min(1, m·p); NaN stays NaN. */
    public double adjust(double p) {
        return Double.isNaN(p) ? p : Math.min(1, p * tests);
    }

    /** "99.72%": the level as people read it. */
    public String levelText() {
        double pct = 100 * level();
        return tests == 1 ? "95%" : String.format(Locale.ROOT, pct >= 99.9 ? "%.3f%%" : "%.2f%%", pct);
    }
}
