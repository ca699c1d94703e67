package org.govsim.runner.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.govsim.model.metrics.MetricDef;
import org.junit.jupiter.api.Test;

/**
 * The verdict rule on the model's own declarations: direction and practical threshold decide, whatever the
 * p-value; and the thresholds the issue names are the declared ones.
 */
class VerdictTest {
    private static final MetricDef DISPUTES = MetricInfo.run("property_disputes_per_1000hh_month");
    private static final MetricDef SATISFACTION = MetricInfo.run("satisfaction_mean");
    private static final MetricDef FEES = MetricInfo.run("fee_collection_rate");

    @Test
    void theDeclaredThresholdsAreThoseAPlannerWouldCallPractical() {
        assertEquals(0.5, DISPUTES.threshold(), 0, "half a dispute per 1,000 households a month");
        assertEquals(0.01, SATISFACTION.threshold(), 0);
        assertEquals(0.01, FEES.threshold(), 0, "one percentage point of a share");
        assertEquals(MetricDef.Better.LOWER, DISPUTES.better());
    }

    @Test
    void aClearChangeBeyondTheThresholdIsBetterOrWorseByTheDeclaredDirection() {
        assertEquals(Verdict.BETTER, Verdict.of(DISPUTES, -10.47, -10.58, -10.36));
        assertEquals(Verdict.WORSE, Verdict.of(DISPUTES, 1.2, 0.8, 1.6));
        assertEquals(Verdict.BETTER, Verdict.of(FEES, 0.189, 0.185, 0.193));
        assertEquals(Verdict.WORSE, Verdict.of(SATISFACTION, -0.02, -0.03, -0.011));
    }

    @Test
    void belowTheThresholdThereIsNoPracticalDifferenceHoweverSmallP() {
        // the issue's +0.37% of satisfaction, 0.002 on a 0.544 mean, with an interval far from zero
        assertEquals(Verdict.NEGLIGIBLE, Verdict.of(SATISFACTION, 0.002, 0.0018, 0.0022));
        // an interval wholly inside +-threshold shows equivalence
        assertEquals(Verdict.NEGLIGIBLE, Verdict.of(DISPUTES, 0.1, -0.3, 0.4));
    }

    @Test
    void anIntervalHoldingBothNoDifferenceAndAPracticalOneIsUnclear() {
        assertEquals(Verdict.UNCLEAR, Verdict.of(DISPUTES, -1.0, -2.5, 0.5), "practical estimate, interval through zero");
        assertEquals(Verdict.UNCLEAR, Verdict.of(DISPUTES, 0.2, -1.0, 1.4), "small estimate, wide interval");
        assertEquals(Verdict.UNTESTED, Verdict.of(DISPUTES, 0.2, Double.NaN, Double.NaN));
        assertEquals(Verdict.CHANGED, Verdict.of(MetricInfo.run("issues_per_1000hh_month"), 3, 2, 4), "no better direction");
    }

    @Test
    void bonferroniIntervalsAndPValuesShareOneLevel() {
        Simultaneous s = new Simultaneous(18);
        assertEquals(1 - 0.05 / 18, s.level(), 1e-15);
        assertEquals("99.72%", s.levelText());
        assertEquals(0.54, s.adjust(0.03), 1e-15);
        assertEquals(1, s.adjust(0.2), 0);
        assertEquals("95%", new Simultaneous(1).levelText());
    }
}
