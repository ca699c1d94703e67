package org.govsim.runner.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.govsim.runner.calibration.CalibrationRun;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code govsim calibrate}: fits a scenario's free parameters to observed figures by ABC-SMC, or checks the scenario against them. */
@Command(name = "calibrate", mixinStandardHelpOptions = true,
        description = "Fit the free parameters of a scenario's calibration: block to its targets by approximate Bayesian computation "
                + "(adaptive population Monte Carlo, Lenormand et al. 2013) and write posterior.csv, calibrated.yaml, fit.csv, report.html "
                + "and manifest.json to --out. Parallel, resumable after an interruption (--resume), shardable (--shard K/N), "
                + "deterministic for a seed whatever --threads. With --check, fit nothing: run the scenario as it is and write fit.csv.",
        footer = {"", "Examples:",
                "  govsim calibrate my-calibration.yaml --out results/cal --particles 200 --replications 2",
                "  govsim calibrate my-calibration.yaml --out results/cal --resume",
                "  govsim calibrate my-calibration.yaml --out /shared/cal --shard 3/20 --threads 4",
                "  govsim calibrate scenarios/meilan-2025.yaml --check --out results/meilan-fit --replications 10",
                "", "Exit codes: 0 done (or a shard's share done), 1 a simulation failed, 2 bad input (nothing is run)."})
public final class CalibrateCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE", description = "A scenario file with a calibration: block (its own or a parent's).")
    Path file;

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "DIR", description = "Output folder (also the calibration's state).")
    Path out;

    @Option(names = "--particles", defaultValue = "200", paramLabel = "N",
            description = "Particles kept in each generation: the posterior's size (default: ${DEFAULT-VALUE}); the first generation "
                    + "draws 2N from the priors, each later one proposes N.")
    int particles;

    @Option(names = "--generations", defaultValue = "10", paramLabel = "G",
            description = "The most generations (default: ${DEFAULT-VALUE}); may be raised on --resume to go on.")
    int generations;

    @Option(names = "--min-acceptance", defaultValue = "0.02", paramLabel = "P",
            description = "Stop once a generation accepts fewer than this share of its proposals within the previous tolerance "
                    + "(default: ${DEFAULT-VALUE}).")
    double minAcceptance;

    @Option(names = "--min-tolerance", defaultValue = "0", paramLabel = "E",
            description = "Stop once a generation's tolerance is at or below E (default: ${DEFAULT-VALUE}, no floor), or, with auto, "
                    + "at the square root of the number of targets, where each target is on average one sd off. The posterior "
                    + "kept within E is exact for a model error uniform within E of the figures, in sd units (Wilkinson 2013): "
                    + "below about √(targets) the fit chases the model's own noise rather than the figures' uncertainty.")
    String minTolerance;

    @Option(names = {"-r", "--replications"}, defaultValue = "2", paramLabel = "R",
            description = "Replications per proposal, whose mean meets the targets; with --check, replications of the scenario "
                    + "(default: ${DEFAULT-VALUE}).")
    int replications;

    @Option(names = {"-t", "--threads"}, paramLabel = "N", description = "Worker threads (default: the number of processors).")
    Integer threads;

    @Option(names = "--seed", defaultValue = "1", description = "Base seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--resume", description = "Continue the calibration in --out: simulations already journaled are not redone.")
    boolean resume;

    @Option(names = "--shard", paramLabel = "K/N",
            description = "Simulate only the K-th of N parts of the open generation (indices with i %% N == K-1), then close it if the "
                    + "other shards are done; implies --resume. Shards share --out.")
    String shard;

    @Option(names = "--check", description = "Fit nothing: run the scenario as it is (--replications times) and write fit.csv.")
    boolean check;

    @Option(names = {"-q", "--quiet"}, description = "No progress and no tables.")
    boolean quiet;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException, InterruptedException {
        int threadCount = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        double floor;
        try {
            floor = CalibrationRun.floor(minTolerance);
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().println("govsim: " + e.getMessage());
            spec.commandLine().getErr().flush();
            return CalibrationRun.BAD_INPUT;
        }
        CalibrationRun.Options o = new CalibrationRun.Options(out, particles, generations, minAcceptance, floor, replications,
                threadCount, seed, resume, shard, check, quiet, rerun());
        return CalibrationRun.run(file, o, spec.commandLine().getOut(), spec.commandLine().getErr());
    }

    /** The command that reruns this calibration (threads and shards do not change its results, so they are left out). */
    private String rerun() {
        List<String> a = new ArrayList<>(List.of("govsim", "calibrate", file.toString(), "--out", out.toString(), "--seed", Long.toString(seed),
                "--replications", Integer.toString(replications)));
        if (check) {
            a.add("--check");
        } else {
            a.addAll(List.of("--particles", Integer.toString(particles), "--generations", Integer.toString(generations),
                    "--min-acceptance", Double.toString(minAcceptance)));
            if (!minTolerance.equals("0")) {
                a.addAll(List.of("--min-tolerance", minTolerance));
            }
        }
        return String.join(" ", a);
    }
}
