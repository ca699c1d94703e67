package org.govsim.runner.analysis;

import java.util.Arrays;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.stat.ranking.NaNStrategy;
import org.apache.commons.math3.stat.ranking.NaturalRanking;
import org.apache.commons.math3.stat.ranking.TiesStrategy;

/**
 * Two-sided rank tests that give the same statistic and p-value as R's {@code wilcox.test} with its defaults
 * (Hollander and Wolfe 1973, "Nonparametric Statistical Methods", §3.1 and §4.1; R's stats::wilcox.test):
 * <ul>
 * <li>{@link #signedRank}, Wilcoxon's signed-rank test of paired differences: zero differences are dropped,
 *     V is the sum of the ranks of |d| (ties get their average rank) over the positive differences;</li>
 * <li>{@link #rankSum}, Wilcoxon's rank-sum test, i.e. the Mann–Whitney U test: W = (sum of the ranks of x in the
 *     pooled sample) − nₓ(nₓ + 1)/2, the number of pairs (xᵢ, yⱼ) with xᵢ &gt; yⱼ (ties count ½).</li>
 * </ul>
 * The p-value is exact (the statistic's null distribution counted by dynamic programming) when the samples
 * are under 50, without ties, and (signed rank) without zero differences; otherwise it is the normal
 * approximation with the variance corrected for ties and a continuity correction of ½, as R does.
 *
 * <p>Ranks come from commons-math3's {@link NaturalRanking} and normal probabilities from its
 * {@link NormalDistribution}. commons-math3's own {@code WilcoxonSignedRankTest} and {@code MannWhitneyUTest}
 * are not used for the p-values: the first enumerates all 2ⁿ sign patterns (impractical beyond n ≈ 20) and keeps
 * zero differences, the second has no exact distribution and corrects neither for ties nor for continuity, so
 * their p-values differ from R's; the tests check agreement where the methods coincide.
 *
 * @param statistic R's V (signed rank) or W (rank sum)
 * @param p         two-sided p-value; NaN when nothing varies (all differences zero, or all values tied)
 * @param exact     whether p is exact
 * @param n         values used: non-zero differences (signed rank) or nₓ + nᵧ (rank sum)
 */
public record RankTest(double statistic, double p, boolean exact, int n) {
    private static final int EXACT_BELOW = 50;
    private static final NormalDistribution NORMAL = new NormalDistribution(null, 0, 1);

    /** Wilcoxon's signed-rank test of x − y, paired; pairs with a NaN are left out. */
    public static RankTest signedRank(double[] x, double[] y) {
        return signedRankOfDifferences(Samples.differences(x, y));
    }

    /** Wilcoxon's signed-rank test that the differences are symmetric about zero. */
    public static RankTest signedRankOfDifferences(double[] differences) {
        double[] d = Samples.defined(differences);
        boolean zeros = Arrays.stream(d).anyMatch(v -> v == 0);
        d = Arrays.stream(d).filter(v -> v != 0).toArray();
        int n = d.length;
        if (n == 0) {
            return new RankTest(0, Double.NaN, false, 0);
        }
        double[] abs = Arrays.stream(d).map(Math::abs).toArray();
        double[] ranks = rank(abs);
        double v = 0;
        for (int i = 0; i < n; i++) {
            if (d[i] > 0) {
                v += ranks[i];
            }
        }
        double tieTerm = tieTerm(ranks);
        if (n < EXACT_BELOW && tieTerm == 0 && !zeros) {
            double[] counts = signedRankCounts(n);
            return new RankTest(v, twoSidedExact(counts, (int) v, n * (n + 1) / 4.0), true, n);
        }
        double z = v - n * (n + 1) / 4.0;
        double sigma = Math.sqrt(n * (n + 1) * (2.0 * n + 1) / 24 - tieTerm / 48);
        return new RankTest(v, twoSidedNormal(z, sigma), false, n);
    }

    /** Wilcoxon's rank-sum (Mann–Whitney U) test of x against y, unpaired; NaN values are left out. */
    public static RankTest rankSum(double[] x, double[] y) {
        double[] a = Samples.defined(x);
        double[] b = Samples.defined(y);
        int nx = a.length;
        int ny = b.length;
        if (nx == 0 || ny == 0) {
            throw new IllegalArgumentException("a rank-sum test needs a value in each sample, got " + nx + " and " + ny);
        }
        double[] pooled = new double[nx + ny];
        System.arraycopy(a, 0, pooled, 0, nx);
        System.arraycopy(b, 0, pooled, nx, ny);
        double[] ranks = rank(pooled);
        double w = -nx * (nx + 1) / 2.0;
        for (int i = 0; i < nx; i++) {
            w += ranks[i];
        }
        double tieTerm = tieTerm(ranks);
        if (nx < EXACT_BELOW && ny < EXACT_BELOW && tieTerm == 0) {
            double[] counts = rankSumCounts(nx, ny);
            return new RankTest(w, twoSidedExact(counts, (int) w, nx * (double) ny / 2), true, nx + ny);
        }
        int n = nx + ny;
        double z = w - nx * (double) ny / 2;
        double sigma = Math.sqrt(nx * (double) ny / 12 * ((n + 1) - tieTerm / ((double) n * (n - 1))));
        return new RankTest(w, twoSidedNormal(z, sigma), false, n);
    }

    /**
     * The smallest two-sided p-value the exact signed-rank test can give with n non-zero differences, 2/2ⁿ (all of
     * one sign): with 6 pairs 0.031, so that after an adjustment for even two tests it can never pass 5%.
     */
    public static double smallestSignedRankP(int n) {
        return Math.min(1, 2 / Math.pow(2, n));
    }

    /** The smallest two-sided p-value the exact rank-sum test can give, 2 / C(nₓ + nᵧ, nₓ) (the samples fully apart). */
    public static double smallestRankSumP(int nx, int ny) {
        double arrangements = 1;
        for (int k = 1; k <= Math.min(nx, ny); k++) {
            arrangements = arrangements * (nx + ny - Math.min(nx, ny) + k) / k;
        }
        return Math.min(1, 2 / arrangements);
    }

    private static double[] rank(double[] values) {
        return new NaturalRanking(NaNStrategy.FAILED, TiesStrategy.AVERAGE).rank(values);
    }

    /** Σ(t³ − t) over groups of t tied ranks. */
    private static double tieTerm(double[] ranks) {
        double[] sorted = ranks.clone();
        Arrays.sort(sorted);
        double sum = 0;
        int i = 0;
        while (i < sorted.length) {
            int j = i;
            while (j + 1 < sorted.length && sorted[j + 1] == sorted[i]) {
                j++;
            }
            double t = j - i + 1;
            sum += t * t * t - t;
            i = j + 1;
        }
        return sum;
    }

    /** p = min(1, 2·P(S ≥ s)) when s is above the null mean, else min(1, 2·P(S ≤ s)), from counts of each value of S. */
    private static double twoSidedExact(double[] counts, int s, double nullMean) {
        double total = 0;
        double tail = 0;
        for (int k = 0; k < counts.length; k++) {
            total += counts[k];
            if (s > nullMean ? k >= s : k <= s) {
                tail += counts[k];
            }
        }
        return Math.min(1, 2 * tail / total);
    }

    /** z with a continuity correction of ½ toward zero, two-sided; NaN when the variance is zero. */
    private static double twoSidedNormal(double z, double sigma) {
        if (!(sigma > 0)) {
            return Double.NaN;
        }
        double corrected = (z - Math.signum(z) * 0.5) / sigma;
        return Math.min(1, 2 * NORMAL.cumulativeProbability(-Math.abs(corrected)));
    }

    /** counts[s] = number of subsets of {1, …, n} whose sum is s: the null distribution of V times 2ⁿ. */
    static double[] signedRankCounts(int n) {
        int max = n * (n + 1) / 2;
        double[] c = new double[max + 1];
        c[0] = 1;
        for (int j = 1; j <= n; j++) {
            for (int s = max; s >= j; s--) {
                c[s] += c[s - j];
            }
        }
        return c;
    }

    /**
     * counts[u] = number of nₓ-subsets of the ranks {1, …, nₓ + nᵧ} whose sum is u + nₓ(nₓ + 1)/2: the null
     * distribution of W times C(nₓ + nᵧ, nₓ).
     */
    static double[] rankSumCounts(int nx, int ny) {
        int n = nx + ny;
        int maxSum = n * (n + 1) / 2;
        double[][] c = new double[nx + 1][maxSum + 1];
        c[0][0] = 1;
        for (int j = 1; j <= n; j++) {
            for (int k = Math.min(j, nx); k >= 1; k--) {
                for (int s = maxSum; s >= j; s--) {
                    c[k][s] += c[k - 1][s - j];
                }
            }
        }
        int offset = nx * (nx + 1) / 2;
        return Arrays.copyOfRange(c[nx], offset, offset + nx * ny + 1);
    }
}
