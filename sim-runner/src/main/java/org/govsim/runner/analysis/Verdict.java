package org.govsim.runner.analysis;

import org.govsim.model.metrics.MetricDef;

/**
 * What a difference means for a planner, from its interval, the metric's declared direction and its practical
 * threshold t (both from the metric's declaration), by one rule that the report states:
 * <ul>
 * <li>{@link #BETTER} / {@link #WORSE} (or {@link #CHANGED} for a metric with no better direction): the interval
 *     excludes zero and the estimate is at least t away from it;</li>
 * <li>{@link #NEGLIGIBLE}, "no practical difference": the estimate is less than t away from zero and either the
 *     interval excludes zero (a real difference, too small to matter, however small its p-value) or the whole
 *     interval lies within ±t (equivalence shown at the same confidence);</li>
 * <li>{@link #UNCLEAR}: anything else, an interval that holds both no difference and a practical one (more
 *     replications, or less uncertainty about the parameters, would decide it);</li>
 * <li>{@link #UNTESTED}: no interval (fewer than two replications or draws, or no variation to measure).</li>
 * </ul>
 * With a threshold of 0 (a metric declared without one) any difference whose interval excludes zero counts.
 */
public enum Verdict {
    BETTER, WORSE, CHANGED, NEGLIGIBLE, UNCLEAR, UNTESTED;

    /**
     * @param estimate the difference option − baseline
     * @param low      its interval's lower end (at the comparison's simultaneous level)
     * @param high     its upper end
     */
    public static Verdict of(MetricDef metric, double estimate, double low, double high) {
        if (Double.isNaN(estimate) || Double.isNaN(low) || Double.isNaN(high)) {
            return UNTESTED;
        }
        double t = metric.threshold();
        boolean excludesZero = low > 0 || high < 0;
        boolean practical = Math.abs(estimate) >= t && (t > 0 || estimate != 0);
        if (excludesZero && practical) {
            return switch (metric.better()) {
                case NEITHER -> CHANGED;
                case LOWER -> estimate < 0 ? BETTER : WORSE;
                case HIGHER -> estimate > 0 ? BETTER : WORSE;
            };
        }
        boolean withinThreshold = t > 0 ? low > -t && high < t : low == 0 && high == 0;
        if (!practical && (excludesZero || withinThreshold) || withinThreshold) {
            return NEGLIGIBLE;
        }
        return UNCLEAR;
    }

    public String word(Language lang) {
        return switch (this) {
            case BETTER -> lang.pick("better", "更好");
            case WORSE -> lang.pick("worse", "更差");
            case CHANGED -> lang.pick("changed", "有变化");
            case NEGLIGIBLE -> lang.pick("no practical difference", "无实际差别");
            case UNCLEAR -> lang.pick("unclear", "不确定");
            case UNTESTED -> lang.pick("not testable", "无法检验");
        };
    }

    /** A mark that carries the verdict without colour (for colour-blind readers and black-and-white print). */
    public String mark() {
        return switch (this) {
            case BETTER -> "✓";
            case WORSE -> "✗";
            case CHANGED -> "◆";
            case NEGLIGIBLE -> "≈";
            case UNCLEAR -> "?";
            case UNTESTED -> "–";
        };
    }
}
