package org.govsim.runner.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shipped case scenarios against the article's figures (scenarios/targets/), as `govsim calibrate FILE --check`
 * measures them, on the shipped defaults (the calibrated values), on 2 threads: Meilan at full size, 10 replications
 * as ODD §8.3 reports it (with the flat-contract reference runs: 20 runs, about 20 seconds; one compound's paired
 * ratio needs them, and Qiongyuan Plaza's, 0.46 against 0.60 ± 0.15, is near its edge, so fewer runs would test
 * their own noise), Yindu and
 * Yongshou 2 replications (a few seconds). The runs are fixed by their seeds, so each assertion is a fact about the
 * shipped model; they fail when a change of the model or of a default moves a figure out of its band.
 */
class CaseChecksTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    @Test
    void meilanMeetsEveryTargetWithinItsSd() throws Exception {
        Map<String, Row> fit = check("calibration/meilan-check.yaml", 10);
        assertEquals(12, fit.size());
        for (Row r : fit.values()) {
            assertTrue(r.within(), r + "\n" + fit.values());
        }
    }

    @Test
    void yinduMeetsItsTargetsWithinTheirSdExceptSmallMattersInTheGrid() throws Exception {
        Map<String, Row> fit = check("calibration/yindu-check.yaml", 2);
        assertEquals(5, fit.size());
        String sf7 = "non-repair issues settled in the compound or grid";
        for (Row r : fit.values()) {
            if (!r.name().equals(sf7)) {
                assertTrue(r.within(), r + "\n" + fit.values());
            }
        }
        // ODD §8.5: the grid's backing at its fitted values leaves SF7 most of one sd short of 80%
        assertEquals(0.70, fit.get(sf7).mean(), 0.05, fit.values().toString());
    }

    /**
     * The held-out prediction as ODD §8.4 reports it, each figure's predicted ÷ observed ratio in a band around the
     * reported one (10 replications there, 2 here, on fixed seeds). A single run's spread is up to ±50% for the
     * smallest counts (disputes mediated: 90% of runs within [44, 124] around 78, §8.4), ±36% for the mean of two, so
     * the bands are wide enough for a change that leaves a figure's distribution alone and narrow enough to catch one
     * that moves it across the article's figure or by a factor of two.
     */
    @Test
    void yongshouIsPredictedAsDocumented() throws Exception {
        Map<String, Row> fit = check("calibration/yongshou.yaml", 2);
        assertEquals(6, fit.size());
        // reported within ±50% of the article's figure (0.71); the band leaves room for the mean of two runs
        assertBand(fit, "conflicts and disputes resolved by party members, Yongshou", 0.4, 1.5);
        // about half: the town's hazards and households against the county's
        assertBand(fit, "flood hazards found before the season, Yongshou", 0.3, 0.8);
        assertBand(fit, "people moved before the rains, Yongshou", 0.25, 0.8);
        // over-predicted: the county's 2,200 members all serve the town's 7 communities
        assertBand(fit, "practical things done for the masses a year, Yongshou", 1.5, 4);
        assertBand(fit, "flood supplies placed before the season, Yongshou", 2, 6);
        assertBand(fit, "volunteer service activities a year, Yongshou", 8, 25);
    }

    private static void assertBand(Map<String, Row> fit, String name, double low, double high) {
        double ratio = fit.get(name).ratio();
        assertTrue(ratio >= low && ratio <= high, name + ": predicted ÷ observed " + ratio + " outside [" + low + ", " + high + "]\n"
                + fit.values());
    }

    /** One target's check: its observed figure ("N+" read as N) and the simulated mean. */
    record Row(String name, double figure, double mean, boolean within) {
        double ratio() {
            return mean / figure;
        }
    }

    private Map<String, Row> check(String file, int replications) throws Exception {
        Path scenario = ReducedDistrictTest.scenarios().resolve(file);
        Path out = tmp.resolve(file.replace('/', '-'));
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        int code = CalibrationRun.run(scenario, new CalibrationRun.Options(out, 4, 1, 0.02, 0, replications, 2, 1, false, null, true, true, "test"),
                new PrintWriter(o), new PrintWriter(e));
        assertEquals(0, code, e.toString());
        Calibration c = CalibrationFile.load(scenario, ModelSimulator::new);
        List<Target> targets = new ArrayList<>(c.spec().targets());
        JsonNode manifest = JSON.readTree(out.resolve(CalibrationManifest.NAME).toFile());
        Map<String, Row> rows = new LinkedHashMap<>();
        for (int k = 0; k < targets.size(); k++) {
            JsonNode f = manifest.get("fit").get(k);
            Target t = targets.get(k);
            assertEquals(t.name(), f.get("target").asText());
            double figure = t.observation() instanceof Observation.Point p ? p.value() : ((Observation.AtLeast) t.observation()).min();
            rows.put(t.name(), new Row(t.name(), figure, f.get("simulatedMean").asDouble(), f.get("within").asBoolean()));
        }
        return rows;
    }
}
