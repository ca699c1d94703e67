package org.govsim.runner.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.govsim.runner.experiment.BatchBudget;
import org.govsim.runner.experiment.BatchOutcome;
import org.govsim.runner.experiment.BatchRefused;
import org.govsim.runner.experiment.BatchRequest;
import org.govsim.runner.experiment.BatchRun;
import org.govsim.runner.experiment.ExperimentPlan;
import org.govsim.runner.experiment.MetricColumns;
import org.govsim.runner.experiment.PrecisionTarget;
import org.govsim.runner.experiment.RunFailedException;
import org.govsim.runner.experiment.Shard;
import org.govsim.runner.output.OutputFolder;
import org.govsim.runner.scenario.DesignSize;
import org.govsim.runner.scenario.Scenario;
import org.govsim.runner.scenario.ScenarioException;
import org.govsim.runner.uncertainty.DrawPlan;
import org.govsim.runner.uncertainty.ParameterDraws;
import org.govsim.runner.uncertainty.UncertaintySource;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code govsim run}: a scenario's replications, or an experiment's points × replications, as one batch each, run in
 * parallel and written to runs.csv, timeseries.csv and manifest.json. Everything is checked for every scenario
 * (options, folders, memory, disk, the comparison's baseline and metrics) before the first run.
 */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Run replications of a scenario in parallel and write runs.csv, timeseries.csv, "
                + "manifest.json and the resolved scenario to the output folder. Several scenarios run one after the other, "
                + "each into its own folder, on the same seeds (common random numbers); --compare then compares them. "
                + "A scenario with an experiment: block runs its design's points x replications.",
        footer = {"", "Examples:",
                "  govsim run scenarios/baseline.yaml",
                "  govsim run scenarios/baseline.yaml --replications 30 --threads 2 --seed 7",
                "  govsim run scenarios/baseline.yaml --days 360 --set levels.branch.coverage=1 --out results/branches",
                "  govsim run scenarios/baseline.yaml --precision 5%% --max-replications 60",
                "  govsim run scenarios/baseline.yaml my-option.yaml --compare --out results/options",
                "  govsim run scenarios/baseline.yaml scenarios/fee-quality-linkage.yaml --compare --lang zh",
                "  govsim run scenarios/deliberation-hall.yaml --compare --matched-baseline --out results/hall",
                "  govsim run scenarios/baseline.yaml my-option.yaml --compare --uncertainty calibration/posterior.csv --draws 20",
                "  govsim run scenarios/experiments/advisor-sweep.yaml --out results/sweep --resume",
                "  govsim run results/baseline-20261127-010213 --run 7 --out results/run7   # rerun run 7 exactly",
                "", "Exit codes: 0 success, 1 a run failed or --precision was not reached, 2 bad input (nothing is run or written)."})
public final class RunCommand implements Callable<Integer> {
    private static final int DEFAULT_MAX_REPLICATIONS = 100;
    /**
     * Replications per draw when neither --replications nor the source says: enough to measure the noise within a
     * draw (the decomposition needs two) at a quarter of a plain run's cost per draw.
     */
    static final int DRAW_REPLICATIONS = 4;

    @Parameters(arity = "1..*", paramLabel = "SCENARIO",
            description = "Scenario file(s) (YAML), or the folder of a finished run (its scenario.resolved.yaml, seed and overrides).")
    List<Path> scenarioFiles;

    @Option(names = "--seed", description = "Base seed; replication i runs on a seed derived from it (default: 1).")
    Long seed;

    @Option(names = {"-r", "--replications"},
            description = "Replications (default: 10, or the experiment's); with --precision, the first batch.")
    Integer replications;

    @Option(names = {"-t", "--threads"}, description = "Worker threads (default: the number of processors).")
    Integer threads;

    @Option(names = {"-o", "--out"}, paramLabel = "DIR",
            description = "Output folder (default: results/<scenario>-<UTC timestamp>); with several scenarios, the folder "
                    + "that holds one folder per scenario and the comparison.")
    Path out;

    @Option(names = {"-q", "--quiet"}, description = "Print nothing but errors: no estimate, progress or table.")
    boolean quiet;

    @Option(names = "--compare", description = "After the runs, compare the scenarios as `govsim compare` does (needs two or more).")
    boolean compare;

    @Option(names = "--uncertainty", paramLabel = "SOURCE",
            description = "With --compare: run every scenario on the same K parameter draws x R replications and carry the spread "
                    + "between draws into the comparison. SOURCE: a posterior.csv of govsim calibrate (K draws by weight, "
                    + "last generation) or a scenario file whose experiment: block is a LATIN_HYPERCUBE over uncertainties: "
                    + "ranges with samples: K.")
    Path uncertainty;

    @Option(names = "--draws", paramLabel = "K",
            description = "With --uncertainty: the number of draws (default: the source's samples, or 20 from a posterior).")
    Integer draws;

    @Option(names = "--matched-baseline",
            description = "With --compare: run each scenario that switches a lever on beside its own district with every lever off "
                    + "(NAME-levers-off), and compare each with its own.")
    boolean matchedBaseline;

    @Option(names = "--precision", paramLabel = "P",
            description = "Add replications until the 95%% interval half-width of every --metrics metric is within P of its mean, "
                    + "e.g. 5%% (or 0.05), or --max-replications is reached; not reached: exit code 1 and "
                    + "\"reached\": false in manifest.json.")
    String precision;

    @Option(names = "--max-replications", paramLabel = "N",
            description = "With --precision, the most replications per scenario (default: " + DEFAULT_MAX_REPLICATIONS + ").")
    Integer maxReplications;

    @Option(names = "--resume", description = "Continue the batch in --out, running only the runs it lacks.")
    boolean resume;

    @Option(names = "--shard", paramLabel = "K/N", description = "Run only the K-th of N disjoint parts (run ids with id %% N == K-1).")
    String shard;

    @Option(names = "--run", paramLabel = "ID", description = "Run only run ID of the batch (its row of runs.csv, exactly).")
    Long runId;

    @Option(names = "--dry-run", description = "Print the number of runs and the time estimate, then stop.")
    boolean dryRun;

    @Option(names = "--no-compounds", description = "Do not write compounds.csv (a row per run and compound): for batches too large for it.")
    boolean noCompounds;

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
        List<RunSource> sources = new ArrayList<>();
        try {
            for (Path file : scenarioFiles) {
                sources.add(RunSource.load(file, scenarioOptions));
            }
        } catch (ScenarioException e) {
            err.println(e.getMessage());
            return GovsimCommand.BAD_INPUT;
        }
        checkCombinations(sources);
        MatchedBaselines matched = MatchedBaselines.none(sources);
        if (matchedBaseline) {
            matched = MatchedBaselines.of(sources);
            if (matched == null) {
                err.println("govsim: --matched-baseline: no scenario switches a lever on, so none has a baseline of its own to compare with");
                return GovsimCommand.BAD_INPUT;
            }
            sources = matched.sources();
        }
        ParameterDraws parameterDraws = null;
        Path drawsTable = null;
        if (uncertainty != null) {
            try {
                parameterDraws = UncertaintySource.draws(uncertainty, draws, seed != null ? seed : sources.get(0).seed());
            } catch (ScenarioException e) {
                err.println(e.getMessage());
                return GovsimCommand.BAD_INPUT;
            }
            String problem = matched.drawProblem(parameterDraws);
            if (problem != null) {
                err.println("govsim: " + problem);
                return GovsimCommand.BAD_INPUT;
            }
            drawsTable = Files.createTempFile("govsim-draws-", ".csv");
            Files.writeString(drawsTable, parameterDraws.table());
        }
        try {
            return runSources(sources, matched, parameterDraws, drawsTable, target, threadCount, stdout, err);
        } finally {
            if (drawsTable != null) {
                Files.deleteIfExists(drawsTable);
            }
        }
    }

    private int runSources(List<RunSource> sources, MatchedBaselines matched, ParameterDraws parameterDraws, Path drawsTable,
                           PrecisionTarget target, int threadCount, PrintWriter stdout, PrintWriter err)
            throws IOException, InterruptedException {
        Instant start = Instant.now();
        List<ExperimentPlan> plans = new ArrayList<>();
        for (RunSource s : sources) {
            plans.add(parameterDraws == null ? plan(s, target)
                    : DrawPlan.of(s.scenario(), parameterDraws, drawReplications(), drawsTable, seed != null ? seed : s.seed()));
        }
        String baselineProblem = baselineProblem(sources);
        if (baselineProblem != null) {
            err.println("govsim: " + baselineProblem);
            return GovsimCommand.BAD_INPUT;
        }
        String metricsProblem = metricsProblem(MetricColumns.runs(), target);
        if (metricsProblem != null) {
            err.println(metricsProblem);
            return GovsimCommand.BAD_INPUT;
        }
        String folderProblem = out == null ? null : OutputFolder.problem(out);
        if (folderProblem == null && compare) {
            folderProblem = CompareCommand.outputProblem(out == null ? Path.of("results") : out.resolve(OutputFolders.COMPARISON),
                    comparison.report);
        }
        if (folderProblem != null) {
            err.println("govsim: " + folderProblem);
            return GovsimCommand.BAD_INPUT;
        }
        List<Path> dirs = dryRun && out == null ? sources.stream().map(s -> Path.of("results", s.scenario().name())).toList()
                : OutputFolders.forScenarios(sources.stream().map(s -> s.scenario().name()).toList(), out, start);
        List<BatchRun.Prepared> prepared = new ArrayList<>();
        try {
            for (int k = 0; k < plans.size(); k++) {
                prepared.add(new BatchRun().prepare(request(plans.get(k), sources.get(k), dirs.get(k), threadCount, target)));
            }
            if (!quiet) {
                matched.notes().forEach(n -> stdout.println("matched baseline " + n));
                if (parameterDraws != null) {
                    stdout.println("uncertainty: " + parameterDraws.origin() + "; " + drawReplications() + " replications per draw");
                }
            }
            return runAll(prepared, matched.baseline(), start, stdout, err);
        } catch (BatchRefused e) {
            err.println("govsim: " + e.getMessage());
            return GovsimCommand.BAD_INPUT;
        } catch (RunFailedException e) {
            err.println("govsim: " + e.getMessage());
            return GovsimCommand.RUN_FAILED;
        } finally {
            for (BatchRun.Prepared p : prepared) {
                p.close();
            }
            if (out == null && !dryRun) {
                dirs.forEach(OutputFolders::release);
            }
            err.flush();
            stdout.flush();
        }
    }

    private int runAll(List<BatchRun.Prepared> prepared, java.util.Map<String, String> matched, Instant start, PrintWriter stdout,
                       PrintWriter err)
            throws IOException, InterruptedException {
        for (BatchRun.Prepared p : prepared) {
            p.notes().forEach(n -> err.println("govsim: " + n));
            if (!quiet || dryRun) {
                stdout.println(p.description());
            }
        }
        stdout.flush();
        if (dryRun) {
            return GovsimCommand.OK;
        }
        int code = GovsimCommand.OK;
        List<Path> dirs = new ArrayList<>();
        for (BatchRun.Prepared p : prepared) {
            BatchOutcome o = new BatchRun().run(p, stdout, err);
            o.report(stdout, err, quiet);
            code = Math.max(code, o.exitCode());
            dirs.add(p.dir());
        }
        if (compare) {
            if (code != GovsimCommand.OK && prepared.stream().anyMatch(p -> !isWhole(p.dir()))) {
                err.println("govsim: comparison skipped: a run failed");
            } else {
                int c = CompareCommand.compare(dirs, comparison, matched, OutputFolders.forComparison(out, start), quiet, stdout, err);
                code = Math.max(code, c);
            }
        }
        return code;
    }

    private static boolean isWhole(Path dir) {
        return !Files.exists(dir.resolve("failures.csv"));
    }

    private ExperimentPlan plan(RunSource s, PrecisionTarget target) {
        Scenario sc = s.scenario();
        long base = seed != null ? seed : s.seed();
        if (sc.experiment() != null) {
            if (replications != null) {
                sc = sc.withExperiment(sc.experiment().withReplications(replications));
                DesignSize.of(sc.experiment()).refusal().ifPresent(r -> {
                    throw new CommandLine.ParameterException(spec.commandLine(), "--replications " + replications + ": " + r.message());
                });
            }
            return ExperimentPlan.of(sc, base);
        }
        int r = target != null ? target.maxReplications() : replications != null ? replications : s.replications();
        return ExperimentPlan.replications(sc, base, r, s.columns());
    }

    private BatchRequest request(ExperimentPlan plan, RunSource s, Path dir, int threadCount, PrecisionTarget target) {
        Shard part = shard == null ? Shard.ALL : Shard.parse(shard);
        int initial = replications != null ? replications : ExperimentSpecDefaults.REPLICATIONS;
        return new BatchRequest(plan, dir, part, runId, threadCount, resume, dryRun, quiet, s.assignments(), target, initial,
                rerun(plan, s, dir, part), !noCompounds);
    }

    /** Replications per parameter draw: --replications, else the range source's, else {@value #DRAW_REPLICATIONS}. */
    private int drawReplications() {
        if (replications != null) {
            return replications;
        }
        if (uncertainty != null && !uncertainty.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".csv")) {
            try {
                return org.govsim.runner.uncertainty.RangeDraws.replications(uncertainty);
            } catch (ScenarioException e) {
                return DRAW_REPLICATIONS;
            }
        }
        return DRAW_REPLICATIONS;
    }

    /** The command that reruns the batch from its folder (BatchRun adds --replications). */
    private static String rerun(ExperimentPlan plan, RunSource s, Path dir, Shard part) {
        List<String> w = new ArrayList<>(List.of("govsim", "run", dir.resolve("scenario.resolved.yaml").toString(), "--seed",
                Long.toString(plan.baseSeed())));
        for (String a : s.assignments()) {
            w.add("--set");
            w.add(a);
        }
        if (!part.isWhole()) {
            w.add("--shard");
            w.add(part.toString());
        }
        return ShellWords.join(w);
    }

    /** Checks the options' values and combinations; the precision target, or null without --precision. */
    private PrecisionTarget checkOptions(int threadCount) {
        CommandLine cl = spec.commandLine();
        if (replications != null && (replications < 1 || replications > BatchBudget.MAX_REPLICATIONS)) {
            throw new CommandLine.ParameterException(cl, "--replications must be in [1, " + BatchBudget.MAX_REPLICATIONS + "], got " + replications);
        }
        if (threadCount < 1) {
            throw new CommandLine.ParameterException(cl, "--threads must be at least 1, got " + threadCount);
        }
        if (runId != null && runId < 0) {
            throw new CommandLine.ParameterException(cl, "--run must be a run id (0 or more), got " + runId);
        }
        if (shard != null) {
            try {
                Shard.parse(shard);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(cl, e.getMessage());
            }
        }
        if (resume && out == null) {
            throw new CommandLine.ParameterException(cl, "--resume needs --out DIR, the folder of the batch to continue");
        }
        if (!compare && (comparison.baseline != null || comparison.report != null)) {
            throw new CommandLine.ParameterException(cl, "--baseline and --report need --compare");
        }
        if (!compare && precision == null && comparison.metrics != null) {
            throw new CommandLine.ParameterException(cl, "--metrics needs --compare or --precision");
        }
        if (!compare && (uncertainty != null || matchedBaseline)) {
            throw new CommandLine.ParameterException(cl, "--uncertainty and --matched-baseline need --compare");
        }
        if (draws != null && uncertainty == null) {
            throw new CommandLine.ParameterException(cl, "--draws needs --uncertainty");
        }
        if (matchedBaseline && comparison.baseline != null) {
            throw new CommandLine.ParameterException(cl, "--matched-baseline compares each scenario with its own baseline; it does not take --baseline");
        }
        if (uncertainty != null && (precision != null || shard != null || runId != null)) {
            throw new CommandLine.ParameterException(cl, "--uncertainty runs every scenario on the same draws; it does not take --precision, "
                    + "--shard or --run");
        }
        if (compare && scenarioFiles.size() < 2 && !matchedBaseline) {
            throw new CommandLine.ParameterException(cl, "--compare needs two or more scenarios, got one");
        }
        if (precision == null) {
            if (maxReplications != null) {
                throw new CommandLine.ParameterException(cl, "--max-replications needs --precision");
            }
            return null;
        }
        if (runId != null || shard != null) {
            throw new CommandLine.ParameterException(cl, "--precision decides the replications as it goes; it does not take --run or --shard");
        }
        int first = replications == null ? ExperimentSpecDefaults.REPLICATIONS : replications;
        int max = maxReplications == null ? Math.max(DEFAULT_MAX_REPLICATIONS, first) : maxReplications;
        if (max < first) {
            throw new CommandLine.ParameterException(cl, "--max-replications (" + max + ") must be at least --replications (" + first + ")");
        }
        if (max > BatchBudget.MAX_REPLICATIONS) {
            throw new CommandLine.ParameterException(cl, "--max-replications must be at most " + BatchBudget.MAX_REPLICATIONS + ", got " + max);
        }
        try {
            return new PrecisionTarget(PrecisionTarget.parse(precision), comparison.metrics(), max);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(cl, e.getMessage());
        }
    }

    private void checkCombinations(List<RunSource> sources) {
        CommandLine cl = spec.commandLine();
        boolean experiment = sources.stream().anyMatch(s -> s.scenario().experiment() != null);
        if (experiment && (sources.size() > 1 || compare || precision != null)) {
            throw new CommandLine.ParameterException(cl, "a scenario with an experiment: block runs alone, without --compare or --precision");
        }
        if (sources.size() > 1 && (resume || shard != null || runId != null)) {
            throw new CommandLine.ParameterException(cl, "--resume, --shard and --run apply to one scenario at a time");
        }
    }

    /** With --compare: the baseline must be one of the scenarios to run, by name or folder name. */
    private String baselineProblem(List<RunSource> sources) {
        String b = comparison.baseline;
        if (!compare || b == null) {
            return null;
        }
        List<String> names = sources.stream().map(s -> s.scenario().name()).toList();
        if (names.contains(b)) {
            return null;
        }
        return "--baseline " + b + ": no such scenario among those to run; the scenarios are: " + String.join(", ", names);
    }

    /** A message naming the --metrics this model does not write, or null. */
    private String metricsProblem(List<String> known, PrecisionTarget target) {
        if (!compare && target == null) {
            return null;
        }
        List<String> unknown = comparison.metrics().stream().filter(m -> !known.contains(m)).toList();
        if (unknown.isEmpty()) {
            return null;
        }
        return "--metrics: " + String.join(", ", unknown) + " is not a runs.csv metric; the metrics are: " + String.join(", ", known);
    }

    /** Defaults of a plain run. */
    private static final class ExperimentSpecDefaults {
        static final int REPLICATIONS = 10;
    }
}
