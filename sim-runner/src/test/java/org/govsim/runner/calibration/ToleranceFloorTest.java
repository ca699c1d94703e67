package org.govsim.runner.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.govsim.runner.experiment.Shard;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A model without noise of its own (the case of a simulated count against an article's figure, whose sd is the
 * figure's uncertainty, not the model's): θ is seen as it is, against the target 0 ± 1, under the prior U(−10, 10).
 * Kept within a tolerance ε the posterior is U(−ε, ε), sd ε/√3, whatever ε: without a floor ABC-SMC drives ε, and so
 * the posterior, towards a point, as if the figure were exact; `--min-tolerance 1` stops where the figure's own sd
 * is, and the posterior is then exact for a model error uniform within one sd (Wilkinson 2013).
 *
 * <p>Tolerance of the sd check: 400 particles, effective sample size about 270 (printed on failure); the sd of a
 * uniform's sample sd is sd·√((κ − 1)/(4n)) with kurtosis κ = 1.8, 2.7% at n = 270: 12% is more than four of them.
 */
class ToleranceFloorTest {
    private static final Simulator SEEN_AS_IT_IS = (theta, seeds) -> new double[][] {{theta[0]}};
    private static final List<Target> ZERO_PLUS_MINUS_ONE = List.of(Target.of("theta", new Observation.Point(0, 1)));

    @TempDir
    Path tmp;

    @Test
    void aFloorStopsAtTheFirstGenerationWithinItAndKeepsTheUniformPosteriorOfThatTolerance() throws Exception {
        AbcSmc.Result free = run("free", 0);
        AbcSmc.Result floored = run("floored", 1);
        List<Population> f = floored.populations();
        Population last = f.get(f.size() - 1);
        assertTrue(floored.stopReason().contains("reached the floor 1"), floored.stopReason());
        assertTrue(last.tolerance() <= 1, "stopped at tolerance " + last.tolerance());
        for (int g = 0; g < f.size() - 1; g++) {
            assertTrue(f.get(g).tolerance() > 1, "generation " + (g + 1) + " was already within the floor: " + f.get(g).tolerance());
        }
        // the floor decides when to stop, not what a generation holds
        for (int g = 0; g < f.size(); g++) {
            assertEquals(free.populations().get(g).tolerance(), f.get(g).tolerance(), 0.0, "generation " + (g + 1));
        }
        double expected = last.tolerance() / Math.sqrt(3);
        assertEquals(expected, Math.sqrt(last.covariance()[0][0]), 0.12 * expected,
                "posterior sd at tolerance " + last.tolerance() + ", effective sample " + last.effectiveSize());

        Population end = free.populations().get(free.populations().size() - 1);
        assertTrue(free.populations().size() > f.size(), "without the floor it goes on");
        assertTrue(Math.sqrt(end.covariance()[0][0]) < Math.sqrt(last.covariance()[0][0]) / 4,
                "without the floor the posterior shrinks towards a point: sd " + Math.sqrt(end.covariance()[0][0]) + " at tolerance "
                        + end.tolerance());
    }

    /** A folder run past the floor and resumed with it ends where the floor ends a fresh run, without simulating. */
    @Test
    void aFinishedFolderResumedUnderAFloorItPassedEndsAtTheFloor() throws Exception {
        AbcSmc.Result fresh = run("fresh", 1);
        run("long", 0);
        AbcSmc abc = new AbcSmc(new PriorBox(ToyModels.box("theta", -10, 10)), ZERO_PLUS_MINUS_ONE, (theta, seeds) -> {
            throw new AssertionError("nothing should be simulated");
        }, new AbcSmc.Settings(400, 12, 0.02, 1, 1, 11, 2));
        AbcSmc.Result resumed = abc.run(tmp.resolve("long"), "toy", true, Shard.ALL, AbcSmc.Listener.NONE);
        assertEquals(fresh.stopReason(), resumed.stopReason());
        assertEquals(PosteriorCsv.render(ToyModels.box("theta", -10, 10), fresh.populations()),
                PosteriorCsv.render(ToyModels.box("theta", -10, 10), resumed.populations()));
    }

    private AbcSmc.Result run(String dir, double floor) throws Exception {
        AbcSmc abc = new AbcSmc(new PriorBox(ToyModels.box("theta", -10, 10)), ZERO_PLUS_MINUS_ONE, SEEN_AS_IT_IS,
                new AbcSmc.Settings(400, 12, 0.02, floor, 1, 11, 2));
        AbcSmc.Result r = abc.run(tmp.resolve(dir), "toy", false, Shard.ALL, AbcSmc.Listener.NONE);
        assertTrue(r.finished());
        return r;
    }
}
