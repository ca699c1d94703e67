package org.govsim.runner.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.govsim.model.ModelCatalog;
import org.govsim.model.param.ParamValues;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Each bundled lever scenario has a baseline that differs from it only in the lever: the file it extends. Then
 * "scenario against its parent" measures the lever and nothing else (deliberation-hall and demand-lists once set
 * branch coverage to 1.0 in one arm only, so their "effects" mixed the lever with 720 new branches). And its
 * matched baseline (--matched-baseline: the same values with every lever off) is that parent.
 */
class LeverBaselinesTest {
    private static final Path SCENARIOS = Path.of("..", "scenarios");

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"deliberation-hall.yaml", "demand-lists.yaml", "fee-quality-linkage.yaml", "advisors.yaml",
        "smart-security.yaml", "double-reporting.yaml", "grid-party-organisation.yaml", "owners-committee-vetting.yaml",
        "elevator-retrofit.yaml"})
    void aLeverScenarioDiffersFromItsParentOnlyInTheLever(String file) throws Exception {
        Scenario s = new ScenarioLoader().load(SCENARIOS.resolve(file));
        assertTrue(s.chain().size() >= 2, file + " extends a baseline");
        Scenario parent = new ScenarioLoader().load(s.chain().get(1));
        assertTrue(LeversOff.on(parent.values()).isEmpty(), parent.name() + " switches no lever on");
        assertFalse(LeversOff.on(s.values()).isEmpty(), file + " switches a lever on");
        List<String> notLever = new ArrayList<>();
        for (Map.Entry<String, Object> e : s.values().asMap().entrySet()) {
            if (!Objects.equals(e.getValue(), parent.values().get(e.getKey())) && ModelCatalog.leverOf(e.getKey()).isEmpty()) {
                notLever.add(e.getKey());
            }
        }
        assertEquals(List.of(), notLever, file + " changes only its levers' parameters from " + parent.name());
        ParamValues off = LeversOff.switchOff(s.values(), new ArrayList<>());
        assertTrue(LeversOff.on(off).isEmpty());
        LeversOff.Matched m = LeversOff.of(s);
        assertEquals(s.name() + LeversOff.SUFFIX, m.scenario().name());
    }
}
