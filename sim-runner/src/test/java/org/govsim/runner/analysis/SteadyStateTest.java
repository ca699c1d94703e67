package org.govsim.runner.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The steady-state check on series whose answer is known: the least-squares change over the last six months
 * against the series' declared practical threshold (satisfaction: 0.01), and the slope's t-test.
 */
class SteadyStateTest {
    private static TimeSeriesSummary series(double[] means) {
        List<TimeSeriesSummary.Point> points = new ArrayList<>();
        for (int i = 0; i < means.length; i++) {
            double m = means[i];
            points.add(new TimeSeriesSummary.Point(210 + 30 * i, MetricStatistics.of(new double[] {m - 0.0001, m + 0.0001}), m, m));
        }
        return new TimeSeriesSummary("s", "satisfaction_mean", points);
    }

    @Test
    void aSeriesRisingByMoreThanItsThresholdOverTheLastSixMonthsIsStillTrending() {
        // the last six months rise 0.003 a month: 0.015 from the first to the last, over the 0.01 threshold
        double[] m = {0.40, 0.50, 0.540, 0.543, 0.546, 0.549, 0.552, 0.555};
        SteadyState.Check c = SteadyState.check("s", MetricInfo.month("satisfaction_mean"), series(m));
        assertEquals(0.015, c.change(), 1e-9);
        assertTrue(c.trending());
        assertFalse(c.drifting());
    }

    @Test
    void aClearButSmallDriftIsNotedNotFlaggedAndANoisyFlatSeriesIsNeither() {
        double[] slow = {0.5, 0.5, 0.5, 0.501, 0.502, 0.503, 0.504, 0.505};
        SteadyState.Check c = SteadyState.check("s", MetricInfo.month("satisfaction_mean"), series(slow));
        assertEquals(0.005, c.change(), 1e-9);
        assertFalse(c.trending());
        assertTrue(c.drifting());
        // up and down around 0.5: the slope's interval holds zero
        double[] flat = {0.5, 0.5, 0.503, 0.497, 0.502, 0.499, 0.503, 0.498};
        SteadyState.Check f = SteadyState.check("s", MetricInfo.month("satisfaction_mean"), series(flat));
        assertFalse(f.trending() || f.drifting(), f.toString());
        assertEquals(5, SteadyState.check("s", MetricInfo.month("satisfaction_mean"), series(new double[] {1, 2, 3, 4, 5})).months());
    }
}
