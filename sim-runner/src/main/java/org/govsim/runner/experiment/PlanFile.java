package org.govsim.runner.experiment;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.govsim.runner.output.JsonFiles;

/**
 * plan.json: the identity of a batch folder, written before the first run. {@code --resume} and
 * {@code govsim merge} read it to check that runs belong together: the plan's hash, which shard the folder
 * holds, how many runs the whole plan has, and the CSV headers every part must share. A journal without it is
 * refused: nothing else says which plan the journal's runs belong to.
 *
 * @param design      the experiment's design, or REPLICATIONS for a plain run
 * @param columns     the parameter paths of runs.csv's point columns
 * @param pointValues each point's values of those paths (absent in a merged folder's plan if the parts lack them)
 */
public record PlanFile(String planHash, String scenario, String design, int points, int replications, long totalRuns, long baseSeed,
                       ShardPart shard, String runsHeader, String timeseriesHeader, String compoundsHeader, List<String> columns,
                       List<List<Object>> pointValues) {
    public static final String NAME = "plan.json";
    static final String REPLICATIONS = "REPLICATIONS";

    /** {@code index} of {@code count}, as JSON. */
    public record ShardPart(int index, int count) {
    }

    public static PlanFile of(ExperimentPlan plan, Shard shard, String runsHeader, String timeseriesHeader, String compoundsHeader) {
        List<List<Object>> rows = new ArrayList<>();
        for (int p = 0; p < plan.pointCount(); p++) {
            rows.add(List.of(plan.point(p)));
        }
        return new PlanFile(plan.hash(), plan.scenario().name(), plan.isExperiment() ? plan.spec().design().name() : REPLICATIONS,
                plan.pointCount(), plan.replications(), plan.totalRuns(), plan.baseSeed(), new ShardPart(shard.index(), shard.count()),
                runsHeader, timeseriesHeader, compoundsHeader, plan.columns(), rows);
    }

    /** Whether the batch writes compounds.csv (a header is recorded; "" or, in an older plan, none means not). */
    public boolean writesCompounds() {
        return compoundsHeader != null && !compoundsHeader.isEmpty();
    }

    /** The hash under its usual name, for messages and seals. */
    public String hash() {
        return planHash;
    }

    public Shard shardOf() {
        return new Shard(shard.index(), shard.count());
    }

    public PlanFile withShard(Shard s) {
        return new PlanFile(planHash, scenario, design, points, replications, totalRuns, baseSeed, new ShardPart(s.index(), s.count()),
                runsHeader, timeseriesHeader, compoundsHeader, columns, pointValues);
    }

    public void write(Path dir) throws IOException {
        JsonFiles.write(dir.resolve(NAME), this);
    }

    /** Reads a folder's plan.json; throws with the file's name and what is wrong when it is missing, unreadable or incomplete. */
    public static PlanFile read(Path dir) throws JsonFiles.Unreadable {
        Path f = dir.resolve(NAME);
        if (!Files.isRegularFile(f)) {
            throw new JsonFiles.Unreadable(dir + " holds no " + NAME + ": it is not the folder of a govsim batch");
        }
        PlanFile p = JsonFiles.read(f, PlanFile.class, "a govsim plan");
        if (p.planHash == null || !p.planHash.matches("[0-9a-f]{64}") || p.scenario == null || p.shard == null || p.runsHeader == null
                || p.timeseriesHeader == null || p.totalRuns < 1 || p.replications < 1) {
            throw new JsonFiles.Unreadable(f + ": is incomplete or was not written by govsim (planHash, scenario, shard, headers, "
                    + "totalRuns and replications are required)");
        }
        try {
            p.shardOf();
        } catch (IllegalArgumentException e) {
            throw new JsonFiles.Unreadable(f + ": " + e.getMessage());
        }
        return p;
    }
}
