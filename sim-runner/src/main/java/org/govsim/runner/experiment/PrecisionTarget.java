package org.govsim.runner.experiment;

import java.util.List;
import java.util.Locale;
import org.govsim.runner.analysis.MetricStatistics;

/**
 * A precision to reach by adding replications: every chosen metric's 95% interval half-width within a share of
 * the absolute value of its mean (the relative precision of Law and Kelton, "Simulation Modeling and Analysis",
 * §9.4.1), or the most replications allowed.
 *
 * @param relativeHalfWidth the share, in (0, 1): 0.05 for "5%"
 * @param metrics           runs.csv metrics that must all reach it
 * @param maxReplications   the most replications to run
 */
public record PrecisionTarget(double relativeHalfWidth, List<String> metrics, int maxReplications) {

    public PrecisionTarget {
        if (!(relativeHalfWidth > 0 && relativeHalfWidth < 1)) {
            throw new IllegalArgumentException("the precision must be above 0% and below 100%, got " + relativeHalfWidth);
        }
        if (metrics.isEmpty()) {
            throw new IllegalArgumentException("the precision needs at least one metric");
        }
        if (maxReplications < 2) {
            throw new IllegalArgumentException("--max-replications must be at least 2, got " + maxReplications);
        }
        metrics = List.copyOf(metrics);
    }

    /** Reads "5%" or "0.05"; throws naming what is allowed. */
    public static double parse(String text) {
        String t = text.trim();
        boolean percent = t.endsWith("%");
        double v;
        try {
            v = Double.parseDouble(percent ? t.substring(0, t.length() - 1).trim() : t);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--precision: expected a percentage such as 5% (or a share such as 0.05), got " + text);
        }
        v = percent ? v / 100 : v;
        if (!(v > 0 && v < 1)) {
            throw new IllegalArgumentException("--precision: must be above 0% and below 100% (5% or 0.05), got " + text);
        }
        return v;
    }

    /** The half-width the metric's interval must reach, as a multiple of the target: ≤ 1 when reached; NaN when undefined. */
    public double shortfall(MetricStatistics s) {
        if (s.n() < 2 || Double.isNaN(s.halfWidth())) {
            return Double.NaN;
        }
        if (s.halfWidth() == 0) {
            return 0;
        }
        return s.halfWidth() / (relativeHalfWidth * Math.abs(s.mean()));
    }

    public String percent() {
        return String.format(Locale.ROOT, "%s%%", new java.math.BigDecimal(Double.toString(100 * relativeHalfWidth)).stripTrailingZeros().toPlainString());
    }
}
