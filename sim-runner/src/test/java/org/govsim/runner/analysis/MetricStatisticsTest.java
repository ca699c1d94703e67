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
    void medianAndNinetiethPercentileAreRsDefaultQuantiles() {
        // by hand with R's default quantile (type 7, h = (n - 1) p + 1): median(1:10) = 5.5; quantile(1:10, 0.9) = 9.1
        // (h = 9.1: x[9] + 0.1 (x[10] - x[9]))
        MetricStatistics s = MetricStatistics.of(new double[] {10, 3, 7, 1, 2, 4, 5, 6, 8, 9});
        assertEquals(5.5, s.median(), 1e-12);
        assertEquals(9.1, s.p90(), 1e-12);
        // quantile(c(1, 3, 7, 15), c(0.5, 0.9)) = 5, 12.6 (h = 3 * 0.9 + 1 = 3.7: 7 + 0.7 * 8)
        MetricStatistics t = MetricStatistics.of(new double[] {15, 1, 7, 3});
        assertEquals(5, t.median(), 1e-12);
        assertEquals(12.6, t.p90(), 1e-12);
    }

    @Test
    void leavesOutUndefinedValuesAndNeedsTwoForAnInterval() {
        MetricStatistics s = MetricStatistics.of(new double[] {Double.NaN, 4, Double.NaN});
        assertEquals(1, s.n());
        assertEquals(4, s.mean());
        assertEquals(4, s.median());
        assertTrue(Double.isNaN(s.ciLow()));
        assertEquals(0, MetricStatistics.of(new double[] {Double.NaN}).n());
    }
}
