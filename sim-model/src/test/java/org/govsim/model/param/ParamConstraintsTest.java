package org.govsim.model.param;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.govsim.model.ModelCatalog;
import org.govsim.model.param.ParamConstraints.Constraint;
import org.govsim.model.world.CaseCompound;
import org.junit.jupiter.api.Test;

/** The rules over several parameters: the defaults keep them all, and each kind of rule refuses what it should. */
class ParamConstraintsTest {
    private static final ParamValues DEFAULTS = ModelCatalog.defaults();

    private static List<String> broken(ParamValues v) {
        return ModelCatalog.constraints().stream().map(c -> c.violation(v)).filter(m -> m != null).toList();
    }

    @Test
    void theDefaultsKeepEveryRuleAndEveryRuleReadsDeclaredKeys() {
        assertEquals(List.of(), broken(DEFAULTS));
        for (Constraint c : ModelCatalog.constraints()) {
            assertTrue(c.appliesTo(ModelCatalog.parameters()), "undeclared key in: " + c.allowed());
        }
        assertTrue(ModelCatalog.constraints().size() > ParamConstraints.core().size(), "the levers declare their own rules too");
    }

    @Test
    void aMinimumAboveItsMaximumIsAContradictionNamingBothValues() {
        ParamValues v = DEFAULTS.with("buildings.oldFloorsMin", 12).with("buildings.oldFloorsMax", 1);
        List<String> b = broken(v);
        assertEquals(1, b.size(), b::toString);
        assertTrue(b.get(0).contains("buildings.oldFloorsMin at most buildings.oldFloorsMax"), b.get(0));
        assertTrue(b.get(0).contains("buildings.oldFloorsMin = 12, buildings.oldFloorsMax = 1"), b.get(0));
        assertEquals(List.of(), broken(DEFAULTS.with("buildings.oldFloorsMin", 7)), "equal ends are one value, not a contradiction");
    }

    @Test
    void anIssueTypesLowestLevelAboveItsHighestIsRefused() {
        ParamValues v = DEFAULTS.with("issues.neighbour.lowestLevel", "DEPARTMENT");
        assertEquals(1, broken(v).size(), broken(v)::toString);
        assertTrue(broken(v).get(0).contains("issues.neighbour.lowestLevel at or below issues.neighbour.highestLevel"));
    }

    @Test
    void moreNamedCasesThanCompoundsIsRefused() {
        ParamValues v = DEFAULTS.with("district.compounds", 1)
                .withCases(List.of(new CaseCompound("a", 10, false, java.util.Map.of()), new CaseCompound("b", 10, false, java.util.Map.of())));
        assertTrue(broken(v).get(0).contains("2 named in cases, district.compounds = 1"), broken(v)::toString);
    }

    @Test
    void aLeversRuleOverACoreValueAppliesOnlyWhenTheLeverIsOn() {
        ParamValues low = DEFAULTS.with("buildings.oldFloorsMin", 2).with("buildings.oldFloorsMax", 3);
        assertEquals(List.of(), broken(low), "off, the elevators' threshold does not matter");
        List<String> b = broken(low.with("elevators.enabled", true));
        assertEquals(1, b.size(), b::toString);
        assertTrue(b.get(0).contains("elevators.minFloors = 4, buildings.oldFloorsMax = 3"), b.get(0));
        assertNull(ModelCatalog.constraints().stream().map(c -> c.violation(low.with("elevators.enabled", true)
                .with("elevators.minFloors", 3))).filter(m -> m != null).findFirst().orElse(null), "a threshold of 3 floors is reachable");
        assertEquals(1, broken(DEFAULTS.with("ownersCommittee.seats", 9)).size(), "9 seats for 8 candidates");
    }
}
