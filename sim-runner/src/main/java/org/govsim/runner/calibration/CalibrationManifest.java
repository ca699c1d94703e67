package org.govsim.runner.calibration;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.govsim.runner.output.Manifest;
import org.govsim.runner.output.Provenance;

/**
 * manifest.json of a calibration or a check: what was run and how to run it again (the command, the seed, the
 * settings, the scenario files), the software's version and commit, the start and end times, each generation's
 * tolerance and acceptance rate, the posterior summary, the fit, and the files written.
 */
final class CalibrationManifest {
    static final String NAME = "manifest.json";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** What every manifest of the command says. */
    record Run(String mode, Calibration calibration, AbcSmc.Settings settings, String command, Provenance provenance,
               Instant start, Instant end, List<String> outputs) {
    }

    private CalibrationManifest() {
    }

    /**
     * Whether the manifest in a folder describes a calibration that ended after these generations for this reason, so
     * that its outputs need not be written again; false when it is missing, unreadable or describes another ending.
     */
    static boolean describes(Path manifest, int generations, String stopReason) {
        try {
            JsonNode m = JSON.readTree(manifest.toFile());
            return m.path("generations").size() == generations && stopReason.equals(m.path("stopReason").asText(null));
        } catch (IOException e) {
            return false;
        }
    }

    static String render(Run run, List<Population> populations, String stopReason, PosteriorSummary posterior, List<FitTable.Row> fit) {
        Map<String, Object> m = new LinkedHashMap<>();
        Provenance tool = run.provenance();
        m.put("tool", Manifest.TOOL);
        m.put("version", tool.version());
        m.put("gitCommit", tool.gitCommit());
        m.put("gitDirty", tool.gitDirty());
        m.put("java", tool.java());
        m.put("startTime", run.start().toString());
        m.put("endTime", run.end().toString());
        m.put("mode", run.mode());
        Map<String, Object> scenario = new LinkedHashMap<>();
        scenario.put("name", run.calibration().scenario().name());
        scenario.put("files", run.calibration().scenario().chain().stream().map(Path::toString).toList());
        m.put("scenario", scenario);
        m.put("rerun", run.command());
        AbcSmc.Settings s = run.settings();
        m.put("seed", s.seed());
        m.put("replications", s.replications());
        m.put("threads", s.threads());
        if (populations != null) {
            m.put("particles", s.particles());
            m.put("generationLimit", s.generations());
            m.put("minAcceptance", s.minAcceptance());
            m.put("minTolerance", s.minTolerance());
            m.put("stopReason", stopReason);
            List<Map<String, Object>> gens = new ArrayList<>();
            for (Population p : populations) {
                Map<String, Object> g = new LinkedHashMap<>();
                g.put("generation", p.generation());
                g.put("tolerance", finite(p.tolerance()));
                g.put("acceptance", finite(p.acceptance()));
                g.put("proposals", p.simulations());
                g.put("effectiveSampleSize", p.effectiveSize());
                g.put("kernelMassInPriorBox", p.boxMass());
                gens.add(g);
            }
            m.put("generations", gens);
            List<Map<String, Object>> params = new ArrayList<>();
            for (int k = 0; k < posterior.priors().size(); k++) {
                Map<String, Object> p = new LinkedHashMap<>();
                p.put("path", posterior.priors().get(k).path());
                p.put("priorMin", posterior.priors().get(k).min());
                p.put("priorMax", posterior.priors().get(k).max());
                p.put("median", posterior.median()[k]);
                p.put("interval90", List.of(posterior.low()[k], posterior.high()[k]));
                params.add(p);
            }
            m.put("posterior", params);
        }
        List<Map<String, Object>> targets = new ArrayList<>();
        for (FitTable.Row r : fit) {
            Map<String, Object> t = new LinkedHashMap<>();
            t.put("target", r.target().name());
            t.put("simulatedMean", finite(r.mean()));
            t.put("interval90", Arrays.asList(finite(r.low()), finite(r.high())));
            t.put("within", r.within());
            targets.add(t);
        }
        m.put("fit", targets);
        m.put("outputs", run.outputs());
        try {
            return JSON.writeValueAsString(m) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("manifest could not be rendered", e);
        }
    }

    /** JSON has no NaN or infinity: such a figure is written as null. */
    private static Double finite(double v) {
        return Double.isFinite(v) ? v : null;
    }
}
