package org.govsim.runner.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 17: free space is checked against the batch's estimated outputs before the first run. {@code diskProblem}
 * refuses what the folder's file system cannot hold (and says what to lower), even for a folder not made yet; the
 * estimate it is given counts every table the batch writes, compounds.csv too; and a batch too big for the disk is
 * refused with exit 2 before anything runs or is written.
 */
class BatchBudgetTest {
    @TempDir
    Path tmp;

    @Test
    void aNeedBeyondTheFreeSpaceIsRefusedAndOneWellWithinItIsNot() throws IOException {
        Path notYet = tmp.resolve("a/b/c");
        long free = Files.getFileStore(tmp).getUsableSpace();
        // margins of a factor of 2 either side of the free space, so that other writers on this disk cannot flip the answer
        assertNull(BatchBudget.diskProblem(notYet, free / 2.2 / 4));
        String refused = BatchBudget.diskProblem(notYet, free / 2.2 * 2);
        assertTrue(refused != null && refused.contains("on disk") && refused.contains(tmp.toString()) && refused.contains("free")
                && refused.contains("lower the number of runs"), "names the folder it measured and what to lower: " + refused);
        assertFalse(Files.exists(notYet), "checking made no folder");
    }

    /**
     * The estimate (from the pilot run of point 0) against the bytes a real batch wrote: within a factor of 1.5 for the
     * tables together, with and without compounds.csv. The pilot runs 30 days and the batch 60, and rows differ only in
     * their digits, so the real error is a few per cent; 1.5 leaves room for that and still fails if a table is left out
     * (compounds.csv alone is over half this batch's bytes).
     */
    @Test
    void theEstimateCountsEveryTableTheBatchWrites() throws Exception {
        var scenario = TinyExperiments.load(TinyExperiments.factorial(tmp, 2));
        Path dir = tmp.resolve("batch");
        assertEquals(0, ExperimentRunTest.run(new ExperimentRun(), scenario, ExperimentRunTest.options(dir, 1, false, null)));
        ExperimentPlan plan = ExperimentPlan.of(scenario, 7);
        RunEstimate estimate = RunEstimate.pilot(plan);
        long tables = 0;
        for (String f : List.of("runs.csv", "timeseries.csv")) {
            tables += Files.size(dir.resolve(f));
        }
        long compounds = Files.size(dir.resolve(JournalAssembly.COMPOUNDS));
        assertTrue(compounds > tables, "compounds.csv is not the larger part here, so the test would not see it left out");
        double withCompounds = estimate.outputBytes(plan, plan.totalRuns(), true);
        double without = estimate.outputBytes(plan, plan.totalRuns(), false);
        assertWithin(tables + compounds, withCompounds, "runs.csv, timeseries.csv and compounds.csv");
        assertWithin(tables, without, "runs.csv and timeseries.csv (--no-compounds)");
    }

    private static void assertWithin(double actual, double estimated, String what) {
        assertTrue(estimated > actual / 1.5 && estimated < actual * 1.5, what + ": estimated " + estimated + " bytes, wrote " + actual);
    }

    @Test
    void aBatchTooBigForTheDiskIsRefusedBeforeItRuns() throws Exception {
        // a million replications of a century each: half a terabyte of timeseries rows, whatever disk the test runs on
        Path huge = TinyExperiments.write(tmp, "huge.yaml", """
                name: huge
                run:
                  days: 36500
                  burnInDays: 0
                district:
                  compounds: 3
                """);
        Path out = tmp.resolve("huge-out");
        ExperimentCli.Result r = ExperimentCli.call("run", huge.toString(), "-r", "1000000", "--out", out.toString(),
                "--quiet");
        assertEquals(2, r.exitCode(), r.err());
        assertTrue(r.err().contains("on disk") && r.err().contains("lower the number of runs"), r.err());
        assertFalse(r.err().contains("\tat "), r.err());
        assertFalse(Files.exists(out.resolve("runs.csv")) || Files.exists(out.resolve(PlanFile.NAME)), "nothing written");
    }
}
