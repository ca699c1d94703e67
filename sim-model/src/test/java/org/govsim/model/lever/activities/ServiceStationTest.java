package org.govsim.model.lever.activities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.govsim.model.District;
import org.govsim.model.ModelCatalog;
import org.govsim.model.ModelConfig;
import org.govsim.model.metrics.CompoundResults;
import org.govsim.model.param.ParamValues;
import org.govsim.model.world.CaseCompound;
import org.junit.jupiter.api.Test;

/**
 * A service station co-built by a compound's branch and its property company (Junyuwan, article Q20) holds events of
 * its own money, {@code activities.stationFundsYuanPerYear}, at the station's price (the event's cost ×
 * {@code activities.stationCostFactor}); a compound without one holds only its share of the district's funds.
 */
class ServiceStationTest {

    /** 40 compounds with no district funds, so that every event is the station's; the station's compound is named. */
    private static CompoundResults run(double station) {
        ParamValues p = ModelCatalog.defaults().with("district.compounds", 40).with("run.burnInDays", 0)
                .with("activities.enabled", true).with("activities.budgetYuanPerYear", 0.0)
                .with("activities.eventCostYuan", 2000.0).with("activities.stationCostFactor", 0.5)
                .with("activities.stationFundsYuanPerYear", 30_000.0)
                .withCases(List.of(new CaseCompound("junyuwan", 1000, false, Map.of(ActivityFunding.STATION_KEY, station))));
        return new District(5, new ModelConfig(p)).run().compounds();
    }

    /**
     * 30,000 yuan a year at 1,000 yuan an event is 2.5 events a month: two, and a third with probability one half, so
     * over the 24 monthly rounds of the 720-day window (23 or 24 fall inside it) the count is 46-48 plus a binomial
     * with sd √(24 × 0.25) = 2.45 around 11.5-12: between 50 and 68 is the expected 57.5-60 ± 3.3 sd.
     */
    @Test
    void aStationsMoneyBuysEventsAtTheStationsPriceInItsCompoundAlone() {
        CompoundResults c = run(1);
        int station = c.names().indexOf("junyuwan");
        double events = c.value(station, "activity_events");
        assertTrue(events >= 50 && events <= 68, events + " events at the station");
        assertEquals(125 * events, c.value(station, "activity_attendance"), 1e-9, "each event reaches 125 of its 1,000 households");
        for (int k = 0; k < c.compounds(); k++) {
            if (k != station) {
                assertEquals(0, c.value(k, "activity_events"), "compound " + k + " has no station and no district funds");
            }
        }
    }

    @Test
    void aNamedCompoundWithoutAStationHoldsNoEventsOfItsOwn() {
        CompoundResults c = run(0);
        assertEquals(0, c.value(c.names().indexOf("junyuwan"), "activity_events"));
    }
}
