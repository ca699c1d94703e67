package org.govsim.runner.output;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.govsim.runner.experiment.RunOutcome;
import org.govsim.runner.scenario.Scenario;
import org.govsim.runner.scenario.ScenarioWriter;

/** Writes one scenario's batch to its folder: runs.csv, timeseries.csv, scenario.resolved.yaml and manifest.json. */
public final class RunOutputs {
    public static final List<String> FILES = List.of("runs.csv", "timeseries.csv", "manifest.json", "scenario.resolved.yaml");

    private RunOutputs() {
    }

    /**
     * @param assignments     the command line's overrides, in order (--days first, then each --set)
     * @param parameterColumns the parameter paths they set, for runs.csv's columns
     */
    public static void write(Path dir, Scenario scenario, List<RunOutcome> outcomes, long seed, int threads, List<String> assignments,
                             List<String> parameterColumns, Instant start, Instant end) throws IOException {
        AtomicFile.write(dir.resolve("runs.csv"), ResultTables.runsCsv(outcomes, parameterColumns));
        AtomicFile.write(dir.resolve("timeseries.csv"), ResultTables.timeseriesCsv(outcomes));
        AtomicFile.write(dir.resolve("scenario.resolved.yaml"), ScenarioWriter.write(scenario.name(), scenario.values()));
        String rerun = String.format(Locale.ROOT, "govsim run %s --seed %d --replications %d",
                dir.resolve("scenario.resolved.yaml"), seed, outcomes.size());
        Manifest.Header header = new Manifest.Header(scenario.name(), scenario.description(),
                scenario.chain().stream().map(Path::toString).toList(), assignments, seed, outcomes.size(), threads, rerun);
        AtomicFile.write(dir.resolve("manifest.json"), Manifest.render(header, Provenance.current(), start, end,
                scenario.values().asMap(), outcomes, FILES));
    }
}
