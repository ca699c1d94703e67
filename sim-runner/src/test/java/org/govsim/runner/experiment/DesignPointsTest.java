package org.govsim.runner.experiment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.govsim.runner.scenario.Scenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each design's points: how many, in which order, and that every policy meets the same uncertainty sample. */
class DesignPointsTest {
    @TempDir
    Path tmp;

    private ExperimentPlan plan(String block, long seed) throws Exception {
        Path f = TinyExperiments.write(tmp, "e" + Math.abs(block.hashCode()) + ".yaml", "name: e\n" + TinyExperiments.DISTRICT + block);
        return ExperimentPlan.of(TinyExperiments.load(f), seed);
    }

    @Test
    void factorialCrossesPoliciesWithUncertaintiesLastFactorFastest() throws Exception {
        ExperimentPlan p = plan("""
                experiment:
                  design: FACTORIAL
                  replications: 3
                  policies:
                    advisors.total: [0, 5, 10]
                  uncertainties:
                    patience.medianDays: [14, 60]
                    patience.exitProb: [0.2, 0.5]
                """, 1);
        assertEquals(12, p.pointCount());
        assertEquals(36, p.totalRuns());
        assertArrayEquals(new Object[] {0, 14.0, 0.2}, p.point(0));
        assertArrayEquals(new Object[] {0, 14.0, 0.5}, p.point(1));
        assertArrayEquals(new Object[] {5, 14.0, 0.2}, p.point(4));
        assertEquals(5, p.values(4).integer("advisors.total"));
        // run id = point x R + replication; the seed depends on the replication only (common random numbers)
        RunSpec r = p.run(3 * 7 + 2);
        assertEquals(2, r.replication());
        assertEquals(ReplicationSeeds.seed(1, 2), r.seed());
        assertEquals(p.run(2).seed(), r.seed());
        assertNotEquals(p.run(1).seed(), p.run(2).seed());
    }

    @Test
    void oneAtATimeStartsFromTheScenarioAndMovesOneFactorAtATime() throws Exception {
        ExperimentPlan p = plan("""
                patience:
                  medianDays: 30
                experiment:
                  design: ONE_AT_A_TIME
                  uncertainties:
                    patience.medianDays: [14, 30, 60]
                    levels.branch.coverage: [0.5]
                """, 1);
        assertEquals(org.govsim.runner.scenario.ExperimentSpec.DEFAULT_REPLICATIONS, p.replications());
        assertEquals(4, p.pointCount(), "the centre, medianDays 14 and 60 (30 is the centre), coverage 0.5");
        Object centreCoverage = p.scenario().values().get("levels.branch.coverage");
        assertArrayEquals(new Object[] {30.0, centreCoverage}, p.point(0));
        assertArrayEquals(new Object[] {14.0, centreCoverage}, p.point(1));
        assertArrayEquals(new Object[] {30.0, 0.5}, p.point(3));
    }

    @Test
    void latinHypercubeHasOnePointPerStratumAndEveryPolicyMeetsTheSameSample() throws Exception {
        String block = """
                experiment:
                  design: LATIN_HYPERCUBE
                  samples: 20
                  replications: 2
                  policies:
                    property.contract: [FLAT, LINKED]
                  uncertainties:
                    patience.medianDays: {min: 10, max: 50}
                    advisors.total: {min: 0, max: 100}
                """;
        ExperimentPlan p = plan(block, 5);
        assertEquals(40, p.pointCount());
        Set<Integer> strata = new HashSet<>();
        for (int i = 0; i < 20; i++) {
            Object[] a = p.point(i);
            Object[] b = p.point(20 + i);
            assertEquals("FLAT", a[0]);
            assertEquals("LINKED", b[0]);
            assertEquals(a[1], b[1], "both policies meet the same draw");
            assertEquals(a[2], b[2]);
            assertTrue(a[2] instanceof Integer, "integer parameters take rounded values");
            strata.add((int) (((Double) a[1] - 10) / 40 * 20));
        }
        assertEquals(20, strata.size(), "each of the 20 strata of medianDays holds one point");
        assertArrayEquals(p.point(7), plan(block, 5).point(7), "the sample follows from the seed");
        assertNotEquals(p.point(7)[1], plan(block, 6).point(7)[1]);
    }

    @Test
    void sobolHasNTimesKPlusTwoPointsInSaltellisOrder() throws Exception {
        ExperimentPlan p = plan("""
                experiment:
                  design: SOBOL
                  samples: 8
                  replications: 1
                  uncertainties:
                    patience.medianDays: {min: 10, max: 50}
                    patience.exitProb: {min: 0, max: 1}
                    levels.branch.coverage: {min: 0, max: 1}
                """, 1);
        assertEquals(8 * (3 + 2), p.pointCount());
        Object[] a = p.point(0);
        Object[] b = p.point(1);
        Object[] ab2 = p.point(3);  // A with column 2 (exitProb) from B
        assertEquals(a[0], ab2[0]);
        assertEquals(b[1], ab2[1]);
        assertEquals(a[2], ab2[2]);
    }

    @Test
    void tableRowsArePointsAndPoliciesCrossThem() throws Exception {
        TinyExperiments.write(tmp, "points.csv", "# three settings\npatience.medianDays,levels.branch.coverage\n14,0.2\n30,0.5\n60,0.9\n");
        ExperimentPlan p = plan("""
                experiment:
                  design: TABLE
                  table: points.csv
                  replications: 2
                  policies:
                    advisors.total: [0, 10]
                """, 1);
        assertEquals(6, p.pointCount());
        assertArrayEquals(new Object[] {10, 30.0, 0.5}, p.point(4));
        assertEquals(java.util.List.of("advisors.total", "patience.medianDays", "levels.branch.coverage"), p.columns());
    }

    @Test
    void scenarioWithoutExperimentHasNoPlan() throws Exception {
        Scenario s = TinyExperiments.load(TinyExperiments.write(tmp, "plain.yaml", TinyExperiments.DISTRICT));
        assertEquals(null, s.experiment());
    }
}
