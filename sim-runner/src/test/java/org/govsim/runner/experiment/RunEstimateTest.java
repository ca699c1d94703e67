package org.govsim.runner.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 17, item 17: estimates that agree with each other. The estimate of a batch is the sum of its runs' costs,
 * so a resume of half the runs is estimated at half a fresh batch (one pilot, one rule, whatever was done before),
 * and more threads than the machine's processors do not shorten it.
 */
class RunEstimateTest {
    @TempDir
    Path tmp;

    @Test
    void aResumeOfHalfTheRunsIsEstimatedAtHalfAFreshBatch() throws Exception {
        ExperimentPlan plan = ExperimentPlan.of(TinyExperiments.load(TinyExperiments.factorial(tmp, 10)), 1);
        RunEstimate e = RunEstimate.pilot(plan);
        long[] all = LongStream.range(0, plan.totalRuns()).toArray();
        long[] half = LongStream.range(0, plan.totalRuns()).filter(id -> id % 2 == 1).toArray();
        double fresh = e.seconds(plan, all, 1);
        assertTrue(fresh > 0);
        // the two points of each policy differ in patience only, not in size: each run costs the same
        assertEquals(fresh / 2, e.seconds(plan, half, 1), fresh * 1e-9);
        int cores = Runtime.getRuntime().availableProcessors();
        assertEquals(e.seconds(plan, all, cores), e.seconds(plan, all, cores * 4), fresh * 1e-9, "threads beyond the processors do not help");
    }
}
