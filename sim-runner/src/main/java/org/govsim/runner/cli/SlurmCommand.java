package org.govsim.runner.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.govsim.runner.experiment.ExperimentPlan;
import org.govsim.runner.experiment.SlurmScripts;
import org.govsim.runner.output.AtomicFile;
import org.govsim.runner.scenario.Scenario;
import org.govsim.runner.scenario.ScenarioException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code govsim slurm}: writes (and can submit) the SLURM job array and merge job of an experiment. */
@Command(name = "slurm", mixinStandardHelpOptions = true,
        description = "Write DIR/slurm/array.sbatch (a job array, one task per shard: govsim run --shard K/N --resume) and "
                + "DIR/slurm/merge.sbatch (govsim merge of the shards into DIR); with --submit, submit both, the merge "
                + "with --dependency=afterok on the array.",
        footer = {"", "Examples:",
                "  govsim slurm scenarios/experiments/levers-lhs.yaml --shards 20 --out /scratch/me/levers --time 02:00:00",
                "  govsim slurm scenarios/experiments/advisor-sweep.yaml --shards 5 --out results/sweep --submit",
                "  sbatch --array=3,7 results/sweep/slurm/array.sbatch     # re-run two failed shards",
                "", "Exit codes: 0 written (and submitted), 1 sbatch failed, 2 bad input."})
public final class SlurmCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "EXPERIMENT", description = "Scenario file with an experiment: block.")
    Path scenarioFile;

    @Option(names = "--shards", required = true, paramLabel = "N", description = "Shards, one array task each (at most the number of runs).")
    int shards;

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "DIR",
            description = "Experiment folder on a file system every node sees: shards/, slurm/ and the merged results.")
    Path out;

    @Option(names = "--seed", defaultValue = "1", description = "Base seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = {"-r", "--replications"}, description = "Replications per point (default: the experiment's).")
    Integer replications;

    @Option(names = "--time", defaultValue = "01:00:00", description = "Time limit of each task (default: ${DEFAULT-VALUE}).")
    String time;

    @Option(names = "--cpus-per-task", defaultValue = "2", description = "Cores of each task; its run threads (default: ${DEFAULT-VALUE}).")
    int cpusPerTask;

    @Option(names = "--mem", description = "Memory of each task, e.g. 4G (default: the cluster's).")
    String mem;

    @Option(names = "--partition", description = "Partition (default: the cluster's).")
    String partition;

    @Option(names = "--jar", paramLabel = "JAR", description = "The govsim jar the tasks run (default: the jar of this command).")
    Path jar;

    @Option(names = "--launcher", paramLabel = "COMMAND",
            description = "The command that starts govsim on a node, instead of `java -jar JAR`.")
    String launcher;

    @Option(names = "--submit", description = "Submit with sbatch and print the job ids.")
    boolean submit;

    @Option(names = "--no-compounds", description = "The tasks write no compounds.csv (a row per run and compound): for batches too large for it.")
    boolean noCompounds;

    @Mixin
    ScenarioOptions scenarioOptions;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter stdout = spec.commandLine().getOut();
        if (shards < 1 || cpusPerTask < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--shards and --cpus-per-task must be at least 1");
        }
        Scenario scenario;
        try {
            scenario = scenarioOptions.load(scenarioFile);
        } catch (ScenarioException e) {
            err.println(e.getMessage());
            return GovsimCommand.BAD_INPUT;
        }
        if (scenario.experiment() == null) {
            err.println("govsim slurm: " + scenarioFile + " has no experiment: block");
            return GovsimCommand.BAD_INPUT;
        }
        if (replications != null) {
            if (replications < 1) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--replications must be at least 1");
            }
            scenario = scenario.withExperiment(scenario.experiment().withReplications(replications));
        }
        ExperimentPlan plan = ExperimentPlan.of(scenario, seed);
        if (shards > plan.totalRuns()) {
            err.println("govsim slurm: --shards " + shards + " is more than the " + plan.totalRuns() + " runs of the experiment");
            return GovsimCommand.BAD_INPUT;
        }
        String start = launcher != null ? launcher : javaLauncher();
        if (start == null) {
            err.println("govsim slurm: not started from a jar; give --jar PATH (sim-runner/target/sim-runner-*-all.jar) or --launcher");
            return GovsimCommand.BAD_INPUT;
        }
        Path dir = out.toAbsolutePath().normalize();
        SlurmScripts scripts = new SlurmScripts(start, runArguments(), dir, shards, "govsim-" + scenario.name(), time, cpusPerTask, mem,
                partition);
        Files.createDirectories(scripts.slurmDir().resolve("logs"));
        Path array = scripts.slurmDir().resolve("array.sbatch");
        Path merge = scripts.slurmDir().resolve("merge.sbatch");
        AtomicFile.write(array, scripts.array());
        AtomicFile.write(merge, scripts.merge());
        stdout.printf(Locale.ROOT, "%s: %d points x %d replications = %d runs in %d shards of about %d runs%n", scenario.name(),
                plan.pointCount(), plan.replications(), plan.totalRuns(), shards, (plan.totalRuns() + shards - 1) / shards);
        stdout.println("wrote " + array + " and " + merge);
        if (!submit) {
            stdout.println("submit with: jid=$(sbatch --parsable " + ShellWords.quote(array.toString()) + ") && sbatch --dependency=afterok:${jid%%;*} "
                    + ShellWords.quote(merge.toString()));
            stdout.flush();
            return GovsimCommand.OK;
        }
        String arrayJob = sbatch(err, "--parsable", array.toString());
        if (arrayJob == null) {
            return GovsimCommand.RUN_FAILED;
        }
        String mergeJob = sbatch(err, "--parsable", "--dependency=afterok:" + arrayJob, merge.toString());
        if (mergeJob == null) {
            return GovsimCommand.RUN_FAILED;
        }
        stdout.println("array job " + arrayJob + " (" + shards + " tasks), merge job " + mergeJob + " (after the array succeeds)");
        stdout.println("results will be in " + dir);
        stdout.flush();
        return GovsimCommand.OK;
    }

    /** The scenario and options every task passes to `govsim run`, paths made absolute for the nodes. */
    private List<String> runArguments() {
        List<String> a = new ArrayList<>();
        a.add(scenarioFile.toAbsolutePath().normalize().toString());
        a.add("--seed");
        a.add(Long.toString(seed));
        if (replications != null) {
            a.add("--replications");
            a.add(replications.toString());
        }
        for (String s : scenarioOptions.assignments()) {
            a.add("--set");
            a.add(s);
        }
        if (noCompounds) {
            a.add("--no-compounds");
        }
        return a;
    }

    private String javaLauncher() {
        Path j = jar;
        if (j == null) {
            try {
                Path self = Path.of(SlurmCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
                j = self.toString().endsWith(".jar") ? self : null;
            } catch (URISyntaxException | SecurityException | NullPointerException e) {
                j = null;
            }
        }
        return j == null ? null : "java -jar " + quote(j.toAbsolutePath().normalize().toString());
    }

    private static String quote(String s) {
        return "'" + s.replace("'", "'\\''") + "'";
    }

    /** Runs sbatch; its job id (the part before any ';cluster'), or null after printing why it failed. */
    private static String sbatch(PrintWriter err, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("sbatch"));
        cmd.addAll(List.of(args));
        Process p;
        try {
            p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        } catch (IOException e) {
            err.println("govsim slurm: cannot start sbatch (" + e.getMessage() + "); is SLURM installed on this machine?");
            return null;
        }
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            p.destroy();
            err.println("govsim slurm: " + String.join(" ", cmd) + " failed: " + output);
            return null;
        }
        String last = output.lines().reduce((a, b) -> b).orElse("");
        return last.contains(";") ? last.substring(0, last.indexOf(';')) : last;
    }
}
