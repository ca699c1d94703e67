package org.govsim.runner.calibration;

import java.util.List;

/**
 * The particles a generation keeps (the posterior after it) and how the generation went.
 *
 * @param generation  1 for the draws from the prior
 * @param tolerance   the largest distance kept: the generation's ε
 * @param acceptance  the share of the generation's new proposals within the previous tolerance (NaN for the first)
 * @param boxMass     the share of the proposal kernel's mass inside the prior box (1 for the first generation)
 * @param simulations the proposals the generation simulated
 * @param particles   the kept particles, closest first
 */
public record Population(int generation, double tolerance, double acceptance, double boxMass, int simulations,
                         List<Particle> particles) {

    public Population {
        particles = List.copyOf(particles);
    }

    /** The weights scaled to sum to 1, in particle order. */
    public double[] normalisedWeights() {
        double sum = 0;
        for (Particle p : particles) {
            sum += p.weight();
        }
        double[] w = new double[particles.size()];
        for (int i = 0; i < w.length; i++) {
            w[i] = particles.get(i).weight() / sum;
        }
        return w;
    }

    /** Kish's effective sample size of the weights, (Σw)² / Σw². */
    public double effectiveSize() {
        double sq = 0;
        for (double w : normalisedWeights()) {
            sq += w * w;
        }
        return 1 / sq;
    }

    /** The weighted mean of each parameter. */
    public double[] mean() {
        double[] w = normalisedWeights();
        double[] m = new double[dimensions()];
        for (int i = 0; i < w.length; i++) {
            double[] th = particles.get(i).theta();
            for (int k = 0; k < m.length; k++) {
                m[k] += w[i] * th[k];
            }
        }
        return m;
    }

    /** The weighted covariance, Σ w̃ (θ − μ)(θ − μ)ᵀ. */
    public double[][] covariance() {
        double[] w = normalisedWeights();
        double[] m = mean();
        int d = dimensions();
        double[][] c = new double[d][d];
        for (int i = 0; i < w.length; i++) {
            double[] th = particles.get(i).theta();
            for (int a = 0; a < d; a++) {
                for (int b = 0; b <= a; b++) {
                    c[a][b] += w[i] * (th[a] - m[a]) * (th[b] - m[b]);
                }
            }
        }
        for (int a = 0; a < d; a++) {
            for (int b = a + 1; b < d; b++) {
                c[a][b] = c[b][a];
            }
        }
        return c;
    }

    public int dimensions() {
        return particles.isEmpty() ? 0 : particles.get(0).theta().length;
    }
}
