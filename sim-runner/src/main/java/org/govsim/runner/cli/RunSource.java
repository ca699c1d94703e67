package org.govsim.runner.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.govsim.runner.output.JsonFiles;
import org.govsim.runner.output.Manifest;
import org.govsim.runner.scenario.Scenario;
import org.govsim.runner.scenario.ScenarioException;
import org.govsim.runner.scenario.ScenarioProblem;

/**
 * What {@code govsim run} is given to run: a scenario file with the command line's overrides, or the folder of a
 * finished run, which brings its scenario.resolved.yaml, base seed, replications and overrides (so that
 * {@code govsim run DIR --run 7} makes run 7 of that batch again, exactly).
 *
 * @param assignments the overrides in the order they apply (--days first, then each --set), for the manifest and the rerun
 * @param columns     the parameter paths they set, for runs.csv's columns
 */
record RunSource(Scenario scenario, List<String> assignments, List<String> columns, long seed, int replications) {
    static final int DEFAULT_REPLICATIONS = 10;

    static RunSource load(Path file, ScenarioOptions options) throws ScenarioException {
        if (!Files.isDirectory(file)) {
            return new RunSource(options.load(file), options.assignments(), options.overriddenPaths(), 1, DEFAULT_REPLICATIONS);
        }
        Manifest m;
        try {
            m = Manifest.readComplete(file, "running a results folder again");
        } catch (JsonFiles.Unreadable e) {
            throw new ScenarioException(new ScenarioProblem(null, 0, "", e.getMessage()));
        }
        if (!options.assignments().isEmpty()) {
            throw new ScenarioException(new ScenarioProblem(file, 0, "", "a results folder runs as it ran: --set and --days do not apply "
                    + "(run its scenario.resolved.yaml to change it)"));
        }
        List<String> assignments = new ArrayList<>(m.scenario() == null || m.scenario().overrides() == null ? List.of()
                : m.scenario().overrides());
        Scenario s = new org.govsim.runner.scenario.ScenarioLoader().load(file.resolve("scenario.resolved.yaml")).withOverrides(assignments);
        return new RunSource(s, assignments, ScenarioOptions.paths(assignments), m.baseSeed() == null ? 1 : m.baseSeed(),
                m.replications() == null ? DEFAULT_REPLICATIONS : m.replications());
    }
}
