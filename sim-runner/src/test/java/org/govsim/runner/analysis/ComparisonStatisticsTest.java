package org.govsim.runner.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.math3.stat.inference.MannWhitneyUTest;
import org.apache.commons.math3.stat.inference.WilcoxonSignedRankTest;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The comparison's statistics against published values: R's output for its {@code sleep} data set (Student 1908:
 * extra hours of sleep under two drugs, ten patients) and for the examples of R's {@code ?wilcox.test} (Hollander
 * and Wolfe 1973), and values derived by hand from the formulas, with the derivation in the comment.
 */
class ComparisonStatisticsTest {
    /** R: sleep$extra[sleep$group == 1]. */
    static final double[] DRUG1 = {0.7, -1.6, -0.2, -1.2, -0.1, 3.4, 3.7, 0.8, 0.0, 2.0};
    /** R: sleep$extra[sleep$group == 2]. */
    static final double[] DRUG2 = {1.9, 0.8, 1.1, 0.1, -0.1, 4.4, 5.5, 1.6, 4.6, 3.4};

    @Nested
    class TTests {
        @Test
        void welchMatchesRsTTestOnSleep() {
            // R: t.test(extra ~ group, data = sleep)
            //   t = -1.8608, df = 17.776, p-value = 0.07939
            //   95 percent confidence interval: -3.3654832  0.2054832
            MeanDifference w = MeanDifference.welch(DRUG1, DRUG2);
            assertEquals(0.75 - 2.33, w.estimate(), 1e-12);
            assertEquals(-1.8608, w.t(), 1e-4);
            assertEquals(17.776, w.df(), 1e-3);
            assertEquals(0.07939, w.p(), 1e-5);
            assertEquals(-3.3654832, w.ciLow(), 1e-7);
            assertEquals(0.2054832, w.ciHigh(), 1e-7);
            assertFalse(w.paired());
        }

        @Test
        void pairedMatchesRsPairedTTestOnSleep() {
            // R: t.test(sleep$extra[1:10], sleep$extra[11:20], paired = TRUE)
            //   t = -4.0621, df = 9, p-value = 0.002833
            //   95 percent confidence interval: -2.4598858 -0.7001142; mean difference -1.58
            MeanDifference p = MeanDifference.paired(DRUG1, DRUG2);
            assertEquals(-1.58, p.estimate(), 1e-12);
            assertEquals(-4.0621, p.t(), 1e-4);
            assertEquals(9, p.df(), 0);
            assertEquals(0.002833, p.p(), 1e-6);
            assertEquals(-2.4598858, p.ciLow(), 1e-7);
            assertEquals(-0.7001142, p.ciHigh(), 1e-7);
        }

        @Test
        void pairsWithAnUndefinedValueAreLeftOut() {
            double[] x = {1, 2, Double.NaN, 4};
            double[] y = {0, 1, 5, 2};
            assertEquals(MeanDifference.ofDifferences(new double[] {1, 1, 2}), MeanDifference.paired(x, y));
        }

        @Test
        void noVariationGivesNoTestAndAZeroIntervalForEqualSamples() {
            MeanDifference same = MeanDifference.welch(new double[] {2, 2, 2}, new double[] {2, 2});
            assertEquals(0, same.ciLow());
            assertEquals(0, same.ciHigh());
            assertTrue(Double.isNaN(same.p()));
            assertThrows(IllegalArgumentException.class, () -> MeanDifference.welch(new double[] {1}, new double[] {1, 2}));
        }
    }

    @Nested
    class EffectSizes {
        @Test
        void cohensDOnSleepByHand() {
            // sd(drug1) = 1.789010, sd(drug2) = 2.002249; equal n: s_pooled = sqrt((1.789010^2 + 2.002249^2) / 2) = 1.898625
            // d = (0.75 - 2.33) / 1.898625 = -0.832181
            assertEquals(-0.832181, EffectSize.cohensD(DRUG1, DRUG2), 1e-6);
        }

        @Test
        void dzOnSleepIsTheMeanDifferenceOverItsSd() {
            // differences drug1 - drug2: mean -1.58, sd 1.229995; d_z = -1.284558 (and t = d_z * sqrt(10) = -4.0621, R's)
            assertEquals(-1.284558, EffectSize.dz(DRUG1, DRUG2), 1e-6);
            assertEquals(-4.0621, EffectSize.dz(DRUG1, DRUG2) * Math.sqrt(10), 1e-4);
        }
    }

    @Nested
    class RankTests {
        @Test
        void signedRankMatchesRsWilcoxTestOnSleepWithItsTieAndZero() {
            // R: wilcox.test(sleep$extra[1:10], sleep$extra[11:20], paired = TRUE)
            //   V = 0, p-value = 0.009091 (warnings: cannot compute exact p-value with ties / with zeroes)
            // by hand: the zero difference is dropped (n = 9), |d| ties at 1.3, sigma^2 = 9*10*19/24 - (2^3 - 2)/48 = 71.125,
            //   z = (0 - 22.5 + 0.5) / sqrt(71.125) = -2.60862, p = 2 * pnorm(-2.60862)
            RankTest r = RankTest.signedRank(DRUG1, DRUG2);
            assertEquals(0, r.statistic());
            assertEquals(9, r.n());
            assertFalse(r.exact());
            assertEquals(0.009091, r.p(), 1e-6);
        }

        @Test
        void signedRankIsExactWithoutTiesAsInRsExample() {
            // R's ?wilcox.test, Hollander & Wolfe p. 29, depression scale at first (x) and second (y) visit:
            // wilcox.test(x, y, paired = TRUE, alternative = "greater") gives V = 40, p-value = 0.01953;
            // two-sided it is twice that, 20/512 = 0.0390625
            double[] x = {1.83, 0.50, 1.62, 2.48, 1.68, 1.88, 1.55, 3.06, 1.30};
            double[] y = {0.878, 0.647, 0.598, 2.05, 1.06, 1.29, 1.06, 3.14, 1.29};
            RankTest r = RankTest.signedRank(x, y);
            assertEquals(40, r.statistic());
            assertTrue(r.exact());
            assertEquals(0.0390625, r.p(), 1e-12);
            // commons-math3 enumerates the same exact distribution here
            assertEquals(new WilcoxonSignedRankTest().wilcoxonSignedRankTest(x, y, true), r.p(), 1e-12);
        }

        @Test
        void signedRankOnSixtyDifferencesUsesTheNormalApproximationByHand() {
            // d = 1..60, negative where divisible by 7: V = 1830 - 7*(1+...+8) = 1578; E = 60*61/4 = 915,
            // sigma = sqrt(60*61*121/24) = 135.83998, z = (1578 - 915 - 0.5) / sigma = 4.877062, p = 2 * pnorm(-z) = 1.07678e-06
            double[] d = new double[60];
            for (int i = 1; i <= 60; i++) {
                d[i - 1] = i % 7 == 0 ? -i : i;
            }
            RankTest r = RankTest.signedRankOfDifferences(d);
            assertEquals(1578, r.statistic());
            assertFalse(r.exact());
            assertEquals(1.0767760e-06, r.p(), 1e-12);
        }

        @Test
        void rankSumMatchesRsWilcoxTestOnSleepWithTies() {
            // R: wilcox.test(extra ~ group, data = sleep): W = 25.5, p-value = 0.06933 (normal approximation: ties)
            RankTest r = RankTest.rankSum(DRUG1, DRUG2);
            assertEquals(25.5, r.statistic());
            assertFalse(r.exact());
            assertEquals(0.06933, r.p(), 1e-5);
        }

        @Test
        void rankSumIsExactWithoutTiesAsInRsExample() {
            // R's ?wilcox.test, Hollander & Wolfe p. 69: permeability constants of the human chorioamnion at term (x)
            // and at 12 to 26 weeks (y): wilcox.test(x, y, alternative = "g") gives W = 35, p-value = 0.1272;
            // two-sided it is twice that: 2 * 382/3003 = 0.2544123 (382 of the choose(15, 5) = 3003 arrangements have W >= 35)
            double[] x = {0.80, 0.83, 1.89, 1.04, 1.45, 1.38, 1.91, 1.64, 0.73, 1.46};
            double[] y = {1.15, 0.88, 0.90, 0.74, 1.21};
            RankTest r = RankTest.rankSum(x, y);
            assertEquals(35, r.statistic());
            assertTrue(r.exact());
            assertEquals(764.0 / 3003, r.p(), 1e-12);
            // commons-math3's U is max(W, nx*ny - W)
            assertEquals(new MannWhitneyUTest().mannWhitneyU(x, y), Math.max(r.statistic(), 50 - r.statistic()));
        }

        @Test
        void rankSumOfSeparatedSamplesByHand() {
            // by hand, as R's wilcox.test(1:3, 4:7) computes it: W = 0, and 1 of choose(7, 3) = 35 arrangements is as extreme
            // on each side: p = 2/35 = 0.05714
            RankTest r = RankTest.rankSum(new double[] {1, 2, 3}, new double[] {4, 5, 6, 7});
            assertEquals(0, r.statistic());
            assertEquals(2.0 / 35, r.p(), 1e-12);
        }

        @Test
        void rankSumOnSixtyAndSixtyUsesTheNormalApproximationByHand() {
            // x = 1..60, y = 11.5..70.5: W = 1225, E = 1800, sigma = sqrt(3600 * 121 / 12) = 190.52559,
            // z = (1225 - 1800 + 0.5) / sigma = -3.015343, p = 2 * pnorm(z) = 0.002566888
            double[] x = new double[60];
            double[] y = new double[60];
            for (int i = 0; i < 60; i++) {
                x[i] = i + 1;
                y[i] = i + 11.5;
            }
            RankTest r = RankTest.rankSum(x, y);
            assertEquals(1225, r.statistic());
            assertFalse(r.exact());
            assertEquals(0.002566888, r.p(), 1e-9);
        }

        @Test
        void exactNullDistributionsCountEveryArrangement() {
            // 2^n sign patterns; choose(nx + ny, nx) arrangements; both symmetric
            double[] v = RankTest.signedRankCounts(10);
            assertEquals(1024, java.util.Arrays.stream(v).sum());
            assertEquals(v[0], v[55]);
            double[] w = RankTest.rankSumCounts(3, 4);
            assertArrayEquals(new double[] {1, 1, 2, 3, 4, 4, 5, 4, 4, 3, 2, 1, 1}, w);
        }

        @Test
        void allZeroDifferencesGiveNoTest() {
            assertTrue(Double.isNaN(RankTest.signedRankOfDifferences(new double[] {0, 0, 0}).p()));
            assertTrue(Double.isNaN(RankTest.rankSum(new double[] {1, 1, 1}, new double[] {1, 1}).p()));
        }
    }

    @Nested
    class SmallestAttainableP {
        @Test
        void theSignedRankTestWithSixPairsCannotGoBelow0031() {
            // all six differences of one sign: the exact two-sided p is 2/2^6 = 0.03125, as R's wilcox.test(1:6) gives
            assertEquals(0.03125, RankTest.signedRankOfDifferences(new double[] {1, 2, 3, 4, 5, 6}).p(), 1e-15);
            assertEquals(0.03125, RankTest.smallestSignedRankP(6), 1e-15);
            assertEquals(2.0 / 252, RankTest.smallestRankSumP(5, 5), 1e-15);
            assertEquals(2.0 / 6, RankTest.smallestRankSumP(2, 2), 1e-15);
        }

        @Test
        void aRankCheckThatCannotPassAfterTheAdjustmentSaysSoAndDoesNotDecide() {
            RankCheck raw = RankCheck.raw("Wilcoxon signed-rank", RankTest.signedRankOfDifferences(new double[] {1, 2, 3, 4, 5, 6}),
                    RankTest.smallestSignedRankP(6));
            // 18 tests: 18 * 0.03125 = 0.5625 >= 0.05, whatever the data
            assertEquals(RankCheck.Status.TOO_FEW, raw.adjusted(new Simultaneous(18), true).status());
            // one test: it can pass, and with all six of one sign it agrees with an interval that excludes zero
            assertEquals(RankCheck.Status.AGREES, raw.adjusted(new Simultaneous(1), true).status());
            RankCheck weak = RankCheck.raw("Wilcoxon signed-rank", RankTest.signedRankOfDifferences(new double[] {5, 6, -1, 7, 8, 9, -2, 10}),
                    RankTest.smallestSignedRankP(8));
            // V = 33 of 36: exact two-sided p = 2 * 5/256 = 0.039; over two tests 0.078, while the interval excluded zero
            assertEquals(10.0 / 256, weak.p(), 1e-12);
            assertEquals(RankCheck.Status.DISAGREES, weak.adjusted(new Simultaneous(2), true).status(), weak.toString());
        }
    }

    @Nested
    class Skewness {
        @Test
        void adjustedFisherPearsonByHand() {
            // 1, 2, 3, 4, 100: mean 22, sd 43.6234; G1 = 5/(4*3) * sum(((x - 22)/43.6234)^3) = 2.232396
            assertEquals(2.232396, Samples.skewness(new double[] {1, 2, 3, 4, 100}), 1e-6);
            assertTrue(Samples.skewed(new double[] {1, 2, 3, 4, 100}));
            assertFalse(Samples.skewed(new double[] {1, 2, 3, 4, 5}));
            assertFalse(Samples.skewed(new double[] {1, 100}), "two values cannot show skew");
        }

        @Test
        void skewMustAlsoExceedTwiceItsStandardErrorSoThatFewReplicationsDoNotTriggerIt() {
            // SE(G1) = sqrt(6n(n-1) / ((n-2)(n+1)(n+3))): n = 10 -> sqrt(540/1144) = 0.687043; n = 4 -> sqrt(72/70) = 1.014185
            assertEquals(0.687043, Samples.skewnessStandardError(10), 1e-6);
            assertEquals(1.014185, Samples.skewnessStandardError(4), 1e-6);
            // 1, 2, 3, 10: mean 4, sd 4.0825; G1 = 4/(3*2) * sum(((x - 4)/4.0825)^3) = 1.763633 > 1 but below 2 SE = 2.03
            assertEquals(1.763633, Samples.skewness(new double[] {1, 2, 3, 10}), 1e-6);
            assertFalse(Samples.skewed(new double[] {1, 2, 3, 10}));
        }

        @Test
        void sleepDifferencesAreSkewedSoTheComparisonWouldUseTheRankTest() {
            // differences drug2 - drug1: 1.2 2.4 1.3 1.3 0 1 1.8 0.8 4.6 1.4 have G1 = 1.745550 (one patient gained 4.6 h)
            assertEquals(1.745550, Samples.skewness(Samples.differences(DRUG2, DRUG1)), 1e-6);
            assertTrue(Samples.skewness(DRUG1) < 1 && Samples.skewness(DRUG2) < 1, "each drug's sample is not skewed");
        }
    }
}
