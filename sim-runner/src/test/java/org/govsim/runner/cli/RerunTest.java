package org.govsim.runner.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 17, items 12, 14, 15 and 16: reruns keep their promise. The manifest's rerun (with its --set and --days)
 * gives the same bytes; {@code --run ID} on a results folder makes that run again, exactly its row; an experiment's
 * scenario.resolved.yaml keeps its experiment block and its manifest has a rerun; the commit comes from the build.
 */
class RerunTest {
    @TempDir
    Path tmp;

    /** The manifest's rerun command as arguments (it is shell-quoted; these have no quotes). */
    private static List<String> args(String rerun, Path out) {
        List<String> a = new ArrayList<>(List.of(rerun.split(" ")));
        a.remove(0); // govsim
        a.addAll(List.of("--out", out.toString(), "--quiet"));
        return a;
    }

    @Test
    void theManifestsRerunWithItsOverridesGivesTheSameBytes() throws IOException {
        Path first = tmp.resolve("first");
        Cli r = Cli.run("run", Cli.scenario("baseline.yaml").toString(), "--days", "60", "--set", "district.compounds=10", "--set",
                "run.burnInDays=0", "-r", "3", "--seed", "9", "--out", first.toString(), "--quiet");
        assertEquals(0, r.exitCode(), r.err());
        JsonNode m = new ObjectMapper().readTree(first.resolve("manifest.json").toFile());
        String rerun = m.get("rerun").asText();
        assertTrue(rerun.contains("--set run.days=60") && rerun.contains("--set district.compounds=10") && rerun.endsWith("--replications 3"),
                rerun);
        Path second = tmp.resolve("second");
        Cli again = Cli.run(args(rerun, second).toArray(String[]::new));
        assertEquals(0, again.exitCode(), again.err());
        for (String f : List.of("runs.csv", "timeseries.csv")) {
            assertEquals(Files.readString(first.resolve(f)), Files.readString(second.resolve(f)), f);
        }
        assertTrue(m.get("gitCommit").asText().matches("[0-9a-f]{40}|unknown"), m.get("gitCommit").asText());

        Path seven = tmp.resolve("one");
        Cli one = Cli.run("run", first.toString(), "--run", "2", "--out", seven.toString(), "--quiet");
        assertEquals(0, one.exitCode(), one.err());
        List<String> rows = Files.readAllLines(seven.resolve("runs.csv"));
        assertEquals(2, rows.size());
        assertEquals(Files.readAllLines(first.resolve("runs.csv")).get(0), rows.get(0));
        assertEquals(Files.readAllLines(first.resolve("runs.csv")).get(3), rows.get(1), "run 2's row, to the last digit");
    }

    @Test
    void anExperimentsResolvedScenarioKeepsItsDesignAndItsRerunGivesTheSameBytes() throws IOException {
        Path first = tmp.resolve("sweep");
        Cli r = Cli.run("run", Cli.scenario("experiments/advisor-sweep.yaml").toString(), "-r", "1", "--set", "run.days=60", "--set",
                "district.compounds=10", "--set", "advisors.compounds=10", "--out", first.toString(), "--quiet");
        assertEquals(0, r.exitCode(), r.err());
        assertEquals("", r.out(), "--quiet prints nothing");
        String yaml = Files.readString(first.resolve("scenario.resolved.yaml"));
        assertTrue(yaml.contains("experiment:\n  design: FACTORIAL\n  replications: 1\n  policies:\n    advisors.total: [0, 60, 120, 180, 240]"),
                yaml);
        String rerun = new ObjectMapper().readTree(first.resolve("manifest.json").toFile()).get("rerun").asText();
        Path second = tmp.resolve("again");
        Cli again = Cli.run(args(rerun, second).toArray(String[]::new));
        assertEquals(0, again.exitCode(), again.err());
        for (String f : List.of("runs.csv", "timeseries.csv")) {
            assertEquals(Files.readString(first.resolve(f)), Files.readString(second.resolve(f)), f);
        }
    }
}
