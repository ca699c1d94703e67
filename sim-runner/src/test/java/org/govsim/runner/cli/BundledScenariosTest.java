package org.govsim.runner.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.govsim.runner.experiment.ExperimentPlan;
import org.govsim.runner.scenario.Scenario;
import org.govsim.runner.scenario.ScenarioLoader;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every scenario file under scenarios/ validates and runs as shipped (Mesa's test_examples habit). The calibration
 * targets under scenarios/targets/ are not scenarios.
 */
class BundledScenariosTest {
    @TempDir
    Path tmp;

    static List<Path> bundled() throws IOException {
        try (Stream<Path> s = Files.walk(Cli.repoRoot().resolve("scenarios"))) {
            Path targets = Cli.repoRoot().resolve("scenarios").resolve("targets");
            return s.filter(p -> p.toString().endsWith(".yaml") && !p.startsWith(targets)).sorted().toList();
        }
    }

    @TestFactory
    Stream<DynamicTest> everyBundledScenarioRuns() throws IOException {
        List<Path> files = bundled();
        assertFalse(files.isEmpty());
        return files.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> {
            Path out = tmp.resolve(f.getFileName().toString());
            Cli r = Cli.run("run", f.toString(), "--replications", "2", "--threads", "2", "--out", out.toString(), "--quiet");
            assertEquals(0, r.exitCode(), r.err());
            List<String> rows = Files.readAllLines(out.resolve("runs.csv"));
            Scenario scenario = new ScenarioLoader().load(f);
            // an experiment runs every design point, each with the two replications asked for
            int points = scenario.experiment() == null ? 1 : ExperimentPlan.of(scenario, 1).pointCount();
            assertEquals(1 + 2 * points, rows.size());
            assertTrue(Files.size(out.resolve("timeseries.csv")) > 0);
        }));
    }
}
