package org.govsim.model.lever;

import org.govsim.model.metrics.MetricDef;

/** Short ways for levers to declare their counters and ratios. */
public final class LeverMetrics {
    private LeverMetrics() {
    }

    /** A total over the observed window that has no better direction (what a lever did), kept compound by compound too. */
    public static MetricDef count(String column, String unit, String unitZh, String label, String labelZh, String description) {
        return MetricDef.of(column).kind(MetricDef.Kind.COUNT).unit(unit, unitZh).label(label, labelZh).neutral(1).byCompound()
                .describe(description).build();
    }

    /** A total over the observed window of what happens beyond one compound (a community's volunteers): the district's only. */
    public static MetricDef districtCount(String column, String unit, String unitZh, String label, String labelZh, String description) {
        return MetricDef.of(column).kind(MetricDef.Kind.COUNT).unit(unit, unitZh).label(label, labelZh).neutral(1).describe(description).build();
    }

    /** A total over the observed window that a planner wants higher. */
    public static MetricDef more(String column, String unit, String unitZh, String label, String labelZh, String description) {
        return MetricDef.of(column).kind(MetricDef.Kind.COUNT).unit(unit, unitZh).label(label, labelZh).higherIsBetter(1).byCompound()
                .describe(description).build();
    }

    /** A yes/no a lever keeps for each compound (where it applies). */
    public static MetricDef flag(String column, String label, String labelZh, String description) {
        return MetricDef.of(column).scope(MetricDef.Scope.COMPOUND).kind(MetricDef.Kind.FLAG).unit("yes = 1", "是 = 1")
                .label(label, labelZh).describe(description).build();
    }

    /** A number a lever keeps for each compound (how many advisors, which security level). */
    public static MetricDef figure(String column, String unit, String unitZh, String label, String labelZh, String description) {
        return MetricDef.of(column).scope(MetricDef.Scope.COMPOUND).kind(MetricDef.Kind.SIZE).unit(unit, unitZh)
                .label(label, labelZh).describe(description).build();
    }

    /** A total over the observed window that a planner wants lower. */
    public static MetricDef fewer(String column, String unit, String unitZh, String label, String labelZh, String description) {
        return MetricDef.of(column).kind(MetricDef.Kind.COUNT).unit(unit, unitZh).label(label, labelZh).lowerIsBetter(1).byCompound()
                .describe(description).build();
    }
}
