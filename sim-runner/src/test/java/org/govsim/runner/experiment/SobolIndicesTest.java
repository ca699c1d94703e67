package org.govsim.runner.experiment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;

/**
 * The centred Saltelli first-order and Jansen total estimators and their bootstrap intervals, on functions whose
 * indices are known exactly: Ishigami's, and a linear model y = c + Σ a<sub>i</sub> x<sub>i</sub> on [0, 1]<sup>k</sup>,
 * whose indices are S<sub>i</sub> = S<sub>Ti</sub> = a<sub>i</sub>² / Σ a<sub>j</sub>² whatever c.
 */
class SobolIndicesTest {
    private static final double[] ISHIGAMI_S1 = {0.3139, 0.4424, 0.0};
    private static final double[] ISHIGAMI_ST = {0.5576, 0.4424, 0.2437};
    /** The linear model's slopes; the last factor is a dummy. Its indices are 16/21, 4/21, 1/21 and 0. */
    private static final double[] SLOPES = {4, 2, 1, 0};
    private static final double[] LINEAR = {16.0 / 21, 4.0 / 21, 1.0 / 21, 0};

    /** The model's outputs on Saltelli's Sobol-sequence sample of n base rows. */
    private static SaltelliOutputs sobolSample(int n, int k, ToDoubleFunction<double[]> model) {
        double[][] u = SaltelliSample.of(n, k);
        double[] y = new double[u.length];
        for (int i = 0; i < u.length; i++) {
            y[i] = model.applyAsDouble(u[i]);
        }
        return SaltelliOutputs.of(y, k);
    }

    /** The same layout from independent uniform draws (plain Monte Carlo), as a simulation's noisy outputs would be analysed. */
    private static SaltelliOutputs randomSample(int n, int k, SplittableRandom random, ToDoubleFunction<double[]> model) {
        double[] y = new double[n * SaltelliSample.block(k)];
        for (int j = 0; j < n; j++) {
            double[] a = new double[k];
            double[] b = new double[k];
            for (int i = 0; i < k; i++) {
                a[i] = random.nextDouble();
                b[i] = random.nextDouble();
            }
            int at = j * SaltelliSample.block(k);
            y[at] = model.applyAsDouble(a);
            y[at + 1] = model.applyAsDouble(b);
            for (int i = 0; i < k; i++) {
                double[] abi = a.clone();
                abi[i] = b[i];
                y[at + 2 + i] = model.applyAsDouble(abi);
            }
        }
        return SaltelliOutputs.of(y, k);
    }

    private static double ishigami(double[] u) {
        double x1 = -Math.PI + 2 * Math.PI * u[0];
        double x2 = -Math.PI + 2 * Math.PI * u[1];
        double x3 = -Math.PI + 2 * Math.PI * u[2];
        return Math.sin(x1) + 7 * Math.sin(x2) * Math.sin(x2) + 0.1 * Math.pow(x3, 4) * Math.sin(x1);
    }

    private static ToDoubleFunction<double[]> linear(double offset) {
        return u -> {
            double y = offset;
            for (int i = 0; i < SLOPES.length; i++) {
                y += SLOPES[i] * u[i];
            }
            return y;
        };
    }

    @Test
    void ishigamiIndicesAreRecoveredAndLieInsideTheirIntervals() {
        SobolBootstrap b = SobolBootstrap.of(sobolSample(4096, 3, SobolIndicesTest::ishigami), SobolBootstrap.RESAMPLES, 7);
        // With N = 4096 quasi-random base rows the estimators' error is well below 1/sqrt(N) ≈ 0.016, the Monte Carlo
        // rate (Saltelli et al. 2010, fig. 2 shows errors of about 0.01 at N = 4096 for these estimators): 0.02 holds.
        for (int i = 0; i < 3; i++) {
            assertEquals(ISHIGAMI_S1[i], b.firstOrder(i), 0.02, "S1 of x" + (i + 1));
            assertEquals(ISHIGAMI_ST[i], b.total(i), 0.02, "ST of x" + (i + 1));
            assertTrue(b.firstOrderLow(i) <= ISHIGAMI_S1[i] && ISHIGAMI_S1[i] <= b.firstOrderHigh(i), "S1 interval of x" + (i + 1));
            assertTrue(b.totalLow(i) <= ISHIGAMI_ST[i] && ISHIGAMI_ST[i] <= b.totalHigh(i), "ST interval of x" + (i + 1));
        }
        // x3 acts only through its interaction with x1: its first-order interval covers 0 though its total is 0.24
        assertTrue(b.firstOrderLow(2) < 0 && b.firstOrderHigh(2) > 0, b.firstOrderLow(2) + " .. " + b.firstOrderHigh(2));
    }

    @Test
    void linearIndicesAreRightAtSmallNAndDoNotMoveWithALargeMean() {
        SobolBootstrap plain = SobolBootstrap.of(sobolSample(64, 4, linear(0)), SobolBootstrap.RESAMPLES, 7);
        SobolBootstrap offset = SobolBootstrap.of(sobolSample(64, 4, linear(1e4)), SobolBootstrap.RESAMPLES, 7);
        for (int i = 0; i < 4; i++) {
            // at N = 64 the estimates are off by up to 0.11 (measured: S1 of x1 0.84, ST 0.87 for 0.76; the variance of
            // 128 values is estimated low), while the intervals' half-widths are 0.07-0.26: the analytic value must lie
            // inside each interval, and the estimate within 0.15 of it
            assertTrue(plain.firstOrderLow(i) <= LINEAR[i] + 1e-12 && LINEAR[i] - 1e-12 <= plain.firstOrderHigh(i), "S1 interval of x" + (i + 1));
            assertTrue(plain.totalLow(i) <= LINEAR[i] + 1e-12 && LINEAR[i] - 1e-12 <= plain.totalHigh(i), "ST interval of x" + (i + 1));
            assertEquals(LINEAR[i], plain.firstOrder(i), 0.15, "S1 of x" + (i + 1));
            assertEquals(LINEAR[i], plain.total(i), 0.15, "ST of x" + (i + 1));
            // centred outputs make the estimators blind to the mean, up to rounding of numbers near 1e4 (ulp 2e-12)
            assertEquals(plain.firstOrder(i), offset.firstOrder(i), 1e-9, "S1 of x" + (i + 1) + " with c = 1e4");
            assertEquals(plain.total(i), offset.total(i), 1e-9, "ST of x" + (i + 1) + " with c = 1e4");
            assertEquals(plain.firstOrderLow(i), offset.firstOrderLow(i), 1e-9);
            assertEquals(plain.firstOrderHigh(i), offset.firstOrderHigh(i), 1e-9);
            assertEquals(plain.totalLow(i), offset.totalLow(i), 1e-9);
            assertEquals(plain.totalHigh(i), offset.totalHigh(i), 1e-9);
        }
        double sum = 0;
        for (int i = 0; i < 4; i++) {
            sum += offset.firstOrder(i);
        }
        assertEquals(1, sum, 0.15, "an additive model's first-order indices sum to 1");
        // the uncentred estimator, mean(f(B)·(f(AB_i) − f(A))) / V, on the same outputs with c = 1e4 is far off: the bug this replaces
        SaltelliOutputs o = sobolSample(64, 4, linear(1e4));
        double uncentred = 0;
        for (int j = 0; j < o.rows(); j++) {
            uncentred += o.fB()[j] * (o.fAB()[0][j] - o.fA()[j]);
        }
        uncentred /= o.rows() * offset.point().variance();
        assertTrue(Math.abs(uncentred - LINEAR[0]) > 1, "uncentred S1 of x1 = " + uncentred);
    }

    @Test
    void aDummyFactorHasIndicesNearZeroWhoseIntervalCoversZero() {
        // a simulation's outputs carry noise: here sd 0.05 around the linear model (V = 21/12 ≈ 1.75), on 512 random rows
        SplittableRandom noise = new SplittableRandom(11);
        ToDoubleFunction<double[]> model = u -> linear(1e4).applyAsDouble(u) + 0.05 * noise.nextGaussian();
        SobolBootstrap b = SobolBootstrap.of(randomSample(512, 4, new SplittableRandom(3), model), SobolBootstrap.RESAMPLES, 7);
        assertTrue(b.firstOrderLow(3) < 0 && 0 < b.firstOrderHigh(3), "S1 interval of the dummy: " + b.firstOrderLow(3) + " .. " + b.firstOrderHigh(3));
        assertEquals(0, b.firstOrder(3), 0.05, "S1 of the dummy");
        // its total is the noise's share, 0.05² / 1.75 ≈ 0.0014, however precisely it is estimated
        assertEquals(0.0014, b.total(3), 0.001, "ST of the dummy");
        assertTrue(b.totalHigh(3) < 0.01, "ST interval of the dummy: " + b.totalLow(3) + " .. " + b.totalHigh(3));
    }

    @Test
    void intervalsCoverTheTrueIndicesAboutNineteenTimesInTwenty() {
        // 200 independent random designs of 256 base rows; percentile intervals are approximate: on three such sets
        // they covered the linear model's S1 and ST of x1 in 187-189 of 200 designs (measured). Under exact 95% coverage
        // the count has mean 190 and sd 3.1; 172 (86%) is 5.8 sd below: a real loss of coverage fails, chance does not.
        SplittableRandom random = new SplittableRandom(2024);
        int s1 = 0;
        int st = 0;
        for (int d = 0; d < 200; d++) {
            SobolBootstrap b = SobolBootstrap.of(randomSample(256, 4, random, linear(50)), SobolBootstrap.RESAMPLES, d);
            s1 += b.firstOrderLow(0) <= LINEAR[0] && LINEAR[0] <= b.firstOrderHigh(0) ? 1 : 0;
            st += b.totalLow(0) <= LINEAR[0] && LINEAR[0] <= b.totalHigh(0) ? 1 : 0;
        }
        assertTrue(s1 >= 172 && s1 <= 200, "S1 covered in " + s1 + " of 200");
        assertTrue(st >= 172, "ST covered in " + st + " of 200");
    }

    @Test
    void theSameSeedGivesTheSameIntervalsAndAnotherSeedOthers() {
        SaltelliOutputs o = randomSample(128, 4, new SplittableRandom(5), linear(3));
        SobolBootstrap a = SobolBootstrap.of(o, SobolBootstrap.RESAMPLES, 42);
        SobolBootstrap b = SobolBootstrap.of(o, SobolBootstrap.RESAMPLES, 42);
        SobolBootstrap c = SobolBootstrap.of(o, SobolBootstrap.RESAMPLES, 43);
        double[] va = new double[16];
        double[] vb = new double[16];
        for (int i = 0; i < 4; i++) {
            va[4 * i] = a.firstOrderLow(i);
            va[4 * i + 1] = a.firstOrderHigh(i);
            va[4 * i + 2] = a.totalLow(i);
            va[4 * i + 3] = a.totalHigh(i);
            vb[4 * i] = b.firstOrderLow(i);
            vb[4 * i + 1] = b.firstOrderHigh(i);
            vb[4 * i + 2] = b.totalLow(i);
            vb[4 * i + 3] = b.totalHigh(i);
        }
        assertArrayEquals(va, vb, 0.0);
        assertTrue(a.firstOrderLow(0) != c.firstOrderLow(0), "another seed resamples other rows");
        assertEquals(a.firstOrder(0), c.firstOrder(0), 0.0, "the point estimate does not depend on the seed");
    }

    @Test
    void incompleteRowsAreDroppedWholeAndAConstantOutputHasNoIndices() {
        double[] y = {1, 2, 3, 4, Double.NaN, 6, 7, 8, 9};   // k = 1: rows (1, 2, 3), (4, NaN, 6), (7, 8, 9)
        SaltelliOutputs o = SaltelliOutputs.of(y, 1);
        assertEquals(2, o.rows());
        assertEquals(1, o.dropped());
        assertArrayEquals(new double[] {1, 7}, o.fA(), 0.0);
        assertArrayEquals(new double[] {9}, new double[] {o.fAB()[0][1]}, 0.0);
        SobolBootstrap flat = SobolBootstrap.of(SaltelliOutputs.of(new double[] {5, 5, 5, 5, 5, 5}, 1), 100, 1);
        assertTrue(Double.isNaN(flat.firstOrder(0)) && Double.isNaN(flat.totalLow(0)), "no variance to share out");
    }
}
