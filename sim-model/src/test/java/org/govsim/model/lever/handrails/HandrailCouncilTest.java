package org.govsim.model.lever.handrails;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.govsim.model.District;
import org.govsim.model.ModelConfig;
import org.govsim.model.metrics.RunResult;
import org.govsim.model.lever.OldCompoundDistricts;
import org.govsim.model.param.ParamValues;
import org.govsim.model.world.Buildings;
import org.govsim.model.world.Compound;
import org.junit.jupiter.api.Test;

/** Stair handrails through the grid deliberation council (网格议事会, Yindu, article Q32). */
class HandrailCouncilTest {
    private static final String FITTED = "handrail_units_installed";

    @Test
    void switchedOffTheRunIsTheBaselineWhateverItsTerms() {
        ParamValues baseline = OldCompoundDistricts.oldCompounds();
        ParamValues off = baseline.with("handrails.demandRatePerUnitYear", 5.0).with("handrails.approvalProb", 0.1)
                .with("handrails.councilIntervalDays", 7).with("handrails.satisfactionGain", 0.5);
        RunResult a = new District(32, new ModelConfig(baseline)).run();
        assertEquals(a, new District(32, new ModelConfig(off)).run());
        assertEquals(0.0, a.summary().get(FITTED));
    }

    @Test
    void councilsFitHandrailsOnlyWhenSwitchedOn() {
        ParamValues off = OldCompoundDistricts.oldCompounds();
        Map<String, Double> on = new District(33, new ModelConfig(off.with("handrails.enabled", true))).run().summary();
        assertTrue(on.get(FITTED) > 0, "units fitted: " + on.get(FITTED));
        assertEquals(0.0, new District(33, new ModelConfig(off)).run().summary().get(FITTED));
    }

    /**
     * Every need raised is fitted or still waiting, no unit is fitted twice, and with no burn-in the runs.csv
     * count is the whole-run tally (the run ends on day 710, between batches: a batch finishing on the last
     * day would fall outside the window). The number of units that came to need a handrail is binomial over
     * the walk-up units with p = 1 − exp(−0.2 × 710/360) (a unit with a need raises no second one); the test
     * allows 4 standard deviations, a false alarm about once in 16,000 runs.
     */
    @Test
    void everyNeedRaisedIsFittedOrWaitingAndNeedsAriseAtTheDeclaredRate() {
        ParamValues p = OldCompoundDistricts.quietOldCompounds(710, 0).with("handrails.enabled", true);
        District d = new District(34, new ModelConfig(p));
        d.start();
        int walkUps = walkUps(d);
        HandrailProgramme lever = d.service(HandrailProgramme.class).orElseThrow();
        d.advanceToEnd();
        assertEquals(lever.needsRaised(), lever.unitsFitted() + lever.unitsWaiting());
        assertTrue(lever.unitsFitted() > 0 && lever.unitsFitted() <= walkUps);
        assertEquals(lever.unitsFitted(), d.result().summary().get(FITTED));
        double prob = 1 - Math.exp(-0.2 * 710 / 360.0);
        double sd = Math.sqrt(walkUps * prob * (1 - prob));
        assertEquals(walkUps * prob, lever.needsRaised(), 4 * sd, "walk-up units: " + walkUps);
    }

    @Test
    void aCouncilThatApprovesNothingFitsNothing() {
        ParamValues p = OldCompoundDistricts.quietOldCompounds(360, 0).with("handrails.enabled", true).with("handrails.approvalProb", 0.0);
        assertEquals(0.0, new District(35, new ModelConfig(p)).run().summary().get(FITTED));
    }

    private static int walkUps(District d) {
        Buildings b = d.buildings();
        int n = 0;
        for (Compound c : d.compounds()) {
            for (int x = c.firstBuilding(); x < c.firstBuilding() + c.buildings(); x++) {
                n += c.isOld() && !b.hasElevator(x) ? 1 : 0;
            }
        }
        return n;
    }
}
