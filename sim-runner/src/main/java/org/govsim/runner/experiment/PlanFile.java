package org.govsim.runner.experiment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.govsim.runner.output.AtomicFile;

/**
 * plan.json: the identity of a batch folder, written before the first run. {@code --resume} and
 * {@code govsim merge} read it to check that runs belong together: the plan's hash, which shard the folder
 * holds, how many runs the whole plan has, and the CSV headers every part must share.
 */
public record PlanFile(String hash, String scenario, String design, int points, int replications, long totalRuns, long baseSeed,
                       Shard shard, String runsHeader, String timeseriesHeader) {
    public static final String NAME = "plan.json";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public static PlanFile of(ExperimentPlan plan, Shard shard, String runsHeader, String timeseriesHeader) {
        return new PlanFile(plan.hash(), plan.scenario().name(), plan.spec().design().name(), plan.pointCount(), plan.replications(),
                plan.totalRuns(), plan.baseSeed(), shard, runsHeader, timeseriesHeader);
    }

    public PlanFile withShard(Shard s) {
        return new PlanFile(hash, scenario, design, points, replications, totalRuns, baseSeed, s, runsHeader, timeseriesHeader);
    }

    /** Writes plan.json, with the design's points (their factor values) when a plan is given. */
    public void write(Path dir, ExperimentPlan plan) throws IOException {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("planHash", hash);
        m.put("scenario", scenario);
        m.put("design", design);
        m.put("points", points);
        m.put("replications", replications);
        m.put("totalRuns", totalRuns);
        m.put("baseSeed", baseSeed);
        m.put("shard", ExperimentManifest.ordered("index", shard.index(), "count", shard.count()));
        m.put("runsHeader", runsHeader);
        m.put("timeseriesHeader", timeseriesHeader);
        if (plan != null) {
            m.put("columns", plan.columns());
            List<List<Object>> rows = new ArrayList<>();
            for (int p = 0; p < plan.pointCount(); p++) {
                rows.add(List.of(plan.point(p)));
            }
            m.put("pointValues", rows);
        }
        AtomicFile.write(dir.resolve(NAME), JSON.writeValueAsString(m) + "\n");
    }

    /** Reads a folder's plan.json; throws with the file's name when it is missing or unreadable. */
    public static PlanFile read(Path dir) throws IOException {
        Path f = dir.resolve(NAME);
        if (!Files.isRegularFile(f)) {
            throw new IOException(dir + " holds no " + NAME + ": it is not an experiment's output folder");
        }
        JsonNode n = JSON.readTree(f.toFile());
        try {
            return new PlanFile(n.get("planHash").asText(), n.get("scenario").asText(), n.get("design").asText(), n.get("points").asInt(),
                    n.get("replications").asInt(), n.get("totalRuns").asLong(), n.get("baseSeed").asLong(),
                    new Shard(n.get("shard").get("index").asInt(), n.get("shard").get("count").asInt()),
                    n.get("runsHeader").asText(), n.get("timeseriesHeader").asText());
        } catch (NullPointerException | IllegalArgumentException e) {
            throw new IOException(f + " is incomplete or was not written by govsim");
        }
    }
}
