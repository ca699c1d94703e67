package org.govsim.runner.experiment;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.govsim.runner.output.Provenance;
import org.govsim.runner.scenario.ExperimentFactor;
import org.govsim.runner.scenario.ExperimentSpec;
import org.govsim.runner.output.Manifest;

/**
 * manifest.json of an experiment folder: the design (factors, points, replications), the base seed and each
 * replication's seed (the same for every point), the shard(s), how many runs finished and failed, and where
 * the software came from. The only file of the folder with wall-clock times.
 */
public final class ExperimentManifest {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ExperimentManifest() {
    }

    /** What a batch did: runs in its shard, done, failed; for a merge, the parts it joined. */
    public record Tally(long planned, long done, long failed, List<String> parts) {
    }

    public static String render(ExperimentPlan plan, PlanFile planFile, Tally tally, Provenance provenance, Instant start, Instant end,
                                List<String> overrides, int threads, List<String> outputs) {
        Map<String, Object> m = Manifest.head(provenance, start, end);
        Map<String, Object> scenario = new LinkedHashMap<>();
        scenario.put("name", planFile.scenario());
        if (plan != null) {
            scenario.put("description", plan.scenario().description());
            scenario.put("files", plan.scenario().chain().stream().map(Object::toString).toList());
            scenario.put("overrides", overrides);
        }
        m.put("scenario", scenario);
        m.put("planHash", planFile.hash());
        m.put("experiment", plan == null ? ordered("design", planFile.design()) : design(plan));
        m.put("points", planFile.points());
        m.put("replications", planFile.replications());
        m.put("totalRuns", planFile.totalRuns());
        m.put("baseSeed", planFile.baseSeed());
        List<Long> seeds = new ArrayList<>();
        for (int r = 0; r < planFile.replications(); r++) {
            seeds.add(ReplicationSeeds.seed(planFile.baseSeed(), r));
        }
        m.put("replicationSeeds", seeds);
        m.put("seedRule", "run id = point x replications + replication; replication r runs on replicationSeeds[r] at every point");
        m.put("shard", ordered("index", planFile.shard().index(), "count", planFile.shard().count(),
                "rule", "run ids with id % count == index - 1"));
        if (tally.parts() != null) {
            m.put("mergedFrom", tally.parts());
        }
        m.put("threads", threads);
        Map<String, Object> runs = new LinkedHashMap<>();
        runs.put("planned", tally.planned());
        runs.put("done", tally.done());
        runs.put("failed", tally.failed());
        m.put("runs", runs);
        m.put("complete", tally.done() + tally.failed() == tally.planned());
        m.put("outputs", outputs);
        if (plan != null) {
            m.put("parameters", plan.scenario().values().asMap());
        }
        try {
            return JSON.writeValueAsString(m) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("manifest could not be rendered", e);
        }
    }

    /** A JSON object whose keys keep the order given (Map.of's order changes from one JVM to the next). */
    static Map<String, Object> ordered(Object... keysAndValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            m.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return m;
    }

    private static Map<String, Object> design(ExperimentPlan plan) {
        ExperimentSpec s = plan.spec();
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("design", s.design().name());
        if (s.samples() > 0) {
            d.put("samples", s.samples());
        }
        if (s.trajectories() > 0) {
            d.put("trajectories", s.trajectories());
            d.put("levels", s.levels());
        }
        d.put("policies", factors(s.policies()));
        d.put("uncertainties", factors(s.uncertainties()));
        if (s.table() != null) {
            d.put("table", s.table().toString());
            d.put("tableColumns", s.tableColumns());
        }
        d.put("columns", plan.columns());
        d.put("pointsPerPolicy", DesignPoints.sampleSize(s, plan.pointCount()));
        return d;
    }

    private static Map<String, Object> factors(List<ExperimentFactor> fs) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (ExperimentFactor f : fs) {
            m.put(f.path(), f.isRange() ? ordered("min", f.min(), "max", f.max()) : f.levels());
        }
        return m;
    }
}
