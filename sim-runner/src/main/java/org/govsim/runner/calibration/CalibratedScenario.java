package org.govsim.runner.calibration;

import org.govsim.model.ModelCatalog;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.govsim.model.param.ParamCatalog;
import org.govsim.runner.analysis.Formats;
import org.govsim.runner.scenario.Scenario;
import org.govsim.runner.scenario.ScenarioWriter;

/**
 * calibrated.yaml: the calibration file's scenario as one file (every value its chain sets, no {@code extends}, so
 * it runs wherever it is copied), with each free parameter at its posterior median (four significant digits, whole
 * numbers for integers), and the calibration block itself, so that {@code govsim calibrate calibrated.yaml --check}
 * shows the fit of the medians and {@code govsim run calibrated.yaml} runs it as any scenario.
 */
final class CalibratedScenario {
    static final String NAME = "calibrated.yaml";

    private CalibratedScenario() {
    }

    static String render(Calibration c, PosteriorSummary posterior, String provenance) {
        Scenario s = c.scenario();
        List<Prior> priors = c.spec().parameters();
        StringBuilder out = new StringBuilder("# ").append(s.name()).append(" with its free parameters at their posterior medians\n");
        out.append("# ").append(provenance).append('\n').append("# posterior medians and 90% intervals:\n");
        Map<String, Object> settings = new LinkedHashMap<>(s.fileSettings());
        for (int k = 0; k < priors.size(); k++) {
            Prior p = priors.get(k);
            double median = rounded(p, posterior.median()[k]);
            settings.put(p.path(), ParameterPoint.value(p, median));
            out.append("#   ").append(p.path()).append(": ").append(Formats.number(median)).append(" [")
                    .append(Formats.number(posterior.low()[k])).append(", ").append(Formats.number(posterior.high()[k])).append("]\n");
        }
        out.append("name: ").append(Yaml.text(s.name() + "-calibrated")).append('\n');
        out.append("description: ").append(Yaml.text("Calibrated: " + (s.description().isEmpty() ? s.name() : s.description()))).append('\n');
        out.append(ScenarioWriter.writeSettings(ModelCatalog.parameters(), settings));
        out.append(cases(s));
        out.append(Yaml.block(c.spec()));
        return out.toString();
    }

    /**
     * The scenario's named case compounds (its cases: block), which compound targets need: the block as the scenario
     * writer writes it, which puts it after every parameter.
     */
    static String cases(Scenario s) {
        if (s.values().cases().isEmpty()) {
            return "";
        }
        String all = ScenarioWriter.write(s.values());
        return all.substring(all.lastIndexOf("\ncases:\n") + 1);
    }

    /** Four significant digits, kept inside the prior; integers to the nearest whole number. */
    static double rounded(Prior p, double v) {
        if (p.integer()) {
            return Math.round(v);
        }
        double r = new BigDecimal(v).round(new MathContext(4)).doubleValue();
        return Math.max(p.min(), Math.min(p.max(), r));
    }
}
