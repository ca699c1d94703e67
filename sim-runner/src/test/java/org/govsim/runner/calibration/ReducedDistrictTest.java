package org.govsim.runner.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.govsim.model.District;
import org.govsim.model.ModelConfig;
import org.govsim.model.metrics.RunResult;
import org.govsim.model.param.ParamValues;
import org.govsim.runner.experiment.ReplicationSeeds;
import org.govsim.runner.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

/**
 * The Meilan calibration runs on a quarter of the district (scenarios/calibration/meilan.yaml: 250 compounds, every
 * count input divided by four; the two named case compounds keep their size) and reads a district-wide count as the
 * whole district's: the case compounds once, the rest four times ({@link ModelSimulator#wholeDistrict}). That is sound
 * only if the quarter's reading meets the whole district's figure: this test compares them, mean over 2 runs of the
 * whole (1000 compounds) and 4 of the quarter, on the shipped values (about 15 seconds).
 *
 * <p>Tolerances: a count within 10% (the targets' sd is 40% of their value, so a 10% error moves a target's term of the
 * distance by at most 0.25); rates and shares within 5%. Reading the quarter's counts as the total divided by 0.25
 * instead counts the case compounds four times and failed here (advisors' problems at 0.90 of the whole's per household).
 */
class ReducedDistrictTest {
    /** the district-wide counts the Meilan targets scale (the hall's are a named compound's, which keeps its size) */
    private static final List<String> COUNTS = List.of("settled_with_advisor", "service_events");
    private static final List<String> RATES = List.of("issues_per_1000hh_month", "disputes_per_1000hh_month",
            "property_disputes_per_1000hh_month", "fee_collection_rate", "satisfaction_property_mean",
            "share_settled_in_compound_non_repair");

    @Test
    void theQuarterDistrictGivesTheWholeDistrictsFiguresPerHousehold() throws Exception {
        Path scenarios = scenarios();
        ParamValues whole = new ScenarioLoader().load(scenarios.resolve("meilan-2025.yaml")).values();
        ParamValues quarter = new ScenarioLoader().load(scenarios.resolve("calibration/meilan.yaml")).values();
        assertEquals(1000, whole.integer("district.compounds"));
        assertEquals(250, quarter.integer("district.compounds"));
        Map<String, Double> w = figures(whole, 1, 2);
        Map<String, Double> q = figures(quarter, 0.25, 4);
        StringBuilder report = new StringBuilder();
        for (String m : COUNTS) {
            report.append(String.format("%s, the whole district's: whole %.1f, read off the quarter %.1f%n", m, w.get(m), q.get(m)));
        }
        for (String m : RATES) {
            report.append(String.format("%s: whole %.4f, quarter %.4f%n", m, w.get(m), q.get(m)));
        }
        // the comparison docs/ODD.md §8.6 quotes
        System.out.print(report);
        for (String m : COUNTS) {
            assertTrue(w.get(m) > 0, m + " is counted\n" + report);
            assertEquals(1, q.get(m) / w.get(m), 0.10, m + "\n" + report);
        }
        for (String m : RATES) {
            assertEquals(1, q.get(m) / w.get(m), 0.05, m + "\n" + report);
        }
    }

    /** The repository's scenarios/ folder (the build names the root; tests run in sim-runner/ otherwise). */
    static Path scenarios() {
        String root = System.getProperty("govsim.repoRoot");
        if (root != null) {
            return Path.of(root).resolve("scenarios").normalize();
        }
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isDirectory(dir.resolve("scenarios/calibration"))) {
            dir = dir.getParent();
        }
        assertTrue(dir != null, "no scenarios/calibration above " + Path.of("").toAbsolutePath());
        return dir.resolve("scenarios");
    }

    /** The mean over replications of each count as the calibration reads it for the whole district, and of each rate. */
    private static Map<String, Double> figures(ParamValues values, double share, int replications) {
        ModelSimulator reading = new ModelSimulator(values, share);
        Map<String, Double> sum = new java.util.TreeMap<>();
        for (int r = 0; r < replications; r++) {
            RunResult run = new District(ReplicationSeeds.seed(1, r), new ModelConfig(values)).run();
            for (String m : COUNTS) {
                sum.merge(m, reading.wholeDistrict(run, m) / replications, Double::sum);
            }
            for (String m : RATES) {
                sum.merge(m, run.summary().get(m) / replications, Double::sum);
            }
        }
        return sum;
    }
}
