package org.govsim.runner.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.govsim.runner.analysis.SummaryTable;
import org.govsim.runner.experiment.AdaptiveReplication;
import org.govsim.runner.experiment.ExperimentRun;
import org.govsim.runner.experiment.MetricColumns;
import org.govsim.runner.experiment.PrecisionTarget;
import org.govsim.runner.experiment.Progress;
import org.govsim.runner.experiment.ReplicationRunner;
import org.govsim.runner.experiment.ReplicationSeeds;
import org.govsim.runner.experiment.RunOutcome;
import org.govsim.runner.experiment.RunSpec;
import org.govsim.runner.output.RunOutputs;
import org.govsim.runner.scenario.Scenario;
import org.govsim.runner.scenario.ScenarioException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code govsim run}: replications of one or more scenarios in parallel, written to runs.csv, timeseries.csv and manifest.json. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Run replications of a scenario in parallel and write runs.csv, timeseries.csv, "
                + "manifest.json and the resolved scenario to the output folder. Several scenarios run one after the other, "
                + "each into its own folder, on the same seeds (common random numbers); --compare then compares them.",
        footer = {"", "Examples:",
                "  govsim run scenarios/baseline.yaml",
                "  govsim run scenarios/baseline.yaml --replications 30 --threads 2 --seed 7",
                "  govsim run scenarios/baseline.yaml --days 360 --set levels.branch.coverage=1 --out results/branches",
                "  govsim run scenarios/baseline.yaml --precision 5%% --max-replications 60",
                "  govsim run scenarios/baseline.yaml my-option.yaml --compare --out results/options",
                "", "Exit codes: 0 success, 1 a run failed, 2 bad input (nothing is run or written)."})
public final class RunCommand implements Callable<Integer> {
    private static final int DEFAULT_MAX_REPLICATIONS = 100;

    @Parameters(arity = "1..*", paramLabel = "SCENARIO", description = "Scenario file(s) (YAML).")
    List<Path> scenarioFiles;

    @Option(names = "--seed", defaultValue = "1", description = "Base seed; replication i runs on a seed derived from it (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = {"-r", "--replications"}, defaultValue = "10",
            description = "Replications (default: ${DEFAULT-VALUE}); with --precision, the first batch.")
    int replications;

    @Option(names = {"-t", "--threads"}, description = "Worker threads (default: the number of processors).")
    Integer threads;

    @Option(names = {"-o", "--out"}, paramLabel = "DIR",
            description = "Output folder (default: results/<scenario>-<UTC timestamp>); with several scenarios, the folder "
                    + "that holds one folder per scenario and the comparison.")
    Path out;

    @Option(names = {"-q", "--quiet"}, description = "No progress and no table.")
    boolean quiet;

    @Option(names = "--compare", description = "After the runs, compare the scenarios as `govsim compare` does (needs two or more).")
    boolean compare;

    @Option(names = "--precision", paramLabel = "P",
            description = "Add replications until the 95%% interval half-width of every --metrics metric is within P of its mean, "
                    + "e.g. 5%% (or 0.05), or --max-replications is reached.")
    String precision;

    @Option(names = "--max-replications", paramLabel = "N",
            description = "With --precision, the most replications per scenario (default: " + DEFAULT_MAX_REPLICATIONS + ").")
    Integer maxReplications;

    @Option(names = "--resume", description = "Experiment: continue the batch in --out, running only the runs it lacks (starts afresh if empty).")
    boolean resume;

    @Option(names = "--shard", paramLabel = "K/N", description = "Experiment: run only the K-th of N disjoint parts (run ids with id %% N == K-1).")
    String shard;

    @Option(names = "--dry-run", description = "Experiment: print the number of runs and the time estimate, then stop.")
    boolean dryRun;

    @Mixin
    ScenarioOptions scenarioOptions;

    @Mixin
    ComparisonOptions comparison;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter stdout = spec.commandLine().getOut();
        int threadCount = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        PrecisionTarget target = checkOptions(threadCount);
        List<Scenario> scenarios = new ArrayList<>();
        try {
            for (Path file : scenarioFiles) {
                scenarios.add(scenarioOptions.load(file));
            }
        } catch (ScenarioException e) {
            err.println(e.getMessage());
            return GovsimCommand.BAD_INPUT;
        }
        if (scenarios.stream().anyMatch(sc -> sc.experiment() != null)) {
            return runExperiment(scenarios, threadCount, stdout, err);
        }
        if (resume || shard != null || dryRun) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--resume, --shard and --dry-run apply to a scenario with an experiment: block");
        }
        if (compare && scenarios.size() < 2) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--compare needs two or more scenarios, got one");
        }
        String unknown = unknownMetrics(scenarios);
        if (unknown != null) {
            err.println(unknown);
            return GovsimCommand.BAD_INPUT;
        }
        Instant start = Instant.now();
        List<Path> dirs = OutputFolders.forScenarios(scenarios.stream().map(Scenario::name).toList(), out, start);
        for (Path dir : dirs) {
            if (Files.exists(dir.resolve("runs.csv"))) {
                err.println("govsim: " + dir + " already holds results (runs.csv); choose another --out or remove it");
                return GovsimCommand.BAD_INPUT;
            }
        }

        boolean anyFailed = false;
        for (int k = 0; k < scenarios.size(); k++) {
            anyFailed |= runOne(scenarios.get(k), dirs.get(k), threadCount, target, stdout, err);
        }
        if (compare) {
            if (anyFailed) {
                err.println("govsim: comparison skipped: a run failed");
            } else {
                int code = CompareCommand.compare(dirs, comparison, OutputFolders.forComparison(out, start), quiet, stdout, err);
                if (code != GovsimCommand.OK) {
                    return code;
                }
            }
        }
        stdout.flush();
        return anyFailed ? GovsimCommand.RUN_FAILED : GovsimCommand.OK;
    }

    /** Runs one scenario's replications (adding some until the precision is met, if asked), writes its folder; true if a run failed. */
    private boolean runOne(Scenario scenario, Path dir, int threadCount, PrecisionTarget target, PrintWriter stdout, PrintWriter err)
            throws IOException, InterruptedException {
        Instant start = Instant.now();
        boolean terminal = !quiet && System.console() != null;
        Progress progress = terminal ? new TerminalProgress(err, start) : Progress.NONE;
        List<RunOutcome> outcomes;
        String precisionNote = null;
        if (target == null) {
            List<RunSpec> specs = new ArrayList<>();
            for (int i = 0; i < replications; i++) {
                specs.add(new RunSpec(i, scenario.name(), i, ReplicationSeeds.seed(seed, i), scenario.values()));
            }
            outcomes = new ReplicationRunner(Math.min(threadCount, replications)).run(specs, progress);
        } else {
            AdaptiveReplication.Result r = AdaptiveReplication.run(scenario, seed, replications, threadCount, target, progress);
            outcomes = r.outcomes();
            precisionNote = r.describe(target);
        }
        Instant end = Instant.now();
        RunOutputs.write(dir, scenario, outcomes, seed, threadCount, scenarioOptions.assignments(), scenarioOptions.overriddenPaths(),
                start, end);

        long failed = outcomes.stream().filter(o -> !o.ok()).count();
        for (RunOutcome o : outcomes) {
            if (!o.ok()) {
                err.printf(Locale.ROOT, "run %d (seed %d) failed: %s%n", o.spec().runId(), o.spec().seed(), o.error());
            }
        }
        if (!quiet) {
            stdout.printf(Locale.ROOT, "%s: %d replications, %.1f s, results in %s%n", scenario.name(), outcomes.size(),
                    (end.toEpochMilli() - start.toEpochMilli()) / 1000.0, dir);
            if (precisionNote != null) {
                stdout.println(precisionNote);
            }
            if (failed < outcomes.size()) {
                stdout.print(SummaryTable.render(outcomes));
            }
        }
        stdout.flush();
        return failed > 0;
    }

    /** A scenario with an {@code experiment:} block runs as a resumable, shardable batch of design points. */
    private int runExperiment(List<Scenario> scenarios, int threadCount, PrintWriter stdout, PrintWriter err) throws IOException, InterruptedException {
        if (scenarios.size() > 1 || compare || precision != null) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "a scenario with an experiment: block runs alone, without --compare or --precision");
        }
        Integer reps = spec.commandLine().getParseResult().hasMatchedOption("--replications") ? replications : null;
        return ExperimentRun.run(scenarios.get(0), new ExperimentRun.Options(threadCount, out, seed, reps, resume, shard, dryRun, quiet,
                scenarioOptions.assignments()), stdout, err);
    }

    /** Checks the options' values and combinations; the precision target, or null without --precision. */
    private PrecisionTarget checkOptions(int threadCount) {
        CommandLine cl = spec.commandLine();
        if (replications < 1) {
            throw new CommandLine.ParameterException(cl, "--replications must be at least 1, got " + replications);
        }
        if (threadCount < 1) {
            throw new CommandLine.ParameterException(cl, "--threads must be at least 1, got " + threadCount);
        }
        if (!compare && (comparison.baseline != null || comparison.report != null)) {
            throw new CommandLine.ParameterException(cl, "--baseline and --report need --compare");
        }
        if (!compare && precision == null && comparison.metrics != null) {
            throw new CommandLine.ParameterException(cl, "--metrics needs --compare or --precision");
        }
        if (precision == null) {
            if (maxReplications != null) {
                throw new CommandLine.ParameterException(cl, "--max-replications needs --precision");
            }
            return null;
        }
        int max = maxReplications == null ? Math.max(DEFAULT_MAX_REPLICATIONS, replications) : maxReplications;
        if (max < replications) {
            throw new CommandLine.ParameterException(cl, "--max-replications (" + max + ") must be at least --replications (" + replications + ")");
        }
        try {
            return new PrecisionTarget(PrecisionTarget.parse(precision), comparison.metrics(), max);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(cl, e.getMessage());
        }
    }

    /** A message naming the --metrics this model does not write, or null; learned from a one-day run of the first scenario. */
    private String unknownMetrics(List<Scenario> scenarios) {
        if (!compare && precision == null) {
            return null;
        }
        List<String> known = MetricColumns.of(scenarios.get(0).values());
        List<String> unknown = comparison.metrics().stream().filter(m -> !known.contains(m)).toList();
        if (unknown.isEmpty()) {
            return null;
        }
        return "--metrics: " + String.join(", ", unknown) + " is not a runs.csv metric; the metrics are: " + String.join(", ", known);
    }

    /** A one-line progress display with an ETA, redrawn in place. */
    private static final class TerminalProgress implements Progress {
        private final PrintWriter err;
        private final Instant start;

        TerminalProgress(PrintWriter err, Instant start) {
            this.err = err;
            this.start = start;
        }

        @Override
        public synchronized void finished(int done, int total) {
            double elapsed = (Instant.now().toEpochMilli() - start.toEpochMilli()) / 1000.0;
            double eta = done == 0 ? 0 : elapsed / done * (total - done);
            err.printf(Locale.ROOT, "\r  %d/%d runs  %3.0f%%  elapsed %.0fs  eta %.0fs   ", done, total, 100.0 * done / total, elapsed, eta);
            if (done == total) {
                err.println();
            }
            err.flush();
        }
    }
}
