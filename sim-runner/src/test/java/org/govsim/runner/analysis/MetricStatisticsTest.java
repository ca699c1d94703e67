package org.govsim.runner.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MetricStatisticsTest {

    @Test
    void matchesRsTTestOnOneToTen() {
        // R: t.test(1:10) -> mean 5.5, 95 percent confidence interval 3.334149 7.665851; sd(1:10) = 3.02765
        MetricStatistics s = MetricStatistics.of(new double[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10});
        assertEquals(10, s.n());
        assertEquals(5.5, s.mean(), 1e-12);
        assertEquals(3.027650, s.sd(), 1e-6);
        assertEquals(3.334149, s.ciLow(), 1e-6);
        assertEquals(7.665851, s.ciHigh(), 1e-6);
    }

    @Test
    void leavesOutUndefinedValuesAndNeedsTwoForAnInterval() {
        MetricStatistics s = MetricStatistics.of(new double[] {Double.NaN, 4, Double.NaN});
        assertEquals(1, s.n());
        assertEquals(4, s.mean());
        assertTrue(Double.isNaN(s.ciLow()));
        assertEquals(0, MetricStatistics.of(new double[] {Double.NaN}).n());
    }
}
