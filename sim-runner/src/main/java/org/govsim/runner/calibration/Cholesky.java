package org.govsim.runner.calibration;

import java.util.Arrays;

/**
 * A multivariate normal kernel N(0, Σ) through the Cholesky factor L of Σ (Σ = L Lᵀ): moves (x + L z) and
 * densities. A population that has collapsed in some direction gives a singular Σ; a ridge of a tiny share of each
 * prior's width squared is then added, so the kernel still moves and its density stays finite.
 */
final class Cholesky {
    private final double[][] l;
    private final double normaliser;

    private Cholesky(double[][] l) {
        this.l = l;
        double logDet = 0;
        for (int k = 0; k < l.length; k++) {
            logDet += Math.log(l[k][k]);
        }
        // (2π)^(-d/2) |Σ|^(-1/2), with |Σ|^(1/2) = Π L_kk
        this.normaliser = Math.exp(-0.5 * l.length * Math.log(2 * Math.PI) - logDet);
    }

    static Cholesky of(double[][] sigma, PriorBox box) {
        double[][] l = factor(sigma);
        for (double ridge = 1e-12; l == null; ridge *= 100) {
            if (ridge > 1) {
                throw new IllegalStateException("the kernel covariance cannot be factored: " + Arrays.deepToString(sigma));
            }
            double[][] s = new double[sigma.length][];
            for (int a = 0; a < sigma.length; a++) {
                s[a] = sigma[a].clone();
                double w = box.priors().get(a).width();
                s[a][a] += ridge * w * w;
            }
            l = factor(s);
        }
        return new Cholesky(l);
    }

    /** The lower factor, or null when sigma is not positive definite. */
    private static double[][] factor(double[][] sigma) {
        int d = sigma.length;
        double[][] l = new double[d][d];
        for (int i = 0; i < d; i++) {
            for (int j = 0; j <= i; j++) {
                double s = sigma[i][j];
                for (int k = 0; k < j; k++) {
                    s -= l[i][k] * l[j][k];
                }
                if (i == j) {
                    if (!(s > 0)) {
                        return null;
                    }
                    l[i][i] = Math.sqrt(s);
                } else {
                    l[i][j] = s / l[j][j];
                }
            }
        }
        return l;
    }

    /** from + L z */
    double[] shift(double[] from, double[] z) {
        double[] x = from.clone();
        for (int i = 0; i < x.length; i++) {
            for (int k = 0; k <= i; k++) {
                x[i] += l[i][k] * z[k];
            }
        }
        return x;
    }

    /** The density of N(centre, Σ) at x. */
    double density(double[] x, double[] centre) {
        int d = x.length;
        double[] y = new double[d];
        double q = 0;
        for (int i = 0; i < d; i++) {
            double s = x[i] - centre[i];
            for (int k = 0; k < i; k++) {
                s -= l[i][k] * y[k];
            }
            y[i] = s / l[i][i];
            q += y[i] * y[i];
        }
        return normaliser * Math.exp(-0.5 * q);
    }
}
