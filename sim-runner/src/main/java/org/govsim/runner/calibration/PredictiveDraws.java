package org.govsim.runner.calibration;

import java.util.Arrays;
import java.util.List;

/**
 * The targets' simulated values as weighted draws: every replication of every particle of the posterior, each with
 * its particle's weight shared among its replications (the posterior predictive of one run), or, for
 * {@code --check}, the scenario's replications with equal weights.
 */
final class PredictiveDraws {
    private PredictiveDraws() {
    }

    /** Draws of target k from the population's particles. */
    static WeightedDraws of(Population posterior, int k) {
        double[] w = posterior.normalisedWeights();
        List<Particle> particles = posterior.particles();
        int reps = particles.get(0).values()[k].length;
        double[] values = new double[particles.size() * reps];
        double[] weights = new double[values.length];
        for (int p = 0; p < particles.size(); p++) {
            for (int r = 0; r < reps; r++) {
                values[p * reps + r] = particles.get(p).values()[k][r];
                weights[p * reps + r] = w[p] / reps;
            }
        }
        return new WeightedDraws(values, weights);
    }

    /** Draws of target k from replications of one point, equally weighted. */
    static WeightedDraws of(double[][] values, int k) {
        double[] weights = new double[values[k].length];
        Arrays.fill(weights, 1.0);
        return new WeightedDraws(values[k], weights);
    }
}
