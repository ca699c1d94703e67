package org.govsim.runner.scenario;

import java.util.List;
import java.util.Objects;
import org.govsim.model.param.ParamDef;
import org.govsim.model.param.ParamType;

/**
 * One parameter an experiment varies: either listed values (already type- and range-checked) or a range
 * {@code [min, max]} to sample from. An integer parameter sampled from a range takes rounded values.
 *
 * @param line the line of the factor's key in its file, for messages; 0 when given on the command line
 */
public record ExperimentFactor(ParamDef def, List<Object> levels, double min, double max, int line) {

    public ExperimentFactor {
        Objects.requireNonNull(def, "def");
        levels = levels == null ? null : List.copyOf(levels);
    }

    public static ExperimentFactor listed(ParamDef def, List<Object> levels, int line) {
        return new ExperimentFactor(def, levels, Double.NaN, Double.NaN, line);
    }

    public static ExperimentFactor range(ParamDef def, double min, double max, int line) {
        return new ExperimentFactor(def, null, min, max, line);
    }

    public String path() {
        return def.path();
    }

    public boolean isRange() {
        return levels == null;
    }

    /** The value at quantile {@code u} in [0, 1) of the range: integers rounded (and kept inside it), reals as they fall. */
    public Object at(double u) {
        double v = min + u * (max - min);
        if (def.type() == ParamType.INT) {
            return (int) Math.max(min, Math.min(max, Math.round(v)));
        }
        return Math.max(min, Math.min(max, v));
    }
}
