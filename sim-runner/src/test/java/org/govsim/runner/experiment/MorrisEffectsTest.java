package org.govsim.runner.experiment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;

/** Morris's trajectories keep to the grid and move one factor at a time; their elementary effects recover known effects. */
class MorrisEffectsTest {

    @Test
    void trajectoriesMoveEachFactorOnceByDeltaAndStayOnTheGrid() {
        int r = 50;
        int k = 5;
        int levels = 4;
        MorrisTrajectories t = MorrisTrajectories.of(r, k, levels, new SplittableRandom(9));
        double[][] x = t.points();
        assertEquals(r * (k + 1), x.length);
        assertEquals(2.0 / 3, t.delta(), 1e-15, "p = 4: Δ = 4 / (2 · 3)");
        int[] visits = new int[levels];
        for (int path = 0; path < r; path++) {
            boolean[] moved = new boolean[k];
            for (int m = 0; m <= k; m++) {
                for (double v : x[path * (k + 1) + m]) {
                    double level = v * (levels - 1);
                    assertEquals(Math.rint(level), level, 1e-9, "on the grid {0, 1/3, 2/3, 1}");
                    visits[(int) Math.rint(level)]++;
                }
                if (m == 0) {
                    continue;
                }
                int j = t.factorAt(path, m);
                moved[j] = true;
                double[] before = x[path * (k + 1) + m - 1];
                double[] after = x[path * (k + 1) + m];
                for (int i = 0; i < k; i++) {
                    assertEquals(i == j ? t.stepAt(path, m) : 0, after[i] - before[i], 1e-12, "trajectory " + path + " step " + m + " factor " + i);
                }
                assertEquals(t.delta(), Math.abs(t.stepAt(path, m)), 1e-12);
            }
            for (boolean b : moved) {
                assertTrue(b, "every factor moves once per trajectory");
            }
        }
        // with p even each level is equally likely: 1,500 visits, 375 expected per level, binomial sd 16.8; ±80 is 4.8 sd
        for (int v : visits) {
            assertEquals(375, v, 80, java.util.Arrays.toString(visits));
        }
        assertArrayEquals(x[17], MorrisTrajectories.of(r, k, levels, new SplittableRandom(9)).points()[17], "the same seed, the same paths");
    }

    /** f = 16 x1 + 4 x2 + 0 x3 + 20 x4 x5: three additive factors (one inert) and two that interact. */
    private static double model(double[] x) {
        return 16 * x[0] + 4 * x[1] + 20 * x[3] * x[4] + 1e4;
    }

    private static MorrisEffects effects(MorrisTrajectories t, ToDoubleFunction<double[]> f) {
        double[][] x = t.points();
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            y[i] = f.applyAsDouble(x[i]);
        }
        return MorrisEffects.of(t, y);
    }

    @Test
    void linearFactorsHaveTheirSlopeAsMuStarAndNoSpreadInteractingOnesSpread() {
        MorrisTrajectories t = MorrisTrajectories.of(20, 5, 4, new SplittableRandom(1));
        MorrisEffects e = effects(t, MorrisEffectsTest::model);
        // an additive linear factor's every effect is its slope, up to rounding of outputs near 1e4 (ulp 2e-12, over Δ)
        assertEquals(16, e.mu(0), 1e-9);
        assertEquals(16, e.muStar(0), 1e-9);
        assertEquals(0, e.sigma(0), 1e-9);
        assertEquals(4, e.muStar(1), 1e-9);
        assertEquals(0, e.sigma(1), 1e-9);
        assertEquals(0, e.muStar(2), 1e-9, "the inert factor");
        assertEquals(0, e.sigma(2), 1e-9);
        // x4's effect is 20 x5 (x5 on the grid {0, 1/3, 2/3, 1}): mean 10, sd 7.5 over trajectories; the mean of 20
        // has sd 1.7, so μ* lies in (4, 16) with 3.5 sd to spare, and σ is far from 0
        for (int j : new int[] {3, 4}) {
            assertTrue(e.muStar(j) > 4 && e.muStar(j) < 16, "mu* of x" + (j + 1) + " = " + e.muStar(j));
            assertTrue(e.sigma(j) > 3, "sigma of x" + (j + 1) + " = " + e.sigma(j));
            assertEquals(20, e.effects(j));
        }
        // μ* ranks them: x1, then the interacting pair, then x2, then the inert x3
        assertTrue(e.muStar(0) > Math.max(e.muStar(3), e.muStar(4)) && Math.min(e.muStar(3), e.muStar(4)) > e.muStar(1)
                && e.muStar(1) > e.muStar(2));
    }

    @Test
    void aNonMonotonicFactorHasMuNearZeroButALargeMuStar() {
        // f = 4 (x1 − 1/2)²: on the grid {0, 1/3, 2/3, 1} a move 0 ↔ 2/3 has effect −4/3 and a move 1/3 ↔ 1 has +4/3, so
        // effects of both signs cancel in μ but not in μ* (why Campolongo et al. 2007 rank by μ*). Which of the two a
        // trajectory makes is a fair coin: over 40, μ has sd (4/3)/sqrt(40) = 0.21, and |μ| < 2/3 is 3.2 sd from failing.
        MorrisTrajectories t = MorrisTrajectories.of(40, 2, 4, new SplittableRandom(2));
        MorrisEffects e = effects(t, x -> 4 * (x[0] - 0.5) * (x[0] - 0.5));
        assertEquals(4.0 / 3, e.muStar(0), 1e-12);
        assertTrue(Math.abs(e.mu(0)) < 2.0 / 3, "mu = " + e.mu(0));
        // every effect is ±4/3, so σ = sqrt(16/9 − μ²)·sqrt(40/39): within 0.2 of 4/3 whenever |μ| < 2/3
        assertEquals(4.0 / 3, e.sigma(0), 0.2);
        assertEquals(0, e.muStar(1), 0.0, "x2 does not enter");
    }

    @Test
    void effectsTouchingAFailedPointAreLeftOutAndCounted() {
        MorrisTrajectories t = MorrisTrajectories.of(3, 2, 4, new SplittableRandom(3));
        double[][] x = t.points();
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            y[i] = 3 * x[i][0] + x[i][1];
        }
        y[1] = Double.NaN;   // point 1 of trajectory 0: the effects into and out of it are lost
        MorrisEffects e = MorrisEffects.of(t, y);
        assertEquals(2 + 2, e.effects(0) + e.effects(1));
        assertEquals(3, e.muStar(0), 1e-12);
        assertEquals(1, e.muStar(1), 1e-12);
    }
}
