package org.govsim.runner.analysis;

import org.govsim.model.metrics.MetricDef;

/**
 * A difference as a planner reads it: in the metric's natural unit (percentage points for a share), signed, with
 * the interval its verdict rests on.
 */
public final class Changes {
    private Changes() {
    }

    /** The estimate in the unit shown (a share's difference ×100: percentage points). */
    public static double amount(OptionDifference d) {
        return d.estimate() * MetricInfo.differenceScale(d.metric());
    }

    /** "-10.47" or "+18.9": the estimate, signed, in the unit shown. */
    public static String signed(OptionDifference d) {
        return Formats.signed(amount(d));
    }

    /** "[-10.58, -10.36]": the verdict's interval in the unit shown; "n/a" without one. */
    public static String interval(OptionDifference d) {
        double s = MetricInfo.differenceScale(d.metric());
        return Double.isNaN(d.verdictLow()) ? "n/a" : "[" + Formats.number(d.verdictLow() * s) + ", " + Formats.number(d.verdictHigh() * s) + "]";
    }

    /** "-10.47 [-10.58, -10.36]". */
    public static String withInterval(OptionDifference d) {
        return signed(d) + " " + interval(d);
    }

    /** The practical threshold in the unit shown, e.g. "1 percentage points" → "1", or "" for none. */
    public static String threshold(MetricDef m) {
        return m.threshold() == 0 ? "" : Formats.compact(m.threshold() * MetricInfo.differenceScale(m));
    }

    /**
     * The change in units of the metric's practical threshold, signed so that better is positive (capped at ±10 so
     * that one metric cannot decide a ranking alone); NaN for a metric without a direction or a threshold.
     */
    public static double thresholdUnits(OptionDifference d) {
        double units = thresholds(d);
        return Math.max(-10, Math.min(10, units));
    }

    /** The change in units of the metric's practical threshold, better positive, uncapped; NaN without a direction or threshold. */
    public static double thresholds(OptionDifference d) {
        MetricDef m = d.metric();
        if (m.threshold() == 0 || m.better() == MetricDef.Better.NEITHER || Double.isNaN(d.estimate())) {
            return Double.NaN;
        }
        return d.estimate() / m.threshold() * (m.better() == MetricDef.Better.LOWER ? -1 : 1);
    }
}
