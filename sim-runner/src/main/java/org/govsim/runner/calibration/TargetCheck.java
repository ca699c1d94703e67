package org.govsim.runner.calibration;

import java.nio.file.Path;
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
            Path file = t.origin() == null ? spec.file() : t.origin().file();
            String key = t.origin() == null ? CalibrationBlockParser.KEY + "." + CalibrationBlockParser.TARGETS + "[" + (i + 1) + "]"
                    : t.origin().key();
            boolean known = true;
            if (t.compound() != null && !model.compoundNames().contains(t.compound())) {
                String names = model.compoundNames().isEmpty() ? model.compoundsUnavailable()
                        : "the scenario names " + String.join(", ", model.compoundNames());
                problems.add(new ScenarioProblem(file, t.line("compound"), key + ".compound", "unknown compound '" + t.compound() + "'; " + names));
                continue;
            }
            for (String metric : t.metrics()) {
                if (t.compound() != null && !model.compoundMetrics().contains(metric)) {
                    problems.add(new ScenarioProblem(file, t.line("metric"), key + ".metric",
                            unknown(metric, model.compoundMetrics(), "a compounds.csv metric")));
                    known = false;
                } else if (t.compound() == null && !model.runMetrics().contains(metric)) {
                    problems.add(new ScenarioProblem(file, t.line("metric"), key + ".metric", unknown(metric, model.runMetrics(), "a runs.csv metric")));
                    known = false;
                }
            }
            if (!known) {
                continue;
            }
            List<String> notTotals = t.metrics().stream().filter(m -> !model.isWindowTotal(m)).toList();
            if (t.perYear() && !notTotals.isEmpty()) {
                problems.add(new ScenarioProblem(file, t.line("per"), key + ".per",
                        "'" + notTotals.get(0) + "' is not a total over the observed window (a rate, share, mean or state), so it cannot be "
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
