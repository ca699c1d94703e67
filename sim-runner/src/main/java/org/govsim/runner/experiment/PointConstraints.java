package org.govsim.runner.experiment;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.govsim.model.param.ParamConstraints.Constraint;
import org.govsim.model.param.ParamDef;
import org.govsim.runner.scenario.ConstraintCheck;

/**
 * The last check of the model's rules over several parameters, on the points a plan will run, before the first run.
 * The scenario loader already refused designs whose listed values or range ends break a rule; this finds what only
 * the drawn points show (a rule that is not monotone inside a range), so no run starts on contradictory values.
 */
final class PointConstraints {
    private PointConstraints() {
    }

    /** A message naming the first point and factor that break a rule, or null when every point keeps them all. */
    static String problem(ExperimentPlan plan) {
        List<Constraint> touched = new ArrayList<>();
        for (Constraint c : new ConstraintCheck(plan.scenario().values().catalog()).constraints()) {
            if (plan.columns().stream().anyMatch(c.keys()::contains)) {
                touched.add(c);
            }
        }
        if (touched.isEmpty()) {
            return null;
        }
        List<Integer> read = new ArrayList<>();
        for (int i = 0; i < plan.columns().size(); i++) {
            String column = plan.columns().get(i);
            if (touched.stream().anyMatch(c -> c.keys().contains(column))) {
                read.add(i);
            }
        }
        Set<String> tried = new HashSet<>();
        for (int p = 0; p < plan.pointCount(); p++) {
            Object[] point = plan.point(p);
            StringBuilder key = new StringBuilder();
            for (int i : read) {
                key.append(ParamDef.format(point[i])).append(',');
            }
            if (!tried.add(key.toString())) {
                continue; // the rules read only these columns: points that agree on them are checked once
            }
            var values = plan.values(p);
            for (Constraint c : touched) {
                String why = c.violation(values);
                if (why != null) {
                    String factor = plan.columns().stream().filter(c.keys()::contains).findFirst().orElseThrow();
                    return (plan.isExperiment() ? "the experiment's point " + p + " sets " : "the command line sets ") + factor
                            + " to " + ParamDef.format(point[plan.columns().indexOf(factor)]) + ", which breaks a rule: " + why;
                }
            }
        }
        return null;
    }
}
