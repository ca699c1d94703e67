package org.govsim.runner.report;

import org.govsim.model.metrics.MetricDef;
import org.jfree.chart.axis.NumberAxis;

/**
 * Value axes that do not magnify noise: counts, rates, totals, days and yuan start at zero, so that a 1% change
 * looks like one; scores and shares, whose natural range [0, 1] would flatten every difference, keep a range fitted
 * to the data and the chart draws the metric's negligible band (± its practical threshold) for scale instead.
 */
final class Axes {
    private Axes() {
    }

    /** Whether the metric's axis starts at zero. */
    static boolean zeroBased(MetricDef m) {
        return switch (m.kind()) {
            case COUNT, TOTAL, RATE, DAYS, YUAN, SIZE, RATIO -> true;
            case SHARE, SCORE, FLAG -> false;
        };
    }

    /** Whether the chart should draw the negligible band (a metric judged against a threshold, on a fitted axis). */
    static boolean band(MetricDef m) {
        return m.threshold() > 0;
    }

    /** A value axis for the metric, zero-based or fitted to [low, high] (padded by 8%). */
    static NumberAxis of(String label, MetricDef m, double low, double high) {
        NumberAxis axis = new NumberAxis(label);
        if (zeroBased(m) && low >= 0) {
            axis.setAutoRangeIncludesZero(true);
            if (!Double.isNaN(high) && high > 0) {
                axis.setRange(0, high * 1.08);
            }
            return axis;
        }
        axis.setAutoRangeIncludesZero(false);
        if (!Double.isNaN(low) && !Double.isNaN(high)) {
            double pad = Math.max((high - low) * 0.08, Math.abs(high) * 1e-6 + 1e-12);
            axis.setRange(low - pad, high + pad);
        }
        return axis;
    }
}
