package org.govsim.runner.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import org.govsim.model.District;
import org.govsim.model.ModelConfig;
import org.govsim.model.metrics.RunResult;
import org.govsim.runner.scenario.Scenario;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import sim.engine.SimState;

/**
 * A run saved mid-way (MASON's checkpoint: the whole district serialised) and reopened continues exactly as
 * the uninterrupted run, whether it is reopened from the Console's File menu or with {@code --checkpoint}.
 */
class GuiCheckpointTest {
    @TempDir
    Path tmp;

    private static void stepTo(DistrictWithUI gui, double day) {
        while (gui.district().schedule.getTime() < day) {
            assertTrue(gui.step());
        }
    }

    private static RunResult finish(DistrictWithUI gui) {
        while (gui.step()) {
            // day by day to the end of the observed window
        }
        assertTrue(gui.district().hasEnded());
        return gui.district().result();
    }

    private static File save(District district, File file) throws IOException {
        try (OutputStream out = new FileOutputStream(file)) {
            district.writeToCheckpoint(out);
        }
        return file;
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"property.contract=FLAT", "property.contract=LINKED"})
    void aRunSavedAtDay100AndReopenedEndsAsTheUninterruptedRun(String lever) throws Exception {
        Scenario scenario = GuiFixtures.smallBaseline(lever);
        GuiRun run = GuiRun.replication(scenario, 21, 1);
        RunResult uninterrupted = new District(run.seed(), new ModelConfig(scenario.values())).run();

        DistrictWithUI original = new DistrictWithUI(run);
        original.state.setSeed(run.seed());
        original.start();
        stepTo(original, 100);
        File file = save(original.district(), tmp.resolve("day100.checkpoint").toFile());
        assertEquals(uninterrupted, finish(original), "saving does not disturb the run");

        // reopened from the Console's File > Open
        DistrictWithUI other = new DistrictWithUI(GuiRun.replication(GuiFixtures.smallBaseline(), 99, 0));
        assertTrue(other.readNewStateFromCheckpoint(file));
        assertEquals(scenario.values(), other.nextParameters(), "the Model tab shows the reopened run's parameters");
        assertEquals(uninterrupted, finish(other));

        // reopened with govsim gui --checkpoint: the first Play continues it, even though the Console reseeds first
        District saved = (District) SimState.readFromCheckpoint(file);
        DistrictWithUI resumed = DistrictWithUI.resuming(saved, "day100.checkpoint");
        resumed.state.setSeed(12345);
        resumed.start();
        assertTrue(resumed.district().schedule.getTime() >= 100);
        assertEquals(uninterrupted, finish(resumed));
    }
}
