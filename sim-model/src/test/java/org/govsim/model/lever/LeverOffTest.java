package org.govsim.model.lever;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.govsim.model.District;
import org.govsim.model.config.ModelConfig;
import org.govsim.model.metrics.RunResult;
import org.govsim.model.param.ParamDef;
import org.govsim.model.param.ParamValues;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A lever switched off leaves the run exactly as the baseline, whatever its other parameters say: every one
 * of them is moved to another allowed value and the results must still be identical, seed for seed.
 */
class LeverOffTest {
    /** Parameters of a lever's section that the core itself reads, so they may change the baseline. */
    private static final Set<String> CORE = Set.of("ownersCommittee.initialQuality", "ownersCommittee.misusePerYear",
            "ownersCommittee.misuseTrustDrop");

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"branches", "buildingGroups", "advisors", "hall", "security", "gridParty", "volunteers",
            "ownersCommittee", "activities", "demandLists", "elevators", "handrails", "property.contract"})
    void leverOffIsTheBaseline(String section) {
        ParamValues base = PairedEffect.small();
        ParamValues moved = base;
        int changed = 0;
        for (ParamDef d : base.catalog().all()) {
            boolean inSection = section.equals("property.contract")
                    ? List.of("property.contractShare", "property.commissionRate", "property.linkageBeta", "property.ratingNoise",
                    "property.ratingMin", "property.ratingTarget", "property.transparency").contains(d.path())
                    : d.path().startsWith(section + ".");
            if (!inSection || d.path().endsWith(".enabled") || CORE.contains(d.path())) {
                continue;
            }
            moved = moved.with(d.path(), otherValue(d));
            changed++;
        }
        if (!section.equals("property.contract") && base.catalog().find(section + ".enabled").isEmpty()) {
            return; // a lever not built yet in this checkout has nothing to switch off
        }
        assertTrue(changed > 0, "no parameter of " + section + " to move");
        RunResult baseline = new District(77, new ModelConfig(base)).run();
        RunResult off = new District(77, new ModelConfig(moved)).run();
        assertEquals(baseline, off, section + " switched off must not change the run");
    }

    private static Object otherValue(ParamDef d) {
        return switch (d.type()) {
            case BOOL -> !(Boolean) d.defaultValue();
            case INT -> (Integer) d.defaultValue() == (int) d.max() ? (int) d.min() : (int) d.max();
            case REAL -> (Double) d.defaultValue() == d.max() ? d.min() : d.max();
            case CHOICE -> d.choices().stream().filter(c -> !c.equals(d.defaultValue())).findFirst().orElseThrow();
        };
    }
}
