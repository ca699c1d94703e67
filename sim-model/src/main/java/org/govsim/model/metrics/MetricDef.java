package org.govsim.model.metrics;

import java.io.Serializable;
import java.util.Objects;

/**
 * The one declaration of something the model measures (as Mesa declares its model reporters): the column it is
 * written under, what it is, its unit and labels in English and Chinese, which way is better, and the smallest
 * difference a planner would call practical. Every table, chart, comparison and document reads this record.
 *
 * @param column    the CSV column, e.g. {@code disputes_per_1000hh_month}
 * @param scope     whether it is a figure of a run (runs.csv), of a month (timeseries.csv) or of a compound
 * @param kind      what sort of number it is, which decides how a difference is shown
 * @param better    which way a planner wants it to move
 * @param threshold the smallest difference of practical importance, in the metric's unit (0 when none applies)
 * @param low       the lowest value it can take, or NaN (used for fixed chart and map scales)
 * @param high      the highest value it can take, or NaN
 * @param ratio     for a metric that is the ratio of two counters, their columns; else null
 * @param byCompound for a counter, whether it is also kept for each compound (a column of compounds.csv too)
 */
public record MetricDef(String column, Scope scope, Kind kind, String unit, String unitZh, String label, String labelZh,
                        Better better, double threshold, double low, double high, String description, Ratio ratio, boolean byCompound)
        implements Serializable {

    /** Where a metric is written. */
    public enum Scope { RUN, MONTH, COMPOUND }

    /** What sort of number a metric is. */
    public enum Kind {
        /** the size of the district or compound built: an input, not an outcome */
        SIZE,
        /** a total over the observed window */
        COUNT,
        /** a total over the whole run, burn-in included (the conservation check's counts) */
        TOTAL,
        /** events per 1,000 households per 30-day month */
        RATE,
        /** a proportion in [0, 1]; differences are percentage points */
        SHARE,
        /** a score in [0, 1] (satisfaction, trust, effort, quality) */
        SCORE,
        /** days */
        DAYS,
        /** yuan */
        YUAN,
        /** a ratio of two counts */
        RATIO,
        /** yes (1) or no (0), of a compound */
        FLAG
    }

    /** Which way a metric should move. */
    public enum Better { LOWER, HIGHER, NEITHER }

    /** A metric computed as numerator ÷ denominator of two counters' window totals (NaN when the denominator is 0). */
    public record Ratio(String numerator, String denominator) implements Serializable {
    }

    public MetricDef {
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(better, "better");
        if (!column.matches("([a-z0-9]+(-[a-z0-9]+)*:)?[a-z][a-z0-9_]*")) {
            throw new IllegalArgumentException("metric column '" + column + "' must be snake_case (after a case compound's name and ':')");
        }
        if (!(threshold >= 0)) {
            throw new IllegalArgumentException(column + ": threshold must be at least 0, got " + threshold);
        }
    }

    /**
     * This compound figure of the case compound {@code name}, as a figure of a whole run: the column
     * {@code name:column}, labelled with the compound's name, so that runs of several scenarios compare a named
     * compound's figures as they compare the district's.
     */
    public MetricDef ofCase(String name) {
        if (scope != Scope.COMPOUND) {
            throw new IllegalStateException(column + " is not a compound figure");
        }
        return new MetricDef(name + ":" + column, Scope.RUN, kind, unit, unitZh, name + ": " + label, name + "：" + labelZh, better, threshold,
                low, high, description, ratio, false);
    }

    /** True for a counter of runs.csv that levers or processes add to (a COUNT that is not a ratio). */
    public boolean isCounter() {
        return scope == Scope.RUN && kind == Kind.COUNT && ratio == null;
    }

    /** Starts a declaration. */
    public static Builder of(String column) {
        return new Builder(column);
    }

    /** A fluent way to declare a metric, so that a declaration reads as a sentence. */
    public static final class Builder {
        private final String column;
        private Scope scope = Scope.RUN;
        private Kind kind = Kind.COUNT;
        private String unit = "";
        private String unitZh = "";
        private String label;
        private String labelZh;
        private Better better = Better.NEITHER;
        private double threshold;
        private double low = Double.NaN;
        private double high = Double.NaN;
        private String description = "";
        private Ratio ratio;
        private boolean byCompound;

        private Builder(String column) {
            this.column = column;
            this.label = column.replace('_', ' ');
            this.labelZh = label;
        }

        public Builder scope(Scope s) {
            scope = s;
            return this;
        }

        public Builder kind(Kind k) {
            kind = k;
            if (k == Kind.SHARE || k == Kind.SCORE || k == Kind.FLAG) {
                low = 0;
                high = 1;
            } else if (k != Kind.YUAN) {
                low = 0;
            }
            return this;
        }

        public Builder unit(String en, String zh) {
            unit = en;
            unitZh = zh;
            return this;
        }

        public Builder label(String en, String zh) {
            label = en;
            labelZh = zh;
            return this;
        }

        public Builder lowerIsBetter(double practical) {
            better = Better.LOWER;
            threshold = practical;
            return this;
        }

        public Builder higherIsBetter(double practical) {
            better = Better.HIGHER;
            threshold = practical;
            return this;
        }

        public Builder neutral(double practical) {
            better = Better.NEITHER;
            threshold = practical;
            return this;
        }

        public Builder range(double lo, double hi) {
            low = lo;
            high = hi;
            return this;
        }

        public Builder ratioOf(String numerator, String denominator) {
            ratio = new Ratio(numerator, denominator);
            kind = Kind.RATIO;
            return this;
        }

        /** A counter also kept compound by compound (compounds.csv). */
        public Builder byCompound() {
            byCompound = true;
            return this;
        }

        public Builder describe(String text) {
            description = text;
            return this;
        }

        public MetricDef build() {
            return new MetricDef(column, scope, kind, unit, unitZh, label, labelZh, better, threshold, low, high, description, ratio,
                    byCompound);
        }
    }
}
