package org.govsim.runner.cli;

import java.io.PrintWriter;
import java.util.Locale;
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
        subcommands = {RunCommand.class, CompareCommand.class, ValidateCommand.class, ParamsCommand.class, MetricsCommand.class, BenchCommand.class, GuiCommand.class,
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
    static final int HELP_WIDTH = 160;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    /** {@code govsim} alone: the usage, and exit code 2, since nothing was asked for. */
    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
        throw new CommandLine.ParameterException(spec.commandLine(), "govsim: give a command, e.g. govsim run scenarios/baseline.yaml");
    }

    /** The command line with its subcommands, for {@link #main} and for tests. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new GovsimCommand());
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        // wide enough that no example in a footer is wrapped in the middle of its command
        cl.setUsageHelpWidth(HELP_WIDTH);
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            PrintWriter err = commandLine.getErr();
            err.println("govsim: " + explain(ex));
            err.flush();
            return RUN_FAILED;
        });
        // a usage error: its one-line message and where to read more, not the whole help
        cl.setParameterExceptionHandler((ex, args) -> {
            PrintWriter err = ex.getCommandLine().getErr();
            if (!ex.getMessage().startsWith("govsim: give a command")) {
                err.println("govsim: " + ex.getMessage());
                CommandLine.UnmatchedArgumentException.printSuggestions(ex, err);
                err.println("See '" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help'.");
            } else {
                err.println(ex.getMessage());
            }
            err.flush();
            return BAD_INPUT;
        });
        return cl;
    }

    /** What went wrong, for the user: a full heap said as such, with what to lower. */
    static String explain(Throwable ex) {
        for (Throwable t = ex; t != null; t = t.getCause()) {
            if (t instanceof OutOfMemoryError) {
                return String.format(Locale.ROOT, "ran out of memory (this Java may use %d MB): lower --threads or the district's size "
                        + "(district.compounds), or give Java more memory with GOVSIM_JAVA_OPTS=-Xmx8g", Runtime.getRuntime().maxMemory() >> 20);
            }
        }
        return ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage();
    }

    public static void main(String[] args) {
        int code;
        try {
            code = commandLine().execute(args);
        } catch (OutOfMemoryError e) {
            System.err.println("govsim: " + explain(e));
            code = RUN_FAILED;
        }
        System.exit(code);
    }

    /** The version from the build. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            Provenance p = Provenance.current();
            return new String[] {"govsim " + p.version() + " (commit " + p.gitCommit() + (p.gitDirty() ? ", with uncommitted changes" : "")
                    + ")", "Java " + System.getProperty("java.version")};
        }
    }
}
