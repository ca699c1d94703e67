package org.govsim.runner.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.govsim.model.ModelCatalog;
import org.govsim.model.District;
import org.govsim.model.ModelConfig;
import org.govsim.model.metrics.CompoundResults;
import org.govsim.model.param.ParamValues;
import org.govsim.model.world.CaseCompound;
import org.junit.jupiter.api.Test;

/** The adapter's values are the runs.csv figures of the same runs, scaled and divided as the targets say. */
class ModelSimulatorTest {
    private static final ParamValues SMALL = ModelCatalog.defaults()
            .with("district.compounds", 12).with("run.days", 90).with("run.burnInDays", 30)
            .with("advisors.enabled", true).with("advisors.total", 12).with("advisors.compounds", 6).with("advisors.startDay", 0);

    @Test
    void targetsAreTheRunsFiguresScaledAndDividedOnTheSameSeeds() {
        List<Prior> free = List.of(new Prior("advisors.visitsPerWeek", 0.5, 20, false, 0), new Prior("advisors.total", 1, 40, true, 0));
        Target perYear = new Target("solved a year", "settled_with_advisor", null, true, new Observation.Point(100, 30), Map.of(), "", Map.of());
        Target relative = new Target("found, against no visits", "share_found_by_channel", null, false, new Observation.Point(1.5, 0.2),
                Map.of("advisors.visitsPerWeek", 0.0), "", Map.of());
        Target plain = new Target("disputes", "disputes_per_1000hh_month", null, false, new Observation.Point(30, 5), Map.of(), "", Map.of());
        long[] seeds = {11, 12};
        double[][] v = new ModelSimulator(SMALL).simulator(free, List.of(perYear, relative, plain)).simulate(new double[] {8.0, 17.6}, seeds);

        ParamValues point = SMALL.with("advisors.visitsPerWeek", 8.0).with("advisors.total", 18);
        for (int r = 0; r < seeds.length; r++) {
            Map<String, Double> own = new District(seeds[r], new ModelConfig(point)).run().summary();
            Map<String, Double> ref = new District(seeds[r], new ModelConfig(point.with("advisors.visitsPerWeek", 0.0))).run().summary();
            assertTrue(own.get("settled_with_advisor") > 0, "advisors settled something");
            assertEquals(own.get("settled_with_advisor") * 360 / 90, v[0][r], 0.0, "per: year scales the 90-day window by 4");
            assertEquals(own.get("share_found_by_channel") / ref.get("share_found_by_channel"), v[1][r], 0.0, "ratio on the same seed");
            assertEquals(own.get("disputes_per_1000hh_month"), v[2][r], 0.0);
        }
        assertTrue(v[1][0] > 1, "visits find more issues than no visits: " + v[1][0]);
    }

    @Test
    void differencesRunsUnderOtherValuesSumsAndTheDistrictShareReadTheSameRuns() {
        ParamValues linked = SMALL.with("property.contract", "LINKED").with("volunteers.enabled", true)
                .with("volunteers.organisations", 2).with("volunteers.members", 40);
        Map<String, Object> flat = Map.of("property.contract", "FLAT");
        Observation any = new Observation.Point(1, 1);
        Target gap = new Target("gap filled", "funding_gap_yuan", null, false, any, flat, Target.Relation.DIFFERENCE, Map.of(), "", Map.of(), null);
        Target underFlat = new Target("flat collection", "fee_collection_rate", null, false, any, Map.of(), null, flat, "", Map.of(), null);
        Target sum = new Target("things done", "service_events + settled_with_advisor", null, false, any, Map.of(), "", Map.of());
        Target rate = new Target("disputes", "disputes_per_1000hh_month", null, false, any, Map.of(), "", Map.of());
        long[] seeds = {21};
        double share = 0.25;
        double[][] v = new ModelSimulator(linked, share).simulator(List.of(), List.of(gap, underFlat, sum, rate)).simulate(new double[0], seeds);

        Map<String, Double> own = new District(21, new ModelConfig(linked)).run().summary();
        Map<String, Double> ref = new District(21, new ModelConfig(linked.with("property.contract", "FLAT"))).run().summary();
        assertEquals(own.get("funding_gap_yuan") - ref.get("funding_gap_yuan"), v[0][0], 0.0, "linked minus flat on the same seed");
        assertTrue(v[0][0] < 0, "the linked contract fills some of the gap: " + v[0][0]);
        assertEquals(ref.get("fee_collection_rate"), v[1][0], 0.0, "read from the flat run");
        assertTrue(own.get("service_events") > 0 && own.get("settled_with_advisor") > 0);
        assertEquals((own.get("service_events") + own.get("settled_with_advisor")) / share, v[2][0], 1e-9,
                "a district-wide count of a quarter district stands for four times as much");
        assertEquals(own.get("disputes_per_1000hh_month"), v[3][0], 0.0, "a rate is not scaled");
    }

    @Test
    void onlyTheLeverCountersAreWindowTotals() {
        ModelSimulator m = new ModelSimulator(SMALL);
        assertTrue(m.isWindowTotal("settled_with_advisor"));
        assertTrue(m.isWindowTotal("hall_items_taken"));
        assertFalse(m.isWindowTotal("disputes_per_1000hh_month"));
        assertFalse(m.isWindowTotal("issues_arrived"), "counted from day 0, burn-in included");
        assertTrue(m.runMetrics().containsAll(List.of("settled_with_advisor", "hall_items_taken", "disputes_per_1000hh_month")));
        assertTrue(m.compoundNames().isEmpty());
        assertTrue(m.compoundsUnavailable().contains("cases:"));
        assertTrue(m.isWindowTotal("settled_at_hall"), "a compound's count is a window total too");
        assertFalse(m.isWindowTotal("fee_collection_rate"));
    }

    @Test
    void aCompoundTargetReadsTheNamedCaseOfTheSameRun() {
        ParamValues cased = SMALL.with("hall.enabled", true).with("hall.coverage", 0.0)
                .withCases(List.of(new CaseCompound("junyuwan", 900, false, Map.of("hall", 1.0))));
        ModelSimulator m = new ModelSimulator(cased);
        assertEquals(List.of("junyuwan"), m.compoundNames());
        assertTrue(m.compoundMetrics().containsAll(List.of("households", "hall_items_taken", "settled_at_hall")));
        Target size = new Target("size", "households", "junyuwan", false, new Observation.Point(900, 1), Map.of(), "", Map.of());
        Target items = new Target("items a year", "hall_items_taken", "junyuwan", true, new Observation.Point(200, 60), Map.of(), "", Map.of());
        long[] seeds = {5};
        double[][] v = m.simulator(List.of(new Prior("advisors.visitsPerWeek", 0.5, 20, false, 0)), List.of(size, items))
                .simulate(new double[] {2.0}, seeds);
        assertEquals(900, v[0][0], 0.0, "the case keeps its size");
        CompoundResults c = new District(5, new ModelConfig(cased.with("advisors.visitsPerWeek", 2.0))).run().compounds();
        int k = c.names().indexOf("junyuwan");
        assertEquals(1, c.names().stream().filter("junyuwan"::equals).count());
        assertEquals(1.0, c.value(k, "has_hall"), "the only hall is the case's");
        assertTrue(c.value(k, "hall_items_taken") > 0, "the hall took items");
        assertEquals(c.value(k, "hall_items_taken") * 360 / 90, v[1][0], 0.0);
    }
}
