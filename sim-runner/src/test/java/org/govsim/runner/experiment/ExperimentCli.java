package org.govsim.runner.experiment;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.govsim.runner.cli.MergeCommand;
import org.govsim.runner.cli.SlurmCommand;
import org.govsim.runner.scenario.Scenario;
import org.govsim.runner.scenario.ScenarioException;
import org.govsim.runner.scenario.ScenarioLoader;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * A stand-in for {@code govsim} in tests, until {@code govsim run} calls {@link ExperimentRun}: {@code run} with the
 * experiment options and {@code merge}. A main class too, for the child JVMs of the kill -9 and SLURM tests.
 */
@Command(name = "govsim-test", subcommands = {ExperimentCli.Run.class, MergeCommand.class, SlurmCommand.class})
public final class ExperimentCli {

    public static void main(String[] args) {
        System.exit(new CommandLine(new ExperimentCli()).execute(args));
    }

    /** Exit code and captured output of one in-process call. */
    public record Result(int exitCode, String out, String err) {
    }

    public static Result call(String... args) {
        CommandLine cl = new CommandLine(new ExperimentCli());
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        return new Result(code, out.toString(), err.toString());
    }

    @Command(name = "run")
    static final class Run implements Callable<Integer> {
        @Parameters(index = "0")
        Path scenario;
        @Option(names = "--seed", defaultValue = "1")
        long seed;
        @Option(names = "--threads", defaultValue = "2")
        int threads;
        @Option(names = "--replications")
        Integer replications;
        @Option(names = "--out")
        Path out;
        @Option(names = "--resume")
        boolean resume;
        @Option(names = "--shard")
        String shard;
        @Option(names = "--dry-run")
        boolean dryRun;
        @Option(names = "--quiet")
        boolean quiet;
        @Option(names = "--set")
        List<String> sets = new ArrayList<>();
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            Scenario s;
            try {
                s = new ScenarioLoader().load(scenario).withOverrides(sets);
            } catch (ScenarioException e) {
                spec.commandLine().getErr().println(e.getMessage());
                return ExperimentRun.BAD_INPUT;
            }
            return ExperimentRun.run(s, new ExperimentRun.Options(threads, out, seed, replications, resume, shard, dryRun, quiet, sets),
                    spec.commandLine().getOut(), spec.commandLine().getErr());
        }
    }
}
