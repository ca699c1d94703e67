package org.govsim.runner.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.govsim.runner.scenario.ExperimentDesign;
import org.govsim.runner.scenario.Scenario;
import org.junit.jupiter.api.Test;

/** The experiments shipped in scenarios/experiments/ validate and plan as README.md describes them. */
class ExampleExperimentsTest {
    static Path experiment(String name) {
        String root = System.getProperty("govsim.repoRoot");
        Path repo = root != null ? Path.of(root).normalize() : Path.of("..").toAbsolutePath().normalize();
        return repo.resolve("scenarios/experiments").resolve(name);
    }

    @Test
    void advisorSweepIsFivePointsOfTenReplications() throws Exception {
        Scenario s = TinyExperiments.load(experiment("advisor-sweep.yaml"));
        ExperimentPlan p = ExperimentPlan.of(s, 1);
        assertEquals(ExperimentDesign.FACTORIAL, s.experiment().design());
        assertEquals(5, p.pointCount());
        assertEquals(50, p.totalRuns());
        assertEquals(List.of("advisors.total"), p.columns());
        int compounds = s.values().integer("district.compounds");
        for (int k = 0; k <= 4; k++) {
            assertEquals(k * compounds, p.values(k).integer("advisors.total"), k + " advisors per compound");
        }
    }

    @Test
    void leversLhsIsFortyDrawsForEachFeeRegime() throws Exception {
        Scenario s = TinyExperiments.load(experiment("levers-lhs.yaml"));
        ExperimentPlan p = ExperimentPlan.of(s, 1);
        assertEquals(ExperimentDesign.LATIN_HYPERCUBE, s.experiment().design());
        assertEquals(80, p.pointCount());
        assertEquals(240, p.totalRuns());
        for (int i = 0; i < 40; i++) {
            assertEquals("FLAT", p.point(i)[0]);
            assertEquals("LINKED", p.point(40 + i)[0]);
            assertEquals(p.point(i)[1], p.point(40 + i)[1]);
        }
    }

    @Test
    void leversMorrisIsTenTrajectoriesOfSixPoints() throws Exception {
        Scenario s = TinyExperiments.load(experiment("levers-morris.yaml"));
        ExperimentPlan p = ExperimentPlan.of(s, 1);
        assertEquals(ExperimentDesign.MORRIS, s.experiment().design());
        assertEquals(60, p.pointCount());
        assertEquals(180, p.totalRuns());
        // the first move of trajectory 0 changes one factor by 2/3 of its range: hall.coverage by 0.667, or advisors by 160
        int changed = 0;
        for (int i = 0; i < 5; i++) {
            changed += p.point(0)[i].equals(p.point(1)[i]) ? 0 : 1;
        }
        assertEquals(1, changed);
    }

    @Test
    void leversSobolIsSixtyFourBasePointsOfSevenPoints() throws Exception {
        Scenario s = TinyExperiments.load(experiment("levers-sobol.yaml"));
        ExperimentPlan p = ExperimentPlan.of(s, 1);
        assertEquals(ExperimentDesign.SOBOL, s.experiment().design());
        assertEquals(64 * 7, p.pointCount());
        assertEquals(896, p.totalRuns());
    }
}
