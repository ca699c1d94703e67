package org.govsim.runner.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
 * {@code govsim run --no-compounds} (issue 13) as a user types it: no compounds.csv, the same runs.csv and
 * timeseries.csv as without the switch, a manifest that does not list compounds.csv, and a manifest rerun that keeps
 * the switch, so the rerun makes the same files (issue 17, item 14: reruns keep their promise).
 */
class NoCompoundsCliTest {
    private static final List<String> SMALL = List.of("--days", "60", "--set", "district.compounds=10", "--set", "run.burnInDays=0",
            "-r", "2", "--seed", "4", "--quiet");

    @TempDir
    Path tmp;

    private static Cli run(Path out, String... extra) {
        List<String> a = new ArrayList<>(List.of("run", Cli.scenario("baseline.yaml").toString(), "--out", out.toString()));
        a.addAll(SMALL);
        a.addAll(List.of(extra));
        return Cli.run(a.toArray(String[]::new));
    }

    @Test
    void theSwitchDropsOnlyCompoundsCsvAndItsRerunKeepsIt() throws IOException {
        Path full = tmp.resolve("full");
        Path lean = tmp.resolve("lean");
        Cli f = run(full);
        assertEquals(0, f.exitCode(), f.err());
        Cli l = run(lean, "--no-compounds");
        assertEquals(0, l.exitCode(), l.err());

        assertTrue(Files.size(full.resolve("compounds.csv")) > 0, "the run without the switch wrote no compounds.csv");
        assertFalse(Files.exists(lean.resolve("compounds.csv")), "--no-compounds wrote compounds.csv");
        for (String table : List.of("runs.csv", "timeseries.csv")) {
            assertEquals(Files.readString(full.resolve(table)), Files.readString(lean.resolve(table)), table + " depends on the switch");
        }
        JsonNode manifest = new ObjectMapper().readTree(lean.resolve("manifest.json").toFile());
        assertFalse(manifest.get("outputs").toString().contains("compounds.csv"), manifest.get("outputs").toString());
        String rerun = manifest.get("rerun").asText();
        assertTrue(rerun.contains(" --no-compounds"), "the rerun drops the switch: " + rerun);
        assertFalse(new ObjectMapper().readTree(full.resolve("manifest.json").toFile()).get("rerun").asText().contains("--no-compounds"));

        // the rerun, as the manifest gives it (its words hold no quotes), makes the same files
        List<String> again = new ArrayList<>(List.of(rerun.split(" ")));
        again.remove(0); // govsim
        Path second = tmp.resolve("second");
        again.addAll(List.of("--out", second.toString(), "--quiet"));
        Cli r = Cli.run(again.toArray(String[]::new));
        assertEquals(0, r.exitCode(), r.err());
        assertFalse(Files.exists(second.resolve("compounds.csv")), "the rerun wrote a compounds.csv the original does not have");
        assertEquals(Files.readString(lean.resolve("runs.csv")), Files.readString(second.resolve("runs.csv")));
    }

    /** {@code slurm --no-compounds}: every array task runs with the switch (a huge batch is what SLURM is for). */
    @Test
    void slurmPassesTheSwitchToEveryTask() throws Exception {
        Path scenario = tmp.resolve("tiny.yaml");
        Files.writeString(scenario, """
                name: tiny
                run:
                  days: 30
                district:
                  compounds: 5
                experiment:
                  design: FACTORIAL
                  replications: 1
                  policies:
                    levels.branch.coverage: [0.1, 0.9]
                """);
        for (boolean lean : new boolean[] {false, true}) {
            Path out = tmp.resolve("slurm-" + lean);
            List<String> a = new ArrayList<>(List.of("slurm", scenario.toString(), "--shards", "2", "--out", out.toString(), "--launcher",
                    "launch"));
            if (lean) {
                a.add("--no-compounds");
            }
            Cli r = Cli.run(a.toArray(String[]::new));
            assertEquals(0, r.exitCode(), r.err());
            String task = taskLine(Files.readString(out.resolve("slurm/array.sbatch")));
            assertEquals(lean, List.of(task.split(" ")).contains("'--no-compounds'"), task);
        }
    }

    private static String taskLine(String script) {
        return script.lines().filter(l -> l.startsWith("launch 'run' ")).findFirst().orElseThrow(() -> new AssertionError(script));
    }
}
