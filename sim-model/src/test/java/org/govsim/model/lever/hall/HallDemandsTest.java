package org.govsim.model.lever.hall;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.govsim.model.District;
import org.govsim.model.ModelCatalog;
import org.govsim.model.ModelConfig;
import org.govsim.model.metrics.CompoundResults;
import org.govsim.model.metrics.RunResult;
import org.govsim.model.param.ParamValues;
import org.junit.jupiter.api.Test;

/**
 * The demands a hall collects (Junyuwan: "收集诉求200余条", article Q7) are every issue that joins it, whether a meeting
 * has taken it up yet or not; a meeting takes up at most {@code hall.itemsPerMeeting}. So the demands bound the items
 * taken from above in every compound, and they part where the hall cannot keep up.
 */
class HallDemandsTest {

    private static RunResult run(int itemsPerMeeting) {
        ParamValues p = ModelCatalog.defaults().with("district.compounds", 40).with("hall.enabled", true)
                .with("hall.itemsPerMeeting", itemsPerMeeting).with("run.burnInDays", 0);
        return new District(41, new ModelConfig(p)).run();
    }

    @Test
    void aHallCollectsEveryDemandItsMeetingsTakeUpAndMoreWhenItCannotKeepUp() {
        RunResult busy = run(1);
        CompoundResults c = busy.compounds();
        double meetings = 0;
        for (int k = 0; k < c.compounds(); k++) {
            double demands = c.value(k, "hall_demands");
            double taken = c.value(k, "hall_items_taken");
            assertTrue(taken <= demands, "compound " + k + ": taken " + taken + " of " + demands + " demands");
            meetings = Math.max(meetings, c.value(k, "hall_meetings"));
        }
        // one item a meeting: a compound's meetings bound what it takes up, while its collective issues keep coming
        double demands = busy.summary().get("hall_demands");
        double taken = busy.summary().get("hall_items_taken");
        assertTrue(taken <= 40 * meetings, "taken " + taken + " in at most " + meetings + " meetings a hall");
        assertTrue(demands > 1.5 * taken, "a hall of one item a meeting falls behind: " + demands + " demands, " + taken + " taken");
        assertEquals(demands, sum(c, "hall_demands"), 0.0, "the district's count is its compounds'");
    }

    /**
     * Whether a demand is collected does not depend on how many items the meetings take up: the same district on the
     * same seed collects about as many demands with one item a meeting as with twenty (each an issue counted once,
     * even when a hotline call sends it back to the hall), while the items taken more than double (one item a meeting caps 40 halls at 1,200 in the 900-day run). The two counts
     * (about 2,600 each) are Poisson-like with an sd near 2%, so their difference has an sd near 3%: 8% is 2.7 sd.
     */
    @Test
    void theDemandsCollectedDoNotDependOnTheAgendaWhatIsTakenUpDoes() {
        RunResult busy = run(1);
        RunResult roomy = run(20);
        double d1 = busy.summary().get("hall_demands");
        double d20 = roomy.summary().get("hall_demands");
        assertEquals(1, d20 / d1, 0.08, d1 + " demands with one item a meeting, " + d20 + " with twenty");
        double t1 = busy.summary().get("hall_items_taken");
        double t20 = roomy.summary().get("hall_items_taken");
        assertTrue(t20 > 2 * t1, t1 + " items taken with one item a meeting, " + t20 + " with twenty");
    }

    private static double sum(CompoundResults c, String column) {
        double s = 0;
        for (int k = 0; k < c.compounds(); k++) {
            s += c.value(k, column);
        }
        return s;
    }
}
