package org.govsim.model.lever.volunteers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.govsim.model.District;
import org.govsim.model.ModelCatalog;
import org.govsim.model.ModelConfig;
import org.govsim.model.issue.IssueType;
import org.govsim.model.param.ParamValues;
import org.junit.jupiter.api.Test;

/**
 * Double reporting draws its per-case mediation (which grid case volunteers take part in) from a stream of its own,
 * apart from the monthly process (who takes up tasks, how many service events, whom they reach), which is driven by
 * its own state only. So a change in how many cases reach the grids, whether from the arrivals or from another lever
 * that changes the case flow with draws of its own, changes the mediation draws but not one monthly draw: volunteer
 * hours and service events stay identical, seed for seed. With one shared stream (as before issue 12) every extra
 * grid case would shift the monthly draws, and the hours (a sum of binomial draws of 1,900 members) would differ.
 */
class VolunteerStreamsTest {
    private static final long SEED = 21;

    private static ParamValues withVolunteers() {
        return ModelCatalog.defaults().with("district.compounds", 60).with("run.days", 360).with("run.burnInDays", 90)
                .with("volunteers.enabled", true);
    }

    private static Map<String, Double> run(ParamValues p) {
        return new District(SEED, new ModelConfig(p)).run().summary();
    }

    @Test
    void moreGridCasesDoNotShiftTheMonthlyDraws() {
        ParamValues base = withVolunteers();
        ParamValues busier = base;
        for (IssueType t : new IssueType[] {IssueType.NEIGHBOUR, IssueType.PARKING, IssueType.EV_CHARGING}) {
            String key = "issues." + t.key() + ".ratePer1000HouseholdsMonth";
            busier = busier.with(key, 2 * base.real(key));
        }
        Map<String, Double> a = run(base);
        Map<String, Double> b = run(busier);
        assertTrue(a.get("volunteer_hours") > 0 && a.get("service_events") > 0, "the volunteers did nothing: " + a);
        assertNotEquals(a.get("settled_with_volunteers"), b.get("settled_with_volunteers"),
                "the case load did not change the mediation, so the test shows nothing");
        assertEquals(a.get("volunteer_hours"), b.get("volunteer_hours"), "the monthly take-up depends on the case load");
        assertEquals(a.get("service_events"), b.get("service_events"), "the service events depend on the case load");
    }

    @Test
    void anotherLeversDrawsDoNotShiftTheVolunteers() {
        ParamValues base = withVolunteers();
        ParamValues withStewards = base.with("redStewards.enabled", true);
        Map<String, Double> a = run(base);
        Map<String, Double> b = run(withStewards);
        assertNotEquals(a.get("settled_with_volunteers"), b.get("settled_with_volunteers"),
                "the stewards did not change the volunteers' cases, so the test shows nothing");
        assertEquals(a.get("volunteer_hours"), b.get("volunteer_hours"), "the stewards' draws shifted the volunteers' monthly draws");
        assertEquals(a.get("service_events"), b.get("service_events"), "the stewards' draws shifted the volunteers' events");
    }
}
