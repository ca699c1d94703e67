package org.govsim.runner.experiment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.govsim.runner.output.CsvFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** morris.csv from a runs.csv written from a known response with noise: the effects, the noise floor, and the policies apart. */
class MorrisAnalysisTest {
    @TempDir
    Path tmp;

    @Test
    void effectsPerPolicyFromTheMeansOfNoisyReplicationsAndTheNoiseFloor() throws Exception {
        Path f = TinyExperiments.write(tmp, "m.yaml", "name: m\n" + TinyExperiments.DISTRICT + """
                experiment:
                  design: MORRIS
                  trajectories: 20
                  replications: 4
                  policies:
                    advisors.total: [0, 5]
                  uncertainties:
                    patience.medianDays: {min: 10, max: 60}
                    patience.exitProb: {min: 0, max: 1}
                """);
        ExperimentPlan plan = ExperimentPlan.of(TinyExperiments.load(f), 5);
        // satisfaction_mean = 16 u1 (u1 the position in medianDays' range) under policy 0, 8 u1 under policy 1; exitProb
        // inert; plus noise N(0, 1) per run, independent, and a replication's luck N(0, 10²) shared by every point
        StringBuilder csv = new StringBuilder(RunRows.runsHeader(plan.columns(), List.of("satisfaction_mean")));
        int sample = DesignPoints.sampleSize(plan.spec(), plan.pointCount());
        for (long id = 0; id < plan.totalRuns(); id++) {
            int p = plan.pointOf(id);
            Object[] x = plan.point(p);
            double u1 = ((Double) x[1] - 10) / 50;
            double y = (p / sample == 0 ? 16 : 8) * u1 + new SplittableRandom(id).nextGaussian()
                    + 10 * new SplittableRandom(-1 - plan.replicationOf(id)).nextGaussian();
            csv.append(id).append(",m,").append(p).append(',').append(plan.replicationOf(id)).append(",1");
            for (Object v : x) {
                csv.append(',').append(CsvFormat.value(v));
            }
            csv.append(',').append(CsvFormat.number(y)).append('\n');
        }
        Files.writeString(tmp.resolve("runs.csv"), csv);
        DesignAnalysis.Written w = DesignAnalysis.write(tmp, plan);
        assertEquals(List.of("morris.csv", "morris-satisfaction_mean.png", "morris-satisfaction_mean.svg"), w.files());
        List<String> rows = Files.readAllLines(tmp.resolve("morris.csv"));
        assertEquals(List.of(MorrisAnalysis.HEADER), rows.subList(0, 1));
        assertEquals(5, rows.size(), "2 policies x 1 metric x 2 factors");
        // each effect carries the difference of two point means' noise, sd sqrt(2/4) = 0.71, over Δ = 2/3: sd 1.06 per
        // effect, 0.24 for the mean of 20. Within 1.0 (4 sd) of the slope:
        double[] slopes = {16, 8};
        for (int policy = 0; policy < 2; policy++) {
            String[] linear = rows.get(1 + 2 * policy).split(",");
            assertEquals(policy + ",satisfaction_mean,patience.medianDays", String.join(",", List.of(linear).subList(0, 3)));
            assertEquals(slopes[policy], Double.parseDouble(linear[3]), 1.0, rows.get(1 + 2 * policy));
            assertEquals("20", linear[6]);
        }
        // the noise floor: 2·sqrt((1/4)/π)/(2/3) = 0.846, the shared luck (sd 10) not counted; the residual variance
        // from 120 points x 4 replications (357 degrees of freedom) has relative sd 0.075, the floor half that, sd 0.03:
        // within 0.2 (6 sd); counting the luck would give 6.8
        Matcher floor = Pattern.compile("noise floor \\(.*\\): satisfaction_mean ([0-9.]+)").matcher(w.summary());
        assertTrue(floor.find(), w.summary());
        assertEquals(0.846, Double.parseDouble(floor.group(1)), 0.2);
        // the inert factor's μ* is noise: its expectation is the floor, the mean of 20 effects has sd 0.14; below 1.7 by 6 sd
        double inert = Double.parseDouble(rows.get(2).split(",")[4]);
        assertTrue(inert < 1.7, "mu* of exitProb = " + inert);
        byte[] first = Files.readAllBytes(tmp.resolve("morris.csv"));
        DesignAnalysis.write(tmp, plan);
        assertArrayEquals(first, Files.readAllBytes(tmp.resolve("morris.csv")));
    }
}
