package org.govsim.runner.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A design too large to run is refused when the scenario is read (so by validate and --dry-run too), counted
 * without generating a point, with the setting to lower and the value to lower it to; one test per shape of design.
 */
class DesignSizeTest {
    @TempDir
    Path tmp;

    /** The refusal's message; it must come within 10 s (counting is instant; generating 4e8 points took 80 s and ran out of memory). */
    private String refusal(String block) throws Exception {
        Path f = tmp.resolve("big.yaml");
        Files.writeString(f, "run:\n  days: 60\n" + block);
        long start = System.nanoTime();
        ScenarioException e = assertThrows(ScenarioException.class, () -> new ScenarioLoader().load(f));
        assertTrue(System.nanoTime() - start < 10_000_000_000L, "refused in " + (System.nanoTime() - start) / 1e9 + " s");
        return e.getMessage();
    }

    private static String values(int from, int count) {
        return IntStream.range(from, from + count).mapToObj(Integer::toString).collect(Collectors.joining(", ", "[", "]"));
    }

    @Test
    void sobolOfTenMillionBasePointsNamesTheSamplesThatFit() throws Exception {
        String m = refusal("""
                experiment:
                  design: SOBOL
                  samples: 10000000
                  uncertainties:
                    patience.medianDays: {min: 10, max: 60}
                    patience.exitProb: {min: 0, max: 1}
                    levels.branch.coverage: {min: 0, max: 1}
                    levels.branch.strength: {min: 0, max: 1}
                    hall.coverage: {min: 0, max: 1}
                """);
        assertTrue(m.contains("big.yaml:5: experiment.samples: the design has 70,000,000 points (1 policy combination x 10,000,000 base "
                + "points x (5 ranges + 2)) and 700,000,000 runs (x 10 replications); an experiment may have at most 1,000,000 points and "
                + "10,000,000 runs: lower samples to at most 142,857"), m);
    }

    @Test
    void factorialOfFourHundredMillionPointsNamesTheLongestList() throws Exception {
        String m = refusal("experiment:\n  design: FACTORIAL\n  replications: 2\n  policies:\n    advisors.total: " + values(0, 400)
                + "\n  uncertainties:\n    volunteers.members: " + values(0, 1000) + "\n    district.compounds: " + values(1, 1000) + "\n");
        assertTrue(m.contains("big.yaml:9: experiment.uncertainties.volunteers.members: the design has 400,000,000 points (400 policy "
                + "combinations x 1,000,000 combinations of the uncertainties)"), m);
        assertTrue(m.endsWith("list at most 2 values for volunteers.members (it has 1,000)"), m);
    }

    @Test
    void fiftyThousandPoliciesTimesAFiftyThousandPointHypercube() throws Exception {
        String m = refusal("experiment:\n  design: LATIN_HYPERCUBE\n  samples: 50000\n  policies:\n    advisors.total: " + values(0, 50_000)
                + "\n  uncertainties:\n    patience.medianDays: {min: 10, max: 60}\n");
        assertTrue(m.contains("big.yaml:5: experiment.samples: the design has 2,500,000,000 points (50,000 policy combinations x 50,000 "
                + "samples)"), m);
        assertTrue(m.endsWith("lower samples to at most 20"), m);
    }

    @Test
    void aBillionSamplesIsRefusedForItsSizeNotAsANumber() throws Exception {
        for (String samples : new String[] {"1000000000", "1000000000000000000000000000000"}) {
            String m = refusal("experiment:\n  design: LATIN_HYPERCUBE\n  samples: " + samples
                    + "\n  uncertainties:\n    patience.medianDays: {min: 10, max: 60}\n");
            assertTrue(m.contains("big.yaml:5: experiment.samples: the design has "), m);
            assertTrue(m.endsWith("lower samples to at most 1,000,000"), m);
            assertTrue(!m.contains("at least 2"), m);
        }
    }

    @Test
    void tooManyRunsOfAFittingDesignNameTheReplications() throws Exception {
        String m = refusal("""
                experiment:
                  design: LATIN_HYPERCUBE
                  samples: 100000
                  replications: 1000
                  uncertainties:
                    patience.medianDays: {min: 10, max: 60}
                """);
        assertTrue(m.contains("big.yaml:6: experiment.replications: the design has 100,000 points"), m);
        assertTrue(m.endsWith("lower replications to at most 100"), m);
    }

    @Test
    void morrisTrajectoriesAndTableRowsAreCountedToo() throws Exception {
        String morris = refusal("""
                experiment:
                  design: MORRIS
                  trajectories: 1000000
                  uncertainties:
                    patience.medianDays: {min: 10, max: 60}
                    patience.exitProb: {min: 0, max: 1}
                    hall.coverage: {min: 0, max: 1}
                """);
        assertTrue(morris.contains("big.yaml:5: experiment.trajectories: the design has 4,000,000 points (1 policy combination x 1,000,000 "
                + "trajectories x (3 ranges + 1))"), morris);
        assertTrue(morris.endsWith("lower trajectories to at most 250,000"), morris);
        Files.writeString(tmp.resolve("rows.csv"), "patience.medianDays\n" + IntStream.range(0, 1000).mapToObj(i -> String.valueOf(10 + i % 50))
                .collect(Collectors.joining("\n")) + "\n");
        String table = refusal("experiment:\n  design: TABLE\n  table: rows.csv\n  policies:\n    advisors.total: " + values(0, 2000) + "\n");
        assertTrue(table.contains("big.yaml:5: experiment.table: the design has 2,000,000 points (2,000 policy combinations x 1,000 table rows)"),
                table);
        assertTrue(table.endsWith("the table has 1,000 rows; keep at most 500"), table);
    }

    @Test
    void whenNoOneSettingSufficesThePoliciesOrTheWholeBlockAreNamed() throws Exception {
        String policies = refusal("experiment:\n  design: LATIN_HYPERCUBE\n  samples: 2\n  policies:\n    advisors.total: " + values(0, 2000)
                + "\n    volunteers.members: " + values(0, 2000) + "\n  uncertainties:\n    patience.medianDays: {min: 10, max: 60}\n");
        assertTrue(policies.contains("big.yaml:7: experiment.policies.advisors.total: the design has 8,000,000 points"), policies);
        assertTrue(policies.endsWith("list at most 250 values for advisors.total (it has 2,000)"), policies);
        String whole = refusal("experiment:\n  design: FACTORIAL\n  policies:\n    advisors.total: " + values(0, 2000)
                + "\n    volunteers.members: " + values(0, 2000) + "\n  uncertainties:\n    district.compounds: " + values(1, 2000) + "\n");
        assertTrue(whole.contains("big.yaml:3: experiment: the design has 8,000,000,000 points"), whole);
        assertTrue(whole.endsWith("lower the design's sample and list fewer policy values"), whole);
    }

    @Test
    void countsAreExactWithoutGeneratingAndSaturateInsteadOfWrapping() throws Exception {
        Path f = tmp.resolve("ok.yaml");
        Files.writeString(f, """
                experiment:
                  design: SOBOL
                  samples: 64
                  replications: 3
                  policies:
                    advisors.total: [0, 5, 10]
                  uncertainties:
                    patience.medianDays: {min: 10, max: 60}
                    patience.exitProb: {min: 0, max: 1}
                """);
        DesignSize size = DesignSize.of(new ScenarioLoader().load(f).experiment());
        assertEquals(3 * 64 * 4, size.points());
        assertEquals(3 * 64 * 4 * 3, size.runs());
        assertTrue(size.fits());
        assertEquals(Long.MAX_VALUE, DesignSize.times(Long.MAX_VALUE / 2, 3));
    }
}
