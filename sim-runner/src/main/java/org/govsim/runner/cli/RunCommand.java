package org.govsim.runner.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.govsim.runner.analysis.SummaryTable;
import org.govsim.runner.experiment.Progress;
import org.govsim.runner.experiment.ReplicationRunner;
import org.govsim.runner.experiment.ReplicationSeeds;
import org.govsim.runner.experiment.RunOutcome;
import org.govsim.runner.experiment.RunSpec;
import org.govsim.runner.output.AtomicFile;
import org.govsim.runner.output.Manifest;
import org.govsim.runner.output.Provenance;
import org.govsim.runner.output.ResultTables;
import org.govsim.runner.scenario.Scenario;
import org.govsim.runner.scenario.ScenarioException;
import org.govsim.runner.scenario.ScenarioWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code govsim run}: replications of a scenario in parallel, written to runs.csv, timeseries.csv and manifest.json. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Run replications of a scenario in parallel and write runs.csv, timeseries.csv, "
                + "manifest.json and the resolved scenario to the output folder.",
        footer = {"", "Examples:",
                "  govsim run scenarios/baseline.yaml",
                "  govsim run scenarios/baseline.yaml --replications 30 --threads 2 --seed 7",
                "  govsim run scenarios/baseline.yaml --days 360 --set levels.branch.coverage=1 --out results/branches",
                "", "Exit codes: 0 success, 1 a run failed, 2 bad input (nothing is run or written)."})
public final class RunCommand implements Callable<Integer> {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    @Parameters(index = "0", paramLabel = "SCENARIO", description = "Scenario file (YAML).")
    Path scenarioFile;

    @Option(names = "--seed", defaultValue = "1", description = "Base seed; replication i runs on a seed derived from it (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = {"-r", "--replications"}, defaultValue = "10", description = "Replications (default: ${DEFAULT-VALUE}).")
    int replications;

    @Option(names = {"-t", "--threads"}, description = "Worker threads (default: the number of processors).")
    Integer threads;

    @Option(names = {"-o", "--out"}, paramLabel = "DIR", description = "Output folder (default: results/<scenario>-<UTC timestamp>).")
    Path out;

    @Option(names = {"-q", "--quiet"}, description = "No progress and no table.")
    boolean quiet;

    @Mixin
    ScenarioOptions scenarioOptions;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter stdout = spec.commandLine().getOut();
        if (replications < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--replications must be at least 1, got " + replications);
        }
        int threadCount = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (threadCount < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--threads must be at least 1, got " + threadCount);
        }
        Scenario scenario;
        try {
            scenario = scenarioOptions.load(scenarioFile);
        } catch (ScenarioException e) {
            err.println(e.getMessage());
            return GovsimCommand.BAD_INPUT;
        }
        Instant start = Instant.now();
        Path dir = out != null ? out : Path.of("results", scenario.name() + "-" + STAMP.format(start));
        if (Files.exists(dir.resolve("runs.csv"))) {
            err.println("govsim: " + dir + " already holds results (runs.csv); choose another --out or remove it");
            return GovsimCommand.BAD_INPUT;
        }

        List<RunSpec> specs = new ArrayList<>();
        for (int i = 0; i < replications; i++) {
            specs.add(new RunSpec(i, scenario.name(), i, ReplicationSeeds.seed(seed, i), scenario.values()));
        }
        boolean terminal = !quiet && System.console() != null;
        Progress progress = terminal ? new TerminalProgress(err, start) : Progress.NONE;
        List<RunOutcome> outcomes = new ReplicationRunner(Math.min(threadCount, replications)).run(specs, progress);
        Instant end = Instant.now();

        List<String> files = List.of("runs.csv", "timeseries.csv", "manifest.json", "scenario.resolved.yaml");
        AtomicFile.write(dir.resolve("runs.csv"), ResultTables.runsCsv(outcomes, scenarioOptions.overriddenPaths()));
        AtomicFile.write(dir.resolve("timeseries.csv"), ResultTables.timeseriesCsv(outcomes));
        AtomicFile.write(dir.resolve("scenario.resolved.yaml"), ScenarioWriter.write(scenario.name(), scenario.values()));
        String rerun = String.format(Locale.ROOT, "govsim run %s --seed %d --replications %d",
                dir.resolve("scenario.resolved.yaml"), seed, replications);
        Manifest.Header header = new Manifest.Header(scenario.name(), scenario.description(),
                scenario.chain().stream().map(Path::toString).toList(), scenarioOptions.assignments(), seed, replications,
                threadCount, rerun);
        AtomicFile.write(dir.resolve("manifest.json"), Manifest.render(header, Provenance.current(Path.of(".")), start, end,
                scenario.values().asMap(), outcomes, files));

        long failed = outcomes.stream().filter(o -> !o.ok()).count();
        for (RunOutcome o : outcomes) {
            if (!o.ok()) {
                err.printf(Locale.ROOT, "run %d (seed %d) failed: %s%n", o.spec().runId(), o.spec().seed(), o.error());
            }
        }
        if (!quiet) {
            stdout.printf(Locale.ROOT, "%s: %d replications, %.1f s, results in %s%n", scenario.name(), replications,
                    (end.toEpochMilli() - start.toEpochMilli()) / 1000.0, dir);
            if (failed < replications) {
                stdout.print(SummaryTable.render(outcomes));
            }
        }
        stdout.flush();
        return failed > 0 ? GovsimCommand.RUN_FAILED : GovsimCommand.OK;
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
