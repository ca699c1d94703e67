package org.govsim.runner.output;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.govsim.runner.experiment.RunOutcome;

/**
 * manifest.json: what was run and how to run it again. It holds the resolved parameters, the base seed and
 * every replication's seed, the software's version and git commit, the Java runtime, and the start and end
 * times (the only wall-clock figures of a run's outputs, kept out of the CSV files).
 */
public final class Manifest {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private Manifest() {
    }

    /** The run's identity, as the command knew it. */
    public record Header(String scenarioName, String description, List<String> scenarioFiles, List<String> overrides,
                         long baseSeed, int replications, int threads, String rerunCommand) {
    }

    public static String render(Header header, Provenance provenance, Instant start, Instant end,
                                Map<String, Object> resolvedParameters, List<RunOutcome> outcomes, List<String> files) {
        Map<String, Object> m = head(provenance, start, end);
        Map<String, Object> scenario = new LinkedHashMap<>();
        scenario.put("name", header.scenarioName());
        scenario.put("description", header.description());
        scenario.put("files", header.scenarioFiles());
        scenario.put("overrides", header.overrides());
        m.put("scenario", scenario);
        m.put("baseSeed", header.baseSeed());
        m.put("replications", header.replications());
        m.put("threads", header.threads());
        m.put("rerun", header.rerunCommand());
        List<Map<String, Object>> runs = new ArrayList<>();
        for (RunOutcome o : outcomes) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("runId", o.spec().runId());
            r.put("replication", o.spec().replication());
            r.put("seed", o.spec().seed());
            r.put("status", o.ok() ? "ok" : "failed");
            if (!o.ok()) {
                r.put("error", o.error());
            }
            runs.add(r);
        }
        m.put("runs", runs);
        m.put("outputs", files);
        m.put("parameters", resolvedParameters);
        try {
            return JSON.writeValueAsString(m) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("manifest could not be rendered", e);
        }
    }

    /** The fields every manifest opens with: the tool, its version and commit, the Java runtime, the wall-clock span. */
    public static Map<String, Object> head(Provenance provenance, Instant start, Instant end) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("tool", "govsim");
        m.put("version", provenance.version());
        m.put("gitCommit", provenance.gitCommit());
        m.put("gitDirty", provenance.gitDirty());
        m.put("java", provenance.java());
        m.put("startTime", start.toString());
        m.put("endTime", end.toString());
        return m;
    }
}
