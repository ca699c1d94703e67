package org.govsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.govsim.model.ModelConfig;
import org.govsim.model.param.ParamValues;
import org.govsim.model.world.Compound;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every issue that arrived is settled, still open, or left for the hotline; nothing is lost or counted twice. */
class ConservationTest {

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void arrivedEqualsSettledPlusOpenPlusExited(long seed) {
        ParamValues p = TestParams.small().with("patience.medianDays", 10.0).with("levels.community.serversPer1000Households", 2.0);
        District d = new District(seed, new ModelConfig(p));
        Map<String, Double> s = d.run().summary();
        double arrived = s.get("issues_arrived");
        assertTrue(arrived > 1000, "too few issues to test anything: " + arrived);
        assertTrue(s.get("issues_exited") > 0, "this configuration should make some households leave");
        assertTrue(s.get("issues_open") > 0, "this configuration should leave some issues open at the end");
        assertEquals(arrived, s.get("issues_settled") + s.get("issues_open") + s.get("issues_exited"));
        // the compounds' own open counts are kept separately by the pipeline and must agree
        long openInCompounds = 0;
        for (Compound c : d.compounds()) {
            assertTrue(c.openIssues() >= 0);
            openInCompounds += c.openIssues();
        }
        assertEquals(s.get("issues_open").longValue(), openInCompounds);
        long openInHouseholds = 0;
        for (int h = 0; h < d.households().count(); h++) {
            openInHouseholds += d.households().openIssues(h);
        }
        assertEquals(openInCompounds, openInHouseholds);
    }

    @org.junit.jupiter.api.Test
    void anIssueWhoseRouteHasNoLevelInItsCompoundGoesToTheHotline() {
        // neighbour quarrels may go no higher than building groups, which no compound has without their lever
        ParamValues p = TestParams.small().with("issues.neighbour.lowestLevel", "BUILDING_GROUP")
                .with("issues.neighbour.highestLevel", "BUILDING_GROUP").with("issues.neighbour.escalatesTo", "BUILDING_GROUP");
        Map<String, Double> s = new District(3, new ModelConfig(p)).run().summary();
        assertEquals(s.get("issues_arrived"), s.get("issues_settled") + s.get("issues_open") + s.get("issues_exited"));
        // every neighbour issue that is reported leaves at once: all but those settled by the households themselves are disputes
        double raised = s.get("neighbour_per_1000hh_month");
        assertTrue(raised > 0 && s.get("neighbour_disputes_per_1000hh_month") > 0.5 * raised,
                "neighbour issues " + raised + ", disputes " + s.get("neighbour_disputes_per_1000hh_month"));
    }
}
