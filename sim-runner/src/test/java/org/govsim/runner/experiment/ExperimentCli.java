package org.govsim.runner.experiment;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.govsim.runner.cli.MergeCommand;
import org.govsim.runner.cli.RunCommand;
import org.govsim.runner.cli.SlurmCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code govsim run}, {@code merge} and {@code slurm} without the rest of the command line: a main class for the child
 * JVMs of the kill -9 and SLURM tests, and an in-process call with captured output.
 */
@Command(name = "govsim-test", subcommands = {RunCommand.class, MergeCommand.class, SlurmCommand.class})
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
}
