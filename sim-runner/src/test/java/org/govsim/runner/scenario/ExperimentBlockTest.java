package org.govsim.runner.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The experiment: block is checked before anything runs, every refusal with its file, line and key. */
class ExperimentBlockTest {
    @TempDir
    Path tmp;

    private Path file(String name, String text) throws Exception {
        Path f = tmp.resolve(name);
        Files.writeString(f, text);
        return f;
    }

    private String refusal(String block) throws Exception {
        Path f = file("bad.yaml", "run:\n  days: 60\n" + block);
        ScenarioException e = assertThrows(ScenarioException.class, () -> new ScenarioLoader().load(f));
        return e.getMessage();
    }

    @Test
    void aValidBlockIsCarriedOnTheScenario() throws Exception {
        Scenario s = new ScenarioLoader().load(file("ok.yaml", """
                experiment:
                  design: factorial
                  replications: 4
                  policies:
                    advisors.total: [0, 800]
                  uncertainties:
                    patience.medianDays: [14, 60]
                """));
        ExperimentSpec e = s.experiment();
        assertEquals(ExperimentDesign.FACTORIAL, e.design());
        assertEquals(4, e.replications());
        assertEquals(java.util.List.of("advisors.total", "patience.medianDays"), e.factorPaths());
        assertEquals(java.util.List.of(14.0, 60.0), e.uncertainties().get(0).levels());
        assertEquals(e, s.withOverrides(java.util.List.of("run.days=30")).experiment(), "--set keeps the experiment");
    }

    @Test
    void unknownPathIsRefusedWithItsLineAndANearName() throws Exception {
        String m = refusal("experiment:\n  design: FACTORIAL\n  policies:\n    advisors.totl: [0, 1]\n");
        assertTrue(m.contains("bad.yaml:6: experiment.policies.advisors.totl: unknown parameter (did you mean 'advisors.total'?)"), m);
    }

    @Test
    void listedValueOutsideItsRangeIsRefused() throws Exception {
        String m = refusal("experiment:\n  design: FACTORIAL\n  policies:\n    levels.branch.coverage: [0.5, 1.5]\n");
        assertTrue(m.contains("bad.yaml:6: experiment.policies.levels.branch.coverage: value 2 is 1.5, outside the allowed range"), m);
    }

    @Test
    void rangesMustLieInsideTheAllowedRangeAndBeOrdered() throws Exception {
        String m = refusal("""
                experiment:
                  design: LATIN_HYPERCUBE
                  samples: 10
                  uncertainties:
                    levels.branch.coverage: {min: 0.2, max: 2}
                    patience.medianDays: {min: 60, max: 14}
                """);
        assertTrue(m.contains("bad.yaml:7: experiment.uncertainties.levels.branch.coverage: range [0.2, 2.0] is outside the allowed range"), m);
        assertTrue(m.contains("bad.yaml:8: experiment.uncertainties.patience.medianDays: range min (60.0) must be below max (14.0)"), m);
    }

    @Test
    void samplingDesignsNeedRangesAndSamples() throws Exception {
        String m = refusal("experiment:\n  design: SOBOL\n  uncertainties:\n    patience.medianDays: [14, 60]\n");
        assertTrue(m.contains("bad.yaml:6: experiment.uncertainties.patience.medianDays: SOBOL samples ranges"), m);
        assertTrue(m.contains("bad.yaml:4: experiment.samples: missing: SOBOL needs samples (at least 2)"), m);
        String one = refusal("experiment:\n  design: LATIN_HYPERCUBE\n  samples: 1\n  uncertainties:\n    patience.medianDays: {min: 1, max: 2}\n");
        assertTrue(one.contains("bad.yaml:5: experiment.samples: must be an integer of at least 2, not 1"), one);
    }

    @Test
    void morrisTakesRangesTrajectoriesAndEvenLevels() throws Exception {
        Scenario s = new ScenarioLoader().load(file("morris.yaml", """
                experiment:
                  design: morris
                  trajectories: 12
                  uncertainties:
                    patience.medianDays: {min: 14, max: 60}
                """));
        assertEquals(ExperimentDesign.MORRIS, s.experiment().design());
        assertEquals(12, s.experiment().trajectories());
        assertEquals(ExperimentSpec.DEFAULT_MORRIS_LEVELS, s.experiment().levels(), "levels default to 4");
        String odd = refusal("experiment:\n  design: MORRIS\n  trajectories: 4\n  levels: 5\n");
        assertTrue(odd.contains("bad.yaml:6: experiment.levels: must be an even integer from 2 to 1000"), odd);
        String m = refusal("experiment:\n  design: MORRIS\n  samples: 10\n  trajectories: 4\n  uncertainties:\n    patience.medianDays: [14, 60]\n");
        assertTrue(m.contains("bad.yaml:5: experiment.samples: is used by LATIN_HYPERCUBE and SOBOL only, not MORRIS; MORRIS takes trajectories"), m);
        assertTrue(m.contains("bad.yaml:8: experiment.uncertainties.patience.medianDays: MORRIS samples ranges"), m);
        String missing = refusal("experiment:\n  design: MORRIS\n  uncertainties:\n    patience.medianDays: {min: 14, max: 60}\n");
        assertTrue(missing.contains("bad.yaml:4: experiment.trajectories: missing: MORRIS needs trajectories"), missing);
        String one = refusal("experiment:\n  design: MORRIS\n  trajectories: 1\n");
        assertTrue(one.contains("bad.yaml:5: experiment.trajectories: must be an integer of at least 2"), one);
        String elsewhere = refusal("experiment:\n  design: LATIN_HYPERCUBE\n  samples: 4\n  trajectories: 3\n  levels: 4\n"
                + "  uncertainties:\n    patience.medianDays: {min: 14, max: 60}\n");
        assertTrue(elsewhere.contains("bad.yaml:6: experiment.trajectories: is used by MORRIS only, not LATIN_HYPERCUBE"), elsewhere);
        assertTrue(elsewhere.contains("bad.yaml:7: experiment.levels: is used by MORRIS only, not LATIN_HYPERCUBE"), elsewhere);
    }

    @Test
    void anEmptyDesignIsRefused() throws Exception {
        String m = refusal("experiment:\n  design: FACTORIAL\n");
        assertTrue(m.contains("bad.yaml:3: experiment: empty design"), m);
        String list = refusal("experiment:\n  design: FACTORIAL\n  policies:\n    advisors.total: []\n");
        assertTrue(list.contains("bad.yaml:6: experiment.policies.advisors.total: the list is empty"), list);
    }

    @Test
    void unknownDesignAndKeyAreRefused() throws Exception {
        String m = refusal("experiment:\n  design: GRID\n  replicatons: 3\n");
        assertTrue(m.contains("bad.yaml:4: experiment.design: is the text 'GRID', not one of [FACTORIAL"), m);
        assertTrue(m.contains("bad.yaml:5: experiment.replicatons: unknown key (did you mean 'replications'?)"), m);
    }

    @Test
    void tableProblemsNameTheTableFileAndLine() throws Exception {
        file("points.csv", "patience.medianDays,levels.branch.coverage\n14,0.5\n30,7\n");
        String m = refusal("experiment:\n  design: TABLE\n  table: points.csv\n");
        assertTrue(m.contains("points.csv:3: levels.branch.coverage: is 7.0, outside the allowed range"), m);
        String missing = refusal("experiment:\n  design: TABLE\n  table: nowhere.csv\n");
        assertTrue(missing.contains("nowhere.csv: table file not found"), missing);
        file("typo.csv", "patience.medianDay\n14\n");
        String typo = refusal("experiment:\n  design: TABLE\n  table: typo.csv\n");
        assertTrue(typo.contains("typo.csv:1: patience.medianDay: unknown parameter (did you mean 'patience.medianDays'?)"), typo);
    }

    @Test
    void extendsInheritsTheParentsExperimentUnlessTheChildGivesOne() throws Exception {
        file("parent.yaml", "experiment:\n  design: FACTORIAL\n  policies:\n    advisors.total: [0, 5]\n");
        Scenario child = new ScenarioLoader().load(file("child.yaml", "extends: parent.yaml\nrun:\n  days: 60\n"));
        assertEquals(ExperimentDesign.FACTORIAL, child.experiment().design());
        Scenario own = new ScenarioLoader().load(file("own.yaml", """
                extends: parent.yaml
                experiment:
                  design: FACTORIAL
                  policies:
                    patience.medianDays: [20]
                """));
        assertEquals(java.util.List.of("patience.medianDays"), own.experiment().factorPaths());
        assertEquals(null, new ScenarioLoader().load(file("plain.yaml", "run:\n  days: 60\n")).experiment());
    }
}
