package org.govsim.runner.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.govsim.model.metrics.RunResult;
import org.govsim.runner.experiment.ReplicationSeeds;
import org.govsim.runner.experiment.RunOutcome;
import org.govsim.runner.experiment.RunSpec;
import org.govsim.runner.experiment.ExperimentPlan;
import org.govsim.runner.experiment.RunRows;
import org.govsim.runner.scenario.Scenario;
import java.util.Map;
import org.govsim.runner.scenario.ScenarioException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code govsim gui --replay DIR --run N} watches exactly replication N of the batch in DIR. */
class GuiReplayTest {
    @TempDir
    Path tmp;

    @Test
    void aReplayedRunGivesItsRowOfRunsCsv() throws Exception {
        Path out = tmp.resolve("batch");
        GuiFixtures.Result batch = GuiFixtures.govsim("run", GuiFixtures.baselineFile().toString(), "--out", out.toString(),
                "--seed", "11", "--replications", "3", "--days", "120", "--set", "district.compounds=30",
                "--set", "run.burnInDays=60", "--quiet");
        assertEquals(0, batch.exitCode(), batch.err());

        GuiRun run = ReplaySource.load(out, 2);
        assertEquals(ReplicationSeeds.seed(11, 2), run.seed());
        assertTrue(run.title().contains("run 2"), run.title());
        java.io.PrintStream saved = System.out;
        java.io.ByteArrayOutputStream said = new java.io.ByteArrayOutputStream();
        RunResult watched;
        try {
            System.setOut(new java.io.PrintStream(said, true, java.nio.charset.StandardCharsets.UTF_8));
            watched = GuiDeterminismTest.watch(new DistrictWithUI(run), run.seed());
        } finally {
            System.setOut(saved);
        }
        assertTrue(said.toString(java.nio.charset.StandardCharsets.UTF_8).contains(
                "the replay of run 2 ended as the batch did: all 30 compounds' figures equal compounds.csv"), said.toString());

        // the row the batch wrote for run 2, and the row the watched run would write
        List<String> written = Files.readAllLines(out.resolve("runs.csv"));
        ExperimentPlan plan = ExperimentPlan.replications(new Scenario("baseline", "", null, List.of(), run.values(), Map.of()), 11, 3,
                List.of("run.days", "district.compounds", "run.burnInDays"));
        RunSpec spec = plan.run(2);
        List<String> metrics = List.copyOf(watched.summary().keySet());
        assertEquals(written.get(0), RunRows.runsHeader(plan, metrics).strip(), "same columns");
        assertEquals(written.get(3), RunRows.runsRow(plan, new RunOutcome(spec, watched, null), metrics).strip(),
                "run 2's figures, to the last digit");
    }

    @Test
    void aReplayThatEndsOtherwiseThanItsBatchSaysWhere() throws Exception {
        Path out = tmp.resolve("batch");
        GuiFixtures.Result batch = GuiFixtures.govsim("run", GuiFixtures.baselineFile().toString(), "--out", out.toString(),
                "--replications", "2", "--days", "30", "--set", "district.compounds=10", "--set", "run.burnInDays=0", "--quiet");
        assertEquals(0, batch.exitCode(), batch.err());
        Path csv = out.resolve("compounds.csv");
        List<String> lines = Files.readAllLines(csv);
        String header = lines.get(0);
        int households = List.of(header.split(",")).indexOf("households");
        // run 1's compound 3: its households cell changed, as another version of the model would have written it
        int row = 1 + 10 + 3;
        String[] cells = lines.get(row).split(",", -1);
        String before = cells[households];
        cells[households] = "999999";
        lines.set(row, String.join(",", cells));
        Files.write(csv, lines);

        GuiRun run = ReplaySource.load(out, 1);
        RunResult result = GuiRun.build(run.seed(), run.values(), run.title()).run();
        assertEquals("the replay of run 1 differs from the batch: compound 3, households is " + before + ", the batch wrote 999999",
                run.replay().verdict(result.compounds()));
        assertTrue(ReplaySource.load(out, 0).replay().verdict(result.compounds()).contains("differs"), "run 0 is another run");
    }

    @Test
    void aMissingRunOrAnEditedScenarioIsRefusedWithTheReason() throws Exception {
        Path out = tmp.resolve("batch");
        GuiFixtures.Result batch = GuiFixtures.govsim("run", GuiFixtures.baselineFile().toString(), "--out", out.toString(),
                "--replications", "2", "--days", "30", "--set", "district.compounds=10", "--set", "run.burnInDays=0", "--quiet");
        assertEquals(0, batch.exitCode(), batch.err());

        ScenarioException noRun = assertThrows(ScenarioException.class, () -> ReplaySource.load(out, 5));
        assertTrue(noRun.getMessage().contains("has no run 5; its runs: 0, 1"), noRun.getMessage());

        Path yaml = out.resolve("scenario.resolved.yaml");
        Files.writeString(yaml, Files.readString(yaml).replace("compounds: 10", "compounds: 11"));
        ScenarioException edited = assertThrows(ScenarioException.class, () -> ReplaySource.load(out, 0));
        assertTrue(edited.getMessage().contains("district.compounds: is 11 but the batch ran with 10"), edited.getMessage());

        ScenarioException notABatch = assertThrows(ScenarioException.class, () -> ReplaySource.load(tmp, 0));
        assertTrue(notABatch.getMessage().contains("manifest.json: not found"), notABatch.getMessage());
    }
}
