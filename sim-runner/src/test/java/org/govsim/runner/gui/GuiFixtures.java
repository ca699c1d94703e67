package org.govsim.runner.gui;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.govsim.runner.cli.GovsimCommand;
import org.govsim.runner.scenario.Scenario;
import org.govsim.runner.scenario.ScenarioException;
import org.govsim.runner.scenario.ScenarioLoader;
import picocli.CommandLine;

/** The bundled baseline at a size the GUI tests can run in a second or two, and the command line in-process. */
final class GuiFixtures {
    /** 40 compounds (5 communities), a 60-day burn-in and 150 observed days. */
    static final List<String> SMALL = List.of("district.compounds=40", "run.burnInDays=60", "run.days=150");

    private GuiFixtures() {
    }

    static Path repoRoot() {
        String root = System.getProperty("govsim.repoRoot");
        return root != null ? Path.of(root).normalize() : Path.of("..").toAbsolutePath().normalize();
    }

    static Path baselineFile() {
        return repoRoot().resolve("scenarios").resolve("baseline.yaml");
    }

    static Scenario smallBaseline(String... moreOverrides) throws ScenarioException {
        List<String> all = new ArrayList<>(SMALL);
        all.addAll(List.of(moreOverrides));
        return new ScenarioLoader().load(baselineFile()).withOverrides(all);
    }

    /** Runs {@code govsim ARGS} in this JVM; returns exit code, stdout and stderr. */
    static Result govsim(String... args) {
        CommandLine cl = GovsimCommand.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        return new Result(code, out.toString(), err.toString());
    }

    record Result(int exitCode, String out, String err) {
    }
}
