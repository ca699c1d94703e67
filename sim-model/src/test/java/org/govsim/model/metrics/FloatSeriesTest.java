package org.govsim.model.metrics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Order statistics of resolution times, against R's quantile(x, type = 7). */
class FloatSeriesTest {

    private static FloatSeries of(double... values) {
        FloatSeries s = new FloatSeries();
        for (double v : values) {
            s.add(v);
        }
        return s;
    }

    @Test
    void quantilesInterpolateAsRDoes() {
        // R: quantile(c(7, 1, 10, 3, 2, 9, 4, 8, 6, 5), c(0, 0.5, 0.9, 1)) -> 1.0 5.5 9.1 10.0
        FloatSeries s = of(7, 1, 10, 3, 2, 9, 4, 8, 6, 5);
        assertArrayEquals(new double[] {1.0, 5.5, 9.1, 10.0}, s.quantiles(0, 0.5, 0.9, 1), 1e-6);
        // R: quantile(c(0.25, 4, 2.5), 0.9) -> 3.7
        assertEquals(3.7, of(0.25, 4, 2.5).quantile(0.9), 1e-6);
        assertEquals(5.5, s.mean(), 1e-12);
    }

    @Test
    void severalQuantilesFromOneSortEqualEachAlone() {
        FloatSeries s = new FloatSeries();
        java.util.SplittableRandom rng = new java.util.SplittableRandom(7);
        for (int i = 0; i < 5_000; i++) {   // past the first growth of the backing array
            s.add(rng.nextDouble() * 90);
        }
        double[] both = s.quantiles(0.5, 0.9);
        assertEquals(s.quantile(0.5), both[0], 0);
        assertEquals(s.quantile(0.9), both[1], 0);
        assertTrue(both[0] < both[1]);
    }

    @Test
    void emptyGivesNaN() {
        double[] q = new FloatSeries().quantiles(0.5, 0.9);
        assertTrue(Double.isNaN(q[0]) && Double.isNaN(q[1]));
        assertTrue(Double.isNaN(new FloatSeries().mean()));
    }
}
