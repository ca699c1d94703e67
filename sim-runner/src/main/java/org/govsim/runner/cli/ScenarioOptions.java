package org.govsim.runner.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.govsim.runner.scenario.Scenario;
import org.govsim.runner.scenario.ScenarioException;
import org.govsim.runner.scenario.ScenarioLoader;
import picocli.CommandLine.Option;

/** The options that change a scenario's parameters from the command line, shared by commands that run it. */
public final class ScenarioOptions {

    @Option(names = "--days", paramLabel = "N", description = "Observed days (overrides run.days).")
    Integer days;

    @Option(names = {"-s", "--set"}, paramLabel = "PATH=VALUE",
            description = "Set a parameter, e.g. --set levels.branch.coverage=0.5 (repeatable; see `govsim params`).")
    List<String> sets = new ArrayList<>();

    /** Loads a scenario file and applies --days and --set; bad input throws with the file, line and key. */
    Scenario load(Path file) throws ScenarioException {
        Scenario s = new ScenarioLoader().load(file);
        return s.withOverrides(assignments());
    }

    /** The overrides in the order they apply: --days first, then each --set. */
    List<String> assignments() {
        List<String> all = new ArrayList<>();
        if (days != null) {
            all.add("run.days=" + days);
        }
        all.addAll(sets);
        return all;
    }

    /** The parameter paths the command line set, for the columns of runs.csv. */
    List<String> overriddenPaths() {
        return paths(assignments());
    }

    /** The paths of assignments, each once, in the order they first appear. */
    static List<String> paths(List<String> assignments) {
        List<String> paths = new ArrayList<>();
        for (String a : assignments) {
            int eq = a.indexOf('=');
            String p = (eq < 0 ? a : a.substring(0, eq)).trim();
            if (!paths.contains(p)) {
                paths.add(p);
            }
        }
        return paths;
    }
}
