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
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every scenario file under scenarios/ validates and runs (Mesa's test_examples habit): by default on a short run
 * (30 days of burn-in, 60 observed), which still builds each scenario's district and installs its levers; as
 * shipped, at full length, under the tag {@value #FULL_SIZE}, which CI runs (the {@code ci} profile, active when the
 * environment has CI set: {@code CI=true mvn -B verify}). The calibration targets under scenarios/targets/ are not
 * scenarios.
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

    static final String FULL_SIZE = "full-size";

    @TestFactory
    Stream<DynamicTest> everyBundledScenarioRunsShort() throws IOException {
        return runs("--days", "60", "--set", "run.burnInDays=30");
    }

    @Tag(FULL_SIZE)
    @TestFactory
    Stream<DynamicTest> everyBundledScenarioRunsAsShipped() throws IOException {
        return runs();
    }

    private Stream<DynamicTest> runs(String... shortened) throws IOException {
        List<Path> files = bundled();
        assertFalse(files.isEmpty());
        return files.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> {
            Path out = tmp.resolve(f.getFileName().toString());
            List<String> args = new java.util.ArrayList<>(List.of("run", f.toString(), "--replications", "2", "--threads", "2", "--out",
                    out.toString(), "--quiet"));
            args.addAll(List.of(shortened));
            Cli r = Cli.run(args.toArray(String[]::new));
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
