package org.govsim.runner.experiment;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import org.govsim.runner.scenario.Scenario;

/**
 * The batch engine driven as {@code govsim run} drives it for a scenario with an experiment block, with a
 * chosen way of making one run (tests make chosen runs fail): prepare, run, report; the exit code.
 */
final class ExperimentRun {
    static final int OK = 0;
    static final int RUN_FAILED = 1;
    static final int BAD_INPUT = 2;

    /** The options of {@code govsim run} that a batch takes. */
    record Options(int threads, Path out, long seed, Integer replications, boolean resume, String shard, boolean dryRun, boolean quiet,
                   List<String> overrides) {
    }

    private final Function<RunSpec, RunOutcome> runner;

    ExperimentRun() {
        this(BatchExecutor::runOne);
    }

    ExperimentRun(Function<RunSpec, RunOutcome> runner) {
        this.runner = runner;
    }

    static int run(Scenario scenario, Options o, PrintWriter out, PrintWriter err) throws IOException, InterruptedException {
        return new ExperimentRun().execute(scenario, o, out, err);
    }

    int execute(Scenario scenario, Options o, PrintWriter out, PrintWriter err) throws IOException, InterruptedException {
        Scenario s = o.replications() == null ? scenario : scenario.withExperiment(scenario.experiment().withReplications(o.replications()));
        ExperimentPlan plan = ExperimentPlan.of(s, o.seed());
        Path dir = o.out() != null ? o.out() : Path.of("results", s.name());
        BatchRequest req = new BatchRequest(plan, dir, o.shard() == null ? Shard.ALL : Shard.parse(o.shard()), null, o.threads(), o.resume(),
                o.dryRun(), o.quiet(), o.overrides(), null, 0, "govsim run " + dir.resolve("scenario.resolved.yaml"), true);
        BatchRun engine = new BatchRun(runner);
        try (BatchRun.Prepared p = engine.prepare(req)) {
            p.notes().forEach(n -> err.println("govsim: " + n));
            if (!o.quiet() || o.dryRun()) {
                out.println(p.description());
            }
            out.flush();
            if (o.dryRun()) {
                return OK;
            }
            BatchOutcome outcome = engine.run(p, out, err);
            outcome.report(out, err, o.quiet());
            return outcome.exitCode();
        } catch (BatchRefused e) {
            err.println("govsim: " + e.getMessage());
            err.flush();
            return BAD_INPUT;
        } catch (RunFailedException e) {
            err.println("govsim: " + e.getMessage());
            err.flush();
            return RUN_FAILED;
        }
    }
}
