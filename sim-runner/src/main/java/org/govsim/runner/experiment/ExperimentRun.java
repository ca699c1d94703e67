package org.govsim.runner.experiment;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.LongStream;
import org.govsim.runner.output.AtomicFile;
import org.govsim.runner.output.Provenance;
import org.govsim.runner.scenario.ExperimentSpec;
import org.govsim.runner.scenario.Scenario;
import org.govsim.runner.scenario.ScenarioWriter;

/**
 * {@code govsim run} on a scenario with an experiment: plans every run, says how many and how long, then runs
 * them on all threads, streaming each finished run to the folder's journal, and finally writes runs.csv,
 * timeseries.csv (run-id order, byte-identical whatever the threads, shards or resumes), failures.csv when runs
 * failed, manifest.json, plan.json, scenario.resolved.yaml and, for a whole SOBOL design, sobol.csv.
 * Exit codes: 0 all runs done, 1 a run failed, 2 bad input (nothing is run or written).
 */
public final class ExperimentRun {
    public static final int OK = 0;
    public static final int RUN_FAILED = 1;
    public static final int BAD_INPUT = 2;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    /**
     * @param threads      worker threads (at least 1)
     * @param out          output folder, or null for results/&lt;scenario&gt;-&lt;UTC timestamp&gt;
     * @param replications replications per point instead of the experiment's, or null
     * @param resume       continue the batch in {@code out}: run only what its journal lacks (starts afresh if empty)
     * @param shard        {@code K/N} to run only the K-th of N parts, or null for all runs
     * @param dryRun       plan and estimate, then stop
     * @param overrides    the command line's {@code --days}/{@code --set} assignments, for the manifest
     */
    public record Options(int threads, Path out, long seed, Integer replications, boolean resume, String shard, boolean dryRun,
                          boolean quiet, List<String> overrides) {
        public Options {
            overrides = overrides == null ? List.of() : List.copyOf(overrides);
        }
    }

    private final Function<RunSpec, RunOutcome> runner;

    public ExperimentRun() {
        this(ReplicationRunner::runOne);
    }

    /** With another way of making one run: tests use it to make chosen runs fail. */
    ExperimentRun(Function<RunSpec, RunOutcome> runner) {
        this.runner = runner;
    }

    /** Runs the scenario's experiment (the scenario must have one) and returns the exit code. */
    public static int run(Scenario scenario, Options o, PrintWriter out, PrintWriter err) throws IOException, InterruptedException {
        return new ExperimentRun().execute(scenario, o, out, err);
    }

    public int execute(Scenario scenario, Options o, PrintWriter out, PrintWriter err) throws IOException, InterruptedException {
        Instant start = Instant.now();
        ExperimentSpec spec = scenario.experiment();
        if (spec == null) {
            return bad(err, scenario.name() + " has no experiment: block; run it as plain replications");
        }
        if (o.replications() != null) {
            if (o.replications() < 1) {
                return bad(err, "--replications must be at least 1, got " + o.replications());
            }
            scenario = scenario.withExperiment(spec.withReplications(o.replications()));
        }
        if (o.threads() < 1) {
            return bad(err, "--threads must be at least 1, got " + o.threads());
        }
        if (o.resume() && o.out() == null) {
            return bad(err, "--resume needs --out DIR, the folder of the batch to continue");
        }
        Shard shard;
        try {
            shard = o.shard() == null ? Shard.ALL : Shard.parse(o.shard());
        } catch (IllegalArgumentException e) {
            return bad(err, e.getMessage());
        }
        ExperimentPlan plan = ExperimentPlan.of(scenario, o.seed());
        if (plan.totalRuns() > Integer.MAX_VALUE) {
            return bad(err, "the experiment has " + plan.totalRuns() + " runs, more than one batch can hold; use fewer points or replications");
        }
        if (shard.count() > plan.totalRuns()) {
            return bad(err, "--shard " + shard + ": " + shard.count() + " parts but only " + plan.totalRuns() + " runs");
        }
        Path dir = o.out() != null ? o.out() : Path.of("results", scenario.name() + "-" + STAMP.format(start));

        PlanFile existing = null;
        if (Files.exists(dir.resolve(PlanFile.NAME))) {
            if (!o.resume()) {
                return bad(err, dir + " already holds an experiment (plan.json); add --resume to continue it, or choose another --out");
            }
            existing = PlanFile.read(dir);
            if (!existing.hash().equals(plan.hash())) {
                return bad(err, dir + " holds another plan (" + existing.scenario() + ", " + existing.design() + ", " + existing.points()
                        + " points x " + existing.replications() + " replications, seed " + existing.baseSeed()
                        + "): the scenario, its parameters, the design, the seed or the replications differ; use another --out");
            }
            if (!existing.shard().equals(shard)) {
                return bad(err, dir + " holds shard " + existing.shard() + ", not " + shard);
            }
        } else if (Files.exists(dir.resolve("runs.csv"))) {
            return bad(err, dir + " already holds results (runs.csv); choose another --out or remove it");
        }
        if (existing != null && Files.exists(dir.resolve("runs.csv")) && !Files.exists(dir.resolve(RunJournal.FOLDER))) {
            out.println(scenario.name() + ": " + dir + " is complete; nothing to run");
            out.flush();
            return OK;
        }

        RunEstimate estimate;
        try {
            estimate = RunEstimate.pilot(plan);
        } catch (RuntimeException e) {
            err.println("govsim: the pilot run of point 0 failed: " + e.getClass().getSimpleName() + ": " + e.getMessage());
            err.flush();
            return RUN_FAILED;
        }
        JournalIndex done = JournalIndex.of(dir.resolve(RunJournal.FOLDER).resolve(RunJournal.RUNS), shard, plan.totalRuns());
        long[] todo = LongStream.iterate(shard.index() - 1, id -> id < plan.totalRuns(), id -> id + shard.count())
                .filter(id -> !done.has(id)).toArray();
        long inShard = (plan.totalRuns() - (shard.index() - 1) + shard.count() - 1) / shard.count();
        out.println(describe(plan, shard, inShard, todo.length, estimate.seconds(plan, todo, o.threads()), o.threads()));
        out.flush();
        if (o.dryRun()) {
            return OK;
        }

        PlanFile planFile = PlanFile.of(plan, shard, RunRows.runsHeader(plan.columns(), estimate.metrics()),
                estimate.monthly().isEmpty() ? "" : RunRows.timeseriesHeader(estimate.monthly()));
        if (existing == null) {
            planFile.write(dir, plan);
            AtomicFile.write(dir.resolve("scenario.resolved.yaml"), ScenarioWriter.write(scenario.name(), scenario.values()));
        }
        boolean terminal = !o.quiet() && System.console() != null;
        Progress progress = o.quiet() ? Progress.NONE : new BatchProgress(err, terminal);
        try (RunJournal journal = RunJournal.open(dir)) {
            new BatchExecutor(o.threads(), runner).run(plan, todo, journal, progress);
        }
        JournalAssembly.Counts counts = JournalAssembly.write(dir, planFile);
        boolean whole = shard.isWhole() && counts.done() + counts.failed() == inShard;
        List<String> outputs = new java.util.ArrayList<>(List.of("runs.csv", "timeseries.csv", "manifest.json", PlanFile.NAME,
                "scenario.resolved.yaml"));
        if (counts.failed() > 0) {
            outputs.add("failures.csv");
        }
        DesignAnalysis.Written analysis = whole ? DesignAnalysis.write(dir, plan) : DesignAnalysis.Written.NONE;
        outputs.addAll(analysis.files());
        ExperimentManifest.Tally tally = new ExperimentManifest.Tally(inShard, counts.done(), counts.failed(), null);
        AtomicFile.write(dir.resolve("manifest.json"), ExperimentManifest.render(plan, planFile, tally, Provenance.current(Path.of(".")),
                start, Instant.now(), o.overrides(), o.threads(), outputs));
        if (counts.failed() == 0 && counts.done() == inShard) {
            deleteJournal(dir);
        }
        report(scenario, dir, counts, start, out, err, analysis.summary(), o.quiet());
        return counts.failed() > 0 || counts.done() < inShard ? RUN_FAILED : OK;
    }

    static String describe(ExperimentPlan plan, Shard shard, long inShard, long todo, double seconds, int threads) {
        StringBuilder s = new StringBuilder(String.format(Locale.ROOT, "%s: %d points x %d replications = %d runs", plan.scenario().name(),
                plan.pointCount(), plan.replications(), plan.totalRuns()));
        if (!shard.isWhole()) {
            s.append(String.format(Locale.ROOT, "; shard %s holds %d", shard, inShard));
        }
        if (todo < inShard) {
            s.append(String.format(Locale.ROOT, "; %d already done, %d to run", inShard - todo, todo));
        }
        s.append(String.format(Locale.ROOT, ", estimated ~%s on %d thread%s", RunEstimate.duration(seconds), threads, threads == 1 ? "" : "s"));
        return s.toString();
    }

    private static void report(Scenario scenario, Path dir, JournalAssembly.Counts counts, Instant start, PrintWriter out, PrintWriter err,
                               String sobol, boolean quiet) {
        if (counts.failed() > 0) {
            err.println("govsim: " + counts.failed() + " run(s) failed; see " + dir.resolve("failures.csv")
                    + " (run again with --resume --out " + dir + " to retry them)");
        }
        if (!quiet) {
            out.printf(Locale.ROOT, "%s: %d runs done, %d failed, %.1f s, results in %s%n", scenario.name(), counts.done(), counts.failed(),
                    (Instant.now().toEpochMilli() - start.toEpochMilli()) / 1000.0, dir);
            if (sobol != null) {
                out.print(sobol);
            }
        }
        out.flush();
        err.flush();
    }

    private static void deleteJournal(Path dir) throws IOException {
        Path j = dir.resolve(RunJournal.FOLDER);
        if (Files.isDirectory(j)) {
            try (var files = Files.list(j)) {
                for (Path f : files.toList()) {
                    Files.delete(f);
                }
            }
            Files.delete(j);
        }
    }

    private static int bad(PrintWriter err, String message) {
        err.println("govsim: " + message);
        err.flush();
        return BAD_INPUT;
    }
}
