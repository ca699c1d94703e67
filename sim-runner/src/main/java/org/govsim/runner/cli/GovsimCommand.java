package org.govsim.runner.cli;

import java.io.PrintWriter;
import org.govsim.runner.output.Provenance;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code govsim}: simulate party-building-led residential compound governance. Exit codes: 0 success,
 * 1 a run failed, 2 bad input (an unknown option, a scenario that does not validate).
 */
@Command(name = "govsim",
        mixinStandardHelpOptions = true,
        versionProvider = GovsimCommand.Version.class,
        description = "Agent-based simulation of residential compound governance on MASON: run scenarios, "
                + "compare governance levers on disputes and resolution times.",
        subcommands = {RunCommand.class, CompareCommand.class, ValidateCommand.class, ParamsCommand.class, BenchCommand.class, GuiCommand.class,
                MergeCommand.class, SlurmCommand.class, CalibrateCommand.class,
                AutoComplete.GenerateCompletion.class, CommandLine.HelpCommand.class},
        footer = {"", "Examples:",
                "  govsim run scenarios/baseline.yaml --replications 10 --seed 1",
                "  govsim run scenarios/baseline.yaml my-option.yaml --compare --precision 5%%",
                "  govsim compare results/baseline-20261126-235507 results/branches-20261127-001210 --report fees.html",
                "  govsim validate scenarios/*.yaml",
                "  govsim params scenarios/baseline.yaml",
                "  source <(govsim generate-completion)    # bash/zsh completion",
                "", "Exit codes: 0 success, 1 a run failed, 2 bad input."})
public final class GovsimCommand implements Runnable {
    public static final int OK = 0;
    public static final int RUN_FAILED = 1;
    public static final int BAD_INPUT = 2;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The command line with its subcommands, for {@link #main} and for tests. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new GovsimCommand());
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            PrintWriter err = commandLine.getErr();
            err.println("govsim: " + ex.getMessage());
            return RUN_FAILED;
        });
        return cl;
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The version from the build. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"govsim " + Provenance.projectVersion(), "Java " + System.getProperty("java.version")};
        }
    }
}
