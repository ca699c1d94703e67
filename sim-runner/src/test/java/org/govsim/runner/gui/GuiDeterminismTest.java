package org.govsim.runner.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.govsim.model.District;
import org.govsim.model.ModelConfig;
import org.govsim.model.metrics.RunResult;
import org.govsim.runner.experiment.ReplicationSeeds;
import org.govsim.runner.scenario.Scenario;
import org.junit.jupiter.api.Test;

/**
 * The GUI runs the model headless runs run: a district the GUIState builds and steps day by day, as the Console
 * does, gives exactly the figures of {@code new District(seed, config).run()} (no display is needed: the
 * GUIState is used without its windows).
 */
class GuiDeterminismTest {

    /** Does what the Console does on Play and while playing: reseed, start, step until the run ends. */
    static RunResult watch(DistrictWithUI gui, long seed) {
        gui.state.setSeed(seed);
        gui.start();
        int steps = 0;
        while (gui.step()) {
            steps++;
        }
        assertTrue(gui.district().hasEnded(), "the GUI stops at the end of the observed window");
        assertTrue(steps > 0);
        RunResult result = gui.district().result();
        gui.finish();
        return result;
    }

    @Test
    void aReplicationWatchedInTheGuiGivesTheHeadlessFigures() throws Exception {
        Scenario scenario = GuiFixtures.smallBaseline();
        GuiRun run = GuiRun.replication(scenario, 7, 3);
        assertEquals(ReplicationSeeds.seed(7, 3), run.seed(), "replication i of base seed s, as govsim run seeds it");

        RunResult headless = new District(run.seed(), new ModelConfig(scenario.values())).run();
        RunResult watched = watch(new DistrictWithUI(run), run.seed());

        assertEquals(headless.summary(), watched.summary());
        assertEquals(headless.months(), watched.months());
        assertFalse(watched.months().isEmpty());
    }

    @Test
    void oneConsoleStepIsOneSimulatedDay() throws Exception {
        GuiRun run = GuiRun.replication(GuiFixtures.smallBaseline(), 1, 0);
        DistrictWithUI gui = new DistrictWithUI(run);
        gui.state.setSeed(run.seed());
        gui.start();
        for (int day = 1; day <= 45; day++) {
            assertTrue(gui.step());
            double t = gui.district().schedule.getTime();
            // each step runs the day's events and stops at the first event at or after the next midnight
            assertTrue(t >= day && t < day + 1, "after step " + day + " the time is " + t);
            assertEquals(t, gui.figures().day(), "the figures are refreshed after every day");
        }
        gui.finish();
    }

    @Test
    void stopThenPlayReplaysTheSameRunAndAChangedLeverAppliesAtTheNextPlay() throws Exception {
        GuiRun run = GuiRun.replication(GuiFixtures.smallBaseline(), 3, 0);
        DistrictWithUI gui = new DistrictWithUI(run);
        RunResult first = watch(gui, run.seed());
        assertEquals(first, watch(gui, run.seed()), "the same seed and parameters give the same run again");

        assertFalse(gui.setNextParameter("levels.branch.coverage", 1.5), "out of range: refused");
        assertTrue(gui.setNextParameter("levels.branch.coverage", 1.0));
        RunResult withBranches = watch(gui, run.seed());
        assertEquals(1.0, gui.district().config().core().world().branchCoverage());
        RunResult expected = new District(run.seed(), new ModelConfig(
                run.values().with("levels.branch.coverage", 1.0))).run();
        assertEquals(expected, withBranches);
        assertNotEquals(first.summary(), withBranches.summary());
    }
}
