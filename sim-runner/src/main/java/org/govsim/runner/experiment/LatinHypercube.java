package org.govsim.runner.experiment;

import java.util.SplittableRandom;

/**
 * Latin hypercube sample of the unit cube (McKay, Beckman and Conover 1979): each of the k dimensions is cut
 * into n equal strata, every stratum holds exactly one of the n points, a uniform position inside it, and the
 * strata are paired across dimensions by independent random permutations.
 */
public final class LatinHypercube {
    private LatinHypercube() {
    }

    /** n points of k coordinates in [0, 1), drawn from {@code random}. */
    public static double[][] sample(int n, int k, SplittableRandom random) {
        double[][] u = new double[n][k];
        for (int j = 0; j < k; j++) {
            int[] perm = new int[n];
            for (int i = 0; i < n; i++) {
                perm[i] = i;
            }
            for (int i = n - 1; i > 0; i--) {      // Fisher-Yates
                int s = random.nextInt(i + 1);
                int t = perm[i];
                perm[i] = perm[s];
                perm[s] = t;
            }
            for (int i = 0; i < n; i++) {
                u[i][j] = (perm[i] + random.nextDouble()) / n;
            }
        }
        return u;
    }
}
