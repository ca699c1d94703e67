package org.govsim.runner.calibration;

import ec.util.MersenneTwisterFast;
import java.util.List;

/** Models with a posterior known in closed form, each a {@link Simulator} drawing only from the seeds it is given. */
final class ToyModels {
    private ToyModels() {
    }

    /**
     * One normal observation of a mean: each replication gives μ + √R·z, so the mean of R replications is N(μ, 1).
     * With the target {value y, sd 1} and a uniform prior far wider than 1 around y, the posterior is N(y, 1), and the
     * ABC posterior at tolerance ε is N(y, 1) convolved with U(−ε, ε): mean y, variance 1 + ε²/3.
     */
    static Simulator normalMean(int replications) {
        double spread = Math.sqrt(replications);
        return (theta, seeds) -> {
            double[][] v = new double[1][seeds.length];
            for (int r = 0; r < seeds.length; r++) {
                v[0][r] = theta[0] + spread * new MersenneTwisterFast(seeds[r]).nextGaussian();
            }
            return v;
        };
    }

    /**
     * Two parameters seen through their sum and their difference, with noise of sd s1 and s2: s = Aθ + e with
     * A = [[1, 1], [1, −1]]. Under a wide uniform prior, with targets (y1 ± s1, y2 ± s2), the posterior is normal with
     * mean A⁻¹y and covariance A⁻¹ diag(s1², s2²) A⁻ᵀ = ¼ [[s1² + s2², s1² − s2²], [s1² − s2², s1² + s2²]]; at
     * tolerance ε the ABC posterior adds a uniform ball of radius ε in the standardised summaries, which scales that
     * covariance by 1 + ε²/4.
     */
    static Simulator sumAndDifference(double s1, double s2) {
        return (theta, seeds) -> {
            double[][] v = new double[2][seeds.length];
            for (int r = 0; r < seeds.length; r++) {
                MersenneTwisterFast rng = new MersenneTwisterFast(seeds[r]);
                v[0][r] = theta[0] + theta[1] + s1 * rng.nextGaussian();
                v[1][r] = theta[0] - theta[1] + s2 * rng.nextGaussian();
            }
            return v;
        };
    }

    static List<Prior> box(String name, double min, double max) {
        return List.of(new Prior(name, min, max, false, 0));
    }
}
