package org.govsim.runner.calibration;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.govsim.model.param.ParamCatalog;
import org.govsim.runner.scenario.ScenarioProblem;

/**
 * Checks a calibration's targets against what the model measures: each metric must be one the model writes, a
 * {@code compound:} must be a compound the scenario names, and {@code per: year} must scale a total over the
 * observed window. Each problem names the file, the line and the key.
 */
final class TargetCheck {
    private TargetCheck() {
    }

    static List<ScenarioProblem> problems(CalibrationSpec spec, ModelVocabulary model) {
        List<ScenarioProblem> problems = new ArrayList<>();
        List<Target> targets = spec.targets();
        for (int i = 0; i < targets.size(); i++) {
            Target t = targets.get(i);
            String key = CalibrationBlockParser.KEY + "." + CalibrationBlockParser.TARGETS + "[" + (i + 1) + "]";
            if (t.compound() != null) {
                if (!model.compoundNames().contains(t.compound())) {
                    String known = model.compoundNames().isEmpty() ? model.compoundsUnavailable()
                            : "the scenario names " + String.join(", ", model.compoundNames());
                    problems.add(new ScenarioProblem(spec.file(), t.line("compound"), key + ".compound",
                            "unknown compound '" + t.compound() + "'; " + known));
                } else if (!model.compoundMetrics().contains(t.metric())) {
                    problems.add(new ScenarioProblem(spec.file(), t.line("metric"), key + ".metric",
                            unknown(t.metric(), model.compoundMetrics(), "a compounds.csv metric")));
                }
            } else if (!model.runMetrics().contains(t.metric())) {
                problems.add(new ScenarioProblem(spec.file(), t.line("metric"), key + ".metric",
                        unknown(t.metric(), model.runMetrics(), "a runs.csv metric")));
            }
            if (t.perYear() && !model.isWindowTotal(t.metric()) && (t.compound() != null || model.runMetrics().contains(t.metric()))) {
                problems.add(new ScenarioProblem(spec.file(), t.line("per"), key + ".per",
                        "'" + t.metric() + "' is not a total over the observed window (a rate, share, mean or state), so it cannot be "
                                + "scaled to a year; the totals are: " + String.join(", ",
                                model.runMetrics().stream().filter(model::isWindowTotal).toList())));
            }
        }
        return problems;
    }

    private static String unknown(String metric, List<String> known, String what) {
        String near = null;
        int best = Integer.MAX_VALUE;
        for (String k : known) {
            int d = ParamCatalog.editDistance(metric.toLowerCase(Locale.ROOT), k);
            if (d < best) {
                best = d;
                near = k;
            }
        }
        String hint = near != null && best <= Math.max(2, metric.length() / 5) ? " (did you mean '" + near + "'?)" : "";
        return "'" + metric + "' is not " + what + hint + "; the metrics are: " + String.join(", ", known);
    }
}
