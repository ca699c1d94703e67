package org.govsim.runner.experiment;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.govsim.runner.scenario.Scenario;
import org.govsim.runner.scenario.ScenarioException;
import org.govsim.runner.scenario.ScenarioLoader;

/** Scenario files of tiny districts (5 compounds, 60 days) with an experiment block, for fast batch tests. */
final class TinyExperiments {
    static final String DISTRICT = """
            run:
              days: 60
              burnInDays: 0
            district:
              compounds: 5
            """;

    private TinyExperiments() {
    }

    /** 4 points (branch coverage 0.1, 0.9 x patience 14, 60) x the given replications. */
    static Path factorial(Path dir, int replications) throws IOException {
        return write(dir, "tiny.yaml", "name: tiny\n" + DISTRICT + """
                experiment:
                  design: FACTORIAL
                  replications: %d
                  policies:
                    levels.branch.coverage: [0.1, 0.9]
                  uncertainties:
                    patience.medianDays: [14, 60]
                """.formatted(replications));
    }

    static Path write(Path dir, String name, String text) throws IOException {
        Files.createDirectories(dir);
        Path f = dir.resolve(name);
        Files.writeString(f, text);
        return f;
    }

    static Scenario load(Path f) throws ScenarioException {
        return new ScenarioLoader().load(f);
    }
}
