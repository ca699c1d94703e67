package org.govsim.runner.gui;

import java.io.Serializable;
import java.util.Locale;
import org.govsim.model.metrics.MetricDef;
import sim.util.Valuable;

/**
 * A number as an inspector shows it, rounded and with its unit ("72.4%", "1,234 yuan", "0.55 of 1"), that MASON
 * can still chart: its inspectors chart any {@link Valuable} by its {@link #doubleValue()}, and show its
 * {@link #toString()}.
 *
 * @param value the number
 * @param text  how it is shown
 */
public record Reading(double value, String text) implements Valuable, Serializable {

    /** What a missing value (no bill yet, no households) shows. */
    public static final String NONE = "–";

    /** A score in [0, 1], two decimals: "0.55". */
    public static Reading score(double v) {
        return new Reading(v, Double.isFinite(v) ? String.format(Locale.ROOT, "%.2f", v) : NONE);
    }

    /** A share in [0, 1] as a percentage with one decimal: "72.4%". */
    public static Reading share(double v) {
        return new Reading(v, Double.isFinite(v) ? String.format(Locale.ROOT, "%.1f%%", 100 * v) : NONE);
    }

    /** An amount of money, whole yuan with thousands separated: "12,345 yuan". */
    public static Reading yuan(double v) {
        return new Reading(v, Double.isFinite(v) ? String.format(Locale.ROOT, "%,.0f yuan", v) : NONE);
    }

    /** A duration: "12.3 days". */
    public static Reading days(double v) {
        return new Reading(v, Double.isFinite(v) ? String.format(Locale.ROOT, "%.1f days", v) : NONE);
    }

    /** A count, with its unit: "12 issues". */
    public static Reading count(long n, String unit) {
        return new Reading(n, String.format(Locale.ROOT, "%,d %s", n, unit));
    }

    /** A rate per 100 households, one decimal: "6.4 per 100 households". */
    public static Reading per100(double v) {
        return new Reading(v, Double.isFinite(v) ? String.format(Locale.ROOT, "%.1f per 100 households", v) : NONE);
    }

    /** A declared metric's value, shown as its kind is: a flag as yes or no, a share in percent, a count with its unit. */
    public static Reading of(MetricDef metric, double v) {
        return switch (metric.kind()) {
            case FLAG -> new Reading(v, Double.isNaN(v) ? NONE : v > 0 ? "yes" : "no");
            case SHARE -> share(v);
            case SCORE -> score(v);
            case YUAN -> yuan(v);
            case DAYS -> days(v);
            case SIZE, COUNT, TOTAL -> new Reading(v, Double.isFinite(v) ? String.format(Locale.ROOT, "%,.0f", v) + unit(metric.unit()) : NONE);
            case RATE, RATIO -> new Reading(v, Double.isFinite(v) ? String.format(Locale.ROOT, "%.2f %s", v, metric.unit()) : NONE);
        };
    }

    /** A unit after a number: a word as it is ("3 advisors"), a scale in brackets ("1 (level 0-3)"). */
    private static String unit(String unit) {
        if (unit == null || unit.isBlank()) {
            return "";
        }
        return unit.chars().anyMatch(Character::isDigit) ? " (" + unit + ")" : " " + unit;
    }

    @Override
    public double doubleValue() {
        return value;
    }

    @Override
    public String toString() {
        return text;
    }
}
