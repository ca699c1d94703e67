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
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shipped case scenarios against the article's figures (scenarios/targets/), as `govsim calibrate FILE --check`
 * measures them, on the shipped defaults (the calibrated values). Each runs 2 replications on 2 threads: Meilan on the
 * quarter district it was fitted on (with the flat-contract reference runs, about 6 seconds), Yindu whole (about 3
 * seconds), Yongshou whole (about 1 second). The runs are fixed by their seeds, so each assertion is a fact about the
 * shipped model; they fail when a change of the model or of a default moves a figure out of its band.
 */
class CaseChecksTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    @Test
    void meilanMeetsItsTargetsWithinTheirSdExceptTheDocumentedMisses() throws Exception {
        Map<String, Row> fit = check("calibration/meilan.yaml");
        // ODD §8.5 says why these miss: Junyuwan's events need money the district's budget does not give one compound
        Set<String> misses = Set.of("neighbourhood events at Junyuwan a year");
        for (Row r : fit.values()) {
            if (!misses.contains(r.name())) {
                assertTrue(r.within(), r + "\n" + fit.values());
            }
        }
        assertEquals(12, fit.size());
    }

    @Test
    void yinduMeetsItsTargetsWithinTheirSdExceptTheDocumentedMisses() throws Exception {
        Map<String, Row> fit = check("calibration/yindu-check.yaml");
        for (Row r : fit.values()) {
            assertTrue(r.within(), r + "\n" + fit.values());
        }
        assertEquals(5, fit.size());
    }

    @Test
    void yongshouIsPredictedAsDocumented() throws Exception {
        Map<String, Row> fit = check("calibration/yongshou.yaml");
        assertEquals(6, fit.size());
    }

    /** One target's check: its observed figure ("N+" read as N) and the simulated mean. */
    record Row(String name, double figure, double mean, boolean within) {
        double ratio() {
            return mean / figure;
        }
    }

    private Map<String, Row> check(String file) throws Exception {
        Path scenario = ReducedDistrictTest.scenarios().resolve(file);
        Path out = tmp.resolve(file.replace('/', '-'));
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        int code = CalibrationRun.run(scenario, new CalibrationRun.Options(out, 4, 1, 0.02, 2, 2, 1, false, null, true, true, "test"),
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
