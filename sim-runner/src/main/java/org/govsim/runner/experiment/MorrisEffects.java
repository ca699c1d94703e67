package org.govsim.runner.experiment;

/**
 * The elementary effects of each factor along Morris trajectories and their summaries (Morris 1991; μ* of
 * Campolongo, Cariboni and Saltelli 2007, Environ. Model. Softw. 22:1509). An effect is the change of the output
 * between two consecutive points of a trajectory divided by the move Δ in unit coordinates, so it reads as the
 * change over the factor's whole range if the output were linear in it. Per factor: μ, the mean effect (effects
 * of opposite signs cancel); μ*, the mean absolute effect, which ranks factors by influence; σ, the standard
 * deviation of the effects (n − 1 denominator), which is 0 for a factor whose effect is linear and additive and
 * large for one that acts non-linearly or through interactions. An effect whose two outputs are not finite (a
 * failed point) is left out and {@link #effects(int)} counts those kept.
 */
public final class MorrisEffects {
    private final double[] mu;
    private final double[] muStar;
    private final double[] sigma;
    private final int[] n;

    private MorrisEffects(double[] mu, double[] muStar, double[] sigma, int[] n) {
        this.mu = mu;
        this.muStar = muStar;
        this.sigma = sigma;
        this.n = n;
    }

    /** @param y the output at each point of {@code paths}, in its order (point m of trajectory t at t(k + 1) + m) */
    public static MorrisEffects of(MorrisTrajectories paths, double[] y) {
        int k = paths.factors();
        int r = paths.trajectories();
        if (y.length != r * (k + 1)) {
            throw new IllegalArgumentException("expected " + r * (k + 1) + " outputs (" + r + " trajectories of " + (k + 1) + " points), got "
                    + y.length);
        }
        double[][] effects = new double[k][r];
        int[] n = new int[k];
        for (int t = 0; t < r; t++) {
            for (int m = 1; m <= k; m++) {
                double before = y[t * (k + 1) + m - 1];
                double after = y[t * (k + 1) + m];
                if (Double.isFinite(before) && Double.isFinite(after)) {
                    int j = paths.factorAt(t, m);
                    effects[j][n[j]++] = (after - before) / paths.stepAt(t, m);
                }
            }
        }
        double[] mu = new double[k];
        double[] muStar = new double[k];
        double[] sigma = new double[k];
        for (int j = 0; j < k; j++) {
            double sum = 0;
            double abs = 0;
            for (int i = 0; i < n[j]; i++) {
                sum += effects[j][i];
                abs += Math.abs(effects[j][i]);
            }
            mu[j] = n[j] == 0 ? Double.NaN : sum / n[j];
            muStar[j] = n[j] == 0 ? Double.NaN : abs / n[j];
            double ss = 0;
            for (int i = 0; i < n[j]; i++) {
                ss += (effects[j][i] - mu[j]) * (effects[j][i] - mu[j]);
            }
            sigma[j] = n[j] < 2 ? Double.NaN : Math.sqrt(ss / (n[j] - 1));
        }
        return new MorrisEffects(mu, muStar, sigma, n);
    }

    public double mu(int factor) {
        return mu[factor];
    }

    public double muStar(int factor) {
        return muStar[factor];
    }

    public double sigma(int factor) {
        return sigma[factor];
    }

    /** How many effects of the factor were computed: one per trajectory, less those with a failed point. */
    public int effects(int factor) {
        return n[factor];
    }
}
