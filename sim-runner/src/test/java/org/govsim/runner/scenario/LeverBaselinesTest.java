package org.govsim.runner.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.govsim.model.ModelCatalog;
import org.govsim.model.param.ParamValues;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each bundled lever scenario has a baseline that differs from it only in the lever: the file it extends. Then
 * "scenario against its parent" measures the lever and nothing else (deliberation-hall and demand-lists once set
 * branch coverage to 1.0 in one arm only, so their "effects" mixed the lever with 720 new branches). And its
 * matched baseline (--matched-baseline: the same values with every lever off) is that parent.
 */
class LeverBaselinesTest {
    private static final Path SCENARIOS = Path.of("..", "scenarios");

    /**
     * The case scenarios: a place's whole package on its own district (the district is the case's, so they are
     * compared with --matched-baseline, not with their parent). Every other bundled scenario that switches a lever on
     * is a lever scenario, so a new one cannot be left out of the test below.
     */
    private static final Set<String> CASES = Set.of("meilan-2025.yaml", "yindu-grid.yaml", "yongshou-volunteers.yaml");

    /** Every bundled scenario (scenarios/*.yaml) that switches a registered lever on and is not a case. */
    static List<String> leverScenarios() throws Exception {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.list(SCENARIOS)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                String name = f.getFileName().toString();
                if (!CASES.contains(name) && !LeversOff.on(new ScenarioLoader().load(f).values()).isEmpty()) {
                    found.add(name);
                }
            }
        }
        return found;
    }

    @Test
    void theDiscoveredLeverScenariosIncludeEveryBundledOneAndNoCase() throws Exception {
        List<String> found = leverScenarios();
        // the nine of the first audit and the six it found missing: the discovery must find them all
        for (String f : List.of("deliberation-hall.yaml", "demand-lists.yaml", "fee-quality-linkage.yaml", "advisors.yaml",
                "smart-security.yaml", "double-reporting.yaml", "grid-party-organisation.yaml", "owners-committee-vetting.yaml",
                "elevator-retrofit.yaml", "red-stewards.yaml", "property-campaign.yaml", "partner-units.yaml", "emergency-teams.yaml",
                "responsibility-zones.yaml", "demonstration-posts.yaml")) {
            assertTrue(found.contains(f), f + " is found among " + found);
        }
        for (String c : CASES) {
            assertTrue(Files.exists(SCENARIOS.resolve(c)), "the case " + c + " is bundled");
            assertFalse(found.contains(c));
        }
        assertFalse(found.contains("baseline.yaml") || found.contains("baseline-full-branches.yaml"), "baselines switch no lever on");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("leverScenarios")
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
