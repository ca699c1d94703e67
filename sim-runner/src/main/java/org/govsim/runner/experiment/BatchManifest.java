package org.govsim.runner.experiment;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.govsim.runner.output.Manifest;
import org.govsim.runner.output.Provenance;
import org.govsim.runner.scenario.ExperimentFactor;
import org.govsim.runner.scenario.ExperimentSpec;

/** Builds a batch's {@link Manifest} from its plan and what it did. */
final class BatchManifest {
    static final String SEED_RULE = "run id = point x replications + replication; replication r runs on replicationSeeds[r] at every point";

    private BatchManifest() {
    }

    /** What the batch did, beyond its plan. */
    record Facts(Shard shard, Manifest.Tally tally, int threads, List<String> overrides, Manifest.Precision precision, Long onlyRun,
                 String rerun, List<String> outputs, Instant start, Instant end, List<Manifest.RunEntry> runs) {
    }

    static Manifest of(ExperimentPlan plan, Facts f) {
        Provenance p = Provenance.current();
        Manifest.ScenarioPart scenario = new Manifest.ScenarioPart(plan.scenario().name(), plan.scenario().description(),
                plan.scenario().chain().stream().map(Path::toString).toList(), f.overrides());
        // a plain run's replications are the ones it made (with --precision, fewer than the plan allowed)
        int replications = plan.isExperiment() || f.precision() == null ? plan.replications() : (int) f.tally().planned();
        List<Long> seeds = new ArrayList<>();
        for (int r = 0; r < replications; r++) {
            seeds.add(ReplicationSeeds.seed(plan.baseSeed(), r));
        }
        boolean complete = f.tally().done() + f.tally().failed() == f.tally().planned();
        return new Manifest(Manifest.TOOL, p.version(), p.gitCommit(), p.gitDirty(), p.java(), f.start().toString(), f.end().toString(),
                scenario, plan.hash(), plan.isExperiment() ? design(plan) : null, plan.isExperiment() ? plan.pointCount() : null, replications,
                plan.isExperiment() ? plan.totalRuns() : null, plan.baseSeed(), plan.isExperiment() ? seeds : null,
                plan.isExperiment() ? SEED_RULE : null, plan.isExperiment() || !f.shard().isWhole() ? shard(f.shard()) : null, null,
                f.threads(), f.tally(), complete, f.precision(), f.onlyRun(), f.rerun(), f.runs(), f.outputs(),
                new LinkedHashMap<>(plan.scenario().values().asMap()));
    }

    static Manifest.ShardPart shard(Shard s) {
        return new Manifest.ShardPart(s.index(), s.count(), "run ids with id % count == index - 1");
    }

    private static Manifest.Design design(ExperimentPlan plan) {
        ExperimentSpec s = plan.spec();
        return new Manifest.Design(s.design().name(), s.samples() > 0 ? s.samples() : null,
                s.trajectories() > 0 ? s.trajectories() : null, s.trajectories() > 0 ? s.levels() : null, factors(s.policies()), factors(s.uncertainties()),
                s.table() == null ? null : s.table().toString(), s.table() == null ? null : s.tableColumns(), plan.columns(),
                DesignPoints.sampleSize(s, plan.pointCount()));
    }

    private static Map<String, Object> factors(List<ExperimentFactor> fs) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (ExperimentFactor f : fs) {
            if (f.isRange()) {
                Map<String, Object> range = new LinkedHashMap<>();
                range.put("min", f.min());
                range.put("max", f.max());
                m.put(f.path(), range);
            } else {
                m.put(f.path(), f.levels());
            }
        }
        return m;
    }
}
