package org.govsim.runner.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.govsim.runner.experiment.Shard;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sampler against models whose posterior is known in closed form ({@link ToyModels}), with 1000 particles.
 *
 * <p>Tolerances: the last population's effective sample size (Kish) is about 750 in one dimension and 130 in two
 * (the adaptive algorithm keeps old particles with their old weights, so it falls over the generations); the
 * standard error of a posterior mean is then sd/√ESS (0.04 sd and 0.09 sd), and of a posterior sd about
 * sd/√(2 ESS) (2.6% and 6%). Means are allowed 0.15 sd (1-D) and 0.25 sd (2-D), sds 10%, about three to four
 * standard errors with these fixed seeds. The sd check has power: the same runs with the importance weights
 * dropped (every weight 1) give sds 18% (1-D) and 14% (2-D) too small.
 */
class AbcSmcKnownPosteriorTest {
    @TempDir
    Path tmp;

    @Test
    void aNormalMeanUnderAWideUniformPriorHasTheNormalPosterior() throws Exception {
        // ȳ ~ N(μ, 1) (the mean of 2 replications of sd √2), observed 2.5, prior U(-10, 10): posterior N(2.5, 1)
        Population last = calibrate(ToyModels.box("mu", -10, 10), List.of(Target.of("ybar", new Observation.Point(2.5, 1))),
                ToyModels.normalMean(2), 2, 20);
        double eps = last.tolerance();
        double expectedSd = Math.sqrt(1 + eps * eps / 3);
        assertTrue(eps < 0.2, "the tolerance came down to " + eps);
        assertEquals(2.5, last.mean()[0], 0.15 * expectedSd, "posterior mean");
        assertEquals(expectedSd, Math.sqrt(last.covariance()[0][0]), 0.10 * expectedSd, "posterior sd");
    }

    @Test
    void aPosteriorCutByTheBoxIsTheTruncatedNormal() throws Exception {
        // observed 0.5 ± 1, prior U(0, 10): N(0.5, 1) truncated at 0, mean 0.5 + λ = 1.0092, sd √(1 + αλ − λ²) = 0.6972
        // with α = −0.5 and λ = φ(α)/(1 − Φ(α)) = 0.5092; the kernel keeps ~80% of its mass inside the box here
        Population last = calibrate(ToyModels.box("mu", 0, 10), List.of(Target.of("ybar", new Observation.Point(0.5, 1))),
                ToyModels.normalMean(1), 1, 20);
        assertTrue(last.boxMass() < 0.9, "the kernel's mass outside the box is " + (1 - last.boxMass()));
        assertEquals(1.0092, last.mean()[0], 0.15 * 0.6972, "posterior mean");
        assertEquals(0.6972, Math.sqrt(last.covariance()[0][0]), 0.10 * 0.6972, "posterior sd");
    }

    @Test
    void twoParametersSeenThroughTheirSumAndDifferenceHaveTheCorrelatedPosterior() throws Exception {
        // sum 3 ± 1, difference 1 ± 0.3: posterior mean (2, 1), sd √(1.09)/2 = 0.522 each, correlation 0.91/1.09 = 0.835;
        // the prior box has correlation 0, so the sampler must find the ridge
        List<Prior> priors = List.of(new Prior("a", -10, 10, false, 0), new Prior("b", -10, 10, false, 0));
        List<Target> targets = List.of(Target.of("sum", new Observation.Point(3, 1)), Target.of("difference", new Observation.Point(1, 0.3)));
        Population last = calibrate(priors, targets, ToyModels.sumAndDifference(1, 0.3), 1, 30);
        double eps = last.tolerance();
        double sd = Math.sqrt(1.09) / 2 * Math.sqrt(1 + eps * eps / 4);
        double[][] c = last.covariance();
        assertTrue(eps < 0.8, "the tolerance came down to " + eps);
        assertEquals(2, last.mean()[0], 0.25 * sd, "posterior mean of a");
        assertEquals(1, last.mean()[1], 0.25 * sd, "posterior mean of b");
        assertEquals(sd, Math.sqrt(c[0][0]), 0.10 * sd, "posterior sd of a");
        assertEquals(sd, Math.sqrt(c[1][1]), 0.10 * sd, "posterior sd of b");
        assertEquals(0.835, c[0][1] / Math.sqrt(c[0][0] * c[1][1]), 0.06, "posterior correlation");
    }

    private Population calibrate(List<Prior> priors, List<Target> targets, Simulator model, int replications, int generations)
            throws Exception {
        AbcSmc abc = new AbcSmc(new PriorBox(priors), targets, model, new AbcSmc.Settings(1000, generations, 0.05, replications, 7, 2));
        AbcSmc.Result r = abc.run(tmp, "toy", false, Shard.ALL, AbcSmc.Listener.NONE);
        assertTrue(r.finished());
        return r.populations().get(r.populations().size() - 1);
    }
}
