package org.govsim.runner.calibration;

import ec.util.MersenneTwisterFast;
import java.util.List;

/**
 * The proposal of population Monte Carlo ABC (Beaumont, Cornuet, Marin & Robert 2009, "Adaptive approximate
 * Bayesian computation", Biometrika 96:983): pick a particle of the previous population by its weight, move it by a
 * Gaussian whose covariance is twice the population's weighted covariance, and start again (parent included) until
 * the point lies in the prior box. The proposal is thus the Gaussian mixture truncated to the box; its density is
 * the mixture's divided by the mixture's mass inside the box, {@link #boxMass}, which the weights must carry so
 * that particles of different generations, kept side by side as in Lenormand et al.'s algorithm, share one scale.
 */
final class Perturbation {
    /** Draws of the box mass estimate: its standard error is at most 0.5/sqrt(200,000) ≈ 0.0011. */
    static final int BOX_MASS_DRAWS = 200_000;
    /** Proposals tried before the kernel is declared to miss the box (a box mass below 1e-5). */
    private static final int MAX_ATTEMPTS = 100_000;

    private final PriorBox box;
    private final List<Particle> parents;
    private final double[] cumulative;
    private final double[] weights;
    private final Cholesky kernel;

    Perturbation(Population previous, PriorBox box) {
        this.box = box;
        this.parents = previous.particles();
        this.weights = previous.normalisedWeights();
        this.cumulative = new double[weights.length];
        double c = 0;
        for (int i = 0; i < weights.length; i++) {
            c += weights[i];
            cumulative[i] = c;
        }
        double[][] cov = previous.covariance();
        for (double[] row : cov) {
            for (int b = 0; b < row.length; b++) {
                row[b] *= 2;
            }
        }
        this.kernel = Cholesky.of(cov, box);
    }

    /** A proposal inside the box, drawn from {@code rng} alone. */
    double[] propose(MersenneTwisterFast rng) {
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            double[] theta = move(rng);
            if (box.contains(theta)) {
                return theta;
            }
        }
        throw new IllegalStateException("the perturbation kernel found no point inside the prior box in " + MAX_ATTEMPTS
                + " tries: the population sits outside the box");
    }

    private double[] move(MersenneTwisterFast rng) {
        double[] from = parents.get(pick(rng.nextDouble())).theta();
        int d = from.length;
        double[] z = new double[d];
        for (int k = 0; k < d; k++) {
            z[k] = rng.nextGaussian();
        }
        return kernel.shift(from, z);
    }

    private int pick(double u) {
        int lo = 0;
        int hi = cumulative.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cumulative[mid] > u) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }

    /** The share of the untruncated mixture inside the box, estimated from {@link #BOX_MASS_DRAWS} draws. */
    double boxMass(MersenneTwisterFast rng) {
        int inside = 0;
        for (int n = 0; n < BOX_MASS_DRAWS; n++) {
            if (box.contains(move(rng))) {
                inside++;
            }
        }
        return Math.max(inside, 1) / (double) BOX_MASS_DRAWS;
    }

    /** The untruncated mixture's density at theta, Σ w̃_j φ(theta − θ_j). */
    double mixtureDensity(double[] theta) {
        double sum = 0;
        for (int j = 0; j < weights.length; j++) {
            sum += weights[j] * kernel.density(theta, parents.get(j).theta());
        }
        return sum;
    }

    /**
     * The importance weight of a proposal, prior density over proposal density: π(θ) · boxMass / mixture(θ).
     * On this scale a draw from the prior (the first generation) has weight 1.
     */
    double weight(double[] theta, double boxMass) {
        return box.density() * boxMass / mixtureDensity(theta);
    }
}
