package org.govsim.runner.analysis;

import org.govsim.model.ModelCatalog;
import org.govsim.model.metrics.MetricDef;

/**
 * A CSV column's declaration, as the model declares it ({@link ModelCatalog#metrics()}): runs.csv's columns are
 * the RUN scope, timeseries.csv's the MONTH scope. A column the model does not declare (a folder written by
 * another version, a test's made-up metric) gets a declaration that says nothing: its name as label, no unit, no
 * better direction and no practical threshold, so that it is shown but never judged.
 */
public final class MetricInfo {
    private static final String UNDECLARED = "not declared by this version of the model";
    private MetricInfo() {
    }

    /** The runs.csv column's declaration, or for {@code name:column} the compounds.csv figure of the case compound {@code name}. */
    public static MetricDef run(String column) {
        int colon = column.indexOf(':');
        if (colon > 0) {
            return ModelCatalog.metrics().find(MetricDef.Scope.COMPOUND, column.substring(colon + 1))
                    .or(() -> ModelCatalog.metrics().counters().stream().filter(d -> d.column().equals(column.substring(colon + 1))
                            && d.byCompound()).findFirst().map(MetricInfo::asCompound))
                    .map(d -> d.ofCase(column.substring(0, colon))).orElseGet(() -> undeclared(column, MetricDef.Scope.RUN));
        }
        return ModelCatalog.metrics().find(MetricDef.Scope.RUN, column).orElseGet(() -> undeclared(column, MetricDef.Scope.RUN));
    }

    /** A counter kept compound by compound, as the compounds.csv column it also is. */
    private static MetricDef asCompound(MetricDef counter) {
        return new MetricDef(counter.column(), MetricDef.Scope.COMPOUND, counter.kind(), counter.unit(), counter.unitZh(), counter.label(),
                counter.labelZh(), counter.better(), counter.threshold(), counter.low(), counter.high(), counter.description(), null, false);
    }

    /** The timeseries.csv column's declaration. */
    public static MetricDef month(String column) {
        return ModelCatalog.metrics().find(MetricDef.Scope.MONTH, column).orElseGet(() -> undeclared(column, MetricDef.Scope.MONTH));
    }

    /** The label in the language. */
    public static String label(MetricDef d, Language lang) {
        return lang.pick(d.label(), d.labelZh());
    }

    /** The unit in the language; empty when it has none. */
    public static String unit(MetricDef d, Language lang) {
        return lang.pick(d.unit(), d.unitZh());
    }

    /** "disputes (per 1,000 households a month)", or the label alone when the metric has no unit. */
    public static String labelWithUnit(MetricDef d, Language lang) {
        String unit = unit(d, lang);
        if (unit.isEmpty()) {
            return label(d, lang);
        }
        return lang == Language.ZH ? label(d, lang) + "（" + unit + "）" : label(d, lang) + " (" + unit + ")";
    }

    /**
     * The unit of a difference: percentage points for a share (a difference of shares is not a share), else the
     * metric's unit.
     */
    public static String differenceUnit(MetricDef d, Language lang) {
        if (d.kind() == MetricDef.Kind.SHARE) {
            return lang.pick("percentage points", "个百分点");
        }
        return unit(d, lang);
    }

    /** How much a difference is worth in the unit shown: ×100 for a share's percentage points, else ×1. */
    public static double differenceScale(MetricDef d) {
        return d.kind() == MetricDef.Kind.SHARE ? 100 : 1;
    }

    /** Whether the metric was declared by the model (else its label is its column name and it has no direction). */
    public static boolean declared(MetricDef d) {
        int colon = d.column().indexOf(':');
        return colon > 0 ? !UNDECLARED.equals(run(d.column()).description()) : ModelCatalog.metrics().find(d.scope(), d.column()).isPresent();
    }

    private static MetricDef undeclared(String column, MetricDef.Scope scope) {
        return MetricDef.of(column).scope(scope).kind(MetricDef.Kind.RATIO).label(column.replace('_', ' '), column.replace('_', ' '))
                .range(Double.NaN, Double.NaN).neutral(0).describe(UNDECLARED).build();
    }

}
