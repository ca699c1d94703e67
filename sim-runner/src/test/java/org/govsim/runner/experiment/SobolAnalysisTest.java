package org.govsim.runner.experiment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import org.govsim.runner.output.CsvFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * sobol.csv from a batch folder's runs.csv, on runs.csv files written from a known response (not the model), so
 * that the indices are known: per policy, means over replications, intervals, and the warnings.
 */
class SobolAnalysisTest {
    private static final List<String> METRICS = List.of("disputes_per_1000hh_month", "fee_collection_rate");

    @TempDir
    Path tmp;

    private ExperimentPlan plan(int samples, int replications) throws Exception {
        Path f = TinyExperiments.write(tmp, "sobol-" + samples + ".yaml", "name: s\n" + TinyExperiments.DISTRICT + """
                experiment:
                  design: SOBOL
                  samples: %d
                  replications: %d
                  policies:
                    advisors.total: [0, 5]
                  uncertainties:
                    patience.medianDays: {min: 10, max: 60}
                    levels.branch.coverage: {min: 0, max: 1}
                    patience.exitProb: {min: 0, max: 1}
                """.formatted(samples, replications));
        return ExperimentPlan.of(TinyExperiments.load(f), 3);
    }

    /**
     * runs.csv with fee_collection_rate = 10^4 + 4·u1 + 2·u2 + 0·exitProb + 100·policy + noise (u the position in
     * each range; S1 = ST = 0.8, 0.2 and 0, the same for both policies) and a disputes rate that never varies.
     */
    private static Path runs(Path dir, ExperimentPlan plan, double noise) throws Exception {
        return runs(dir, plan, noise, 0);
    }

    /** The same with, besides, a replication's own luck: shift · N(0, 1) drawn once per replication, the same at every point. */
    private static Path runs(Path dir, ExperimentPlan plan, double noise, double shift) throws Exception {
        Files.createDirectories(dir);
        StringBuilder csv = new StringBuilder(RunRows.runsHeader(plan.columns(), METRICS));
        int sample = DesignPoints.sampleSize(plan.spec(), plan.pointCount());
        for (long id = 0; id < plan.totalRuns(); id++) {
            int p = plan.pointOf(id);
            Object[] x = plan.point(p);
            double u1 = ((Double) x[1] - 10) / 50;
            double u2 = (Double) x[2];
            double y = 1e4 + 4 * u1 + 2 * u2 + 100 * (p / sample) + noise * new SplittableRandom(id).nextGaussian()
                    + shift * new SplittableRandom(-1 - plan.replicationOf(id)).nextGaussian();
            csv.append(id).append(",s,").append(p).append(',').append(plan.replicationOf(id)).append(",1");
            for (Object v : x) {
                csv.append(',').append(CsvFormat.value(v));
            }
            csv.append(",30,").append(CsvFormat.number(y)).append('\n');
        }
        Files.writeString(dir.resolve("runs.csv"), csv);
        return dir;
    }

    @Test
    void sobolCsvHasIndicesWithIntervalsPerPolicyMetricAndParameter() throws Exception {
        ExperimentPlan plan = plan(256, 2);
        Path dir = runs(tmp.resolve("a"), plan, 0.01);
        DesignAnalysis.Written w = DesignAnalysis.write(dir, plan);
        assertEquals(List.of("sobol.csv"), w.files());
        List<String> rows = Files.readAllLines(dir.resolve("sobol.csv"));
        assertEquals("policy,metric,parameter,first_order,first_order_low,first_order_high,total,total_low,total_high", rows.get(0));
        assertEquals(1 + 2 * 2 * 3, rows.size(), "2 policies x 2 metrics x 3 parameters");
        double[] truth = {0.8, 0.2, 0};
        for (int policy = 0; policy < 2; policy++) {
            for (int i = 0; i < 3; i++) {
                String[] c = rows.get(1 + policy * 6 + 3 + i).split(",");
                assertEquals(String.valueOf(policy), c[0]);
                assertEquals("fee_collection_rate", c[1]);
                assertEquals(plan.columns().get(1 + i), c[2]);
                double[] v = new double[6];
                for (int j = 0; j < 6; j++) {
                    v[j] = Double.parseDouble(c[3 + j]);
                }
                // each interval holds the analytic index (the noise, sd 0.01/sqrt(2) per point mean, is 0.01% of the variance)
                assertTrue(v[1] <= truth[i] + 1e-9 && truth[i] - 1e-9 <= v[2], rows.get(1 + policy * 6 + 3 + i));
                assertTrue(v[4] <= truth[i] + 1e-3 && truth[i] - 1e-3 <= v[5], rows.get(1 + policy * 6 + 3 + i));
                // 256 Sobol base points: the linear model's estimates are within 0.03 of the truth (measured 0.02 at N = 256)
                assertEquals(truth[i], v[0], 0.05, rows.get(1 + policy * 6 + 3 + i));
            }
        }
        assertTrue(rows.get(1).startsWith("0,disputes_per_1000hh_month,patience.medianDays,NaN,NaN,NaN,NaN,NaN,NaN"), rows.get(1));
        assertTrue(w.summary().contains("256 base points, each point the mean of its 2 replications"), w.summary());
        assertFalse(w.summary().contains("warning: "), w.summary());
        assertTrue(w.summary().contains("note: no indices (n/a) for disputes_per_1000hh_month: it does not vary"), w.summary());
        byte[] first = Files.readAllBytes(dir.resolve("sobol.csv"));
        DesignAnalysis.Written again = DesignAnalysis.write(dir, plan);
        assertArrayEquals(first, Files.readAllBytes(dir.resolve("sobol.csv")), "the bootstrap's resamples come from the plan's seed");
        assertEquals(w.summary(), again.summary());
    }

    @Test
    void eightBasePointsGiveWideIntervalsAndSayHowManyWouldDo() throws Exception {
        ExperimentPlan plan = plan(8, 1);
        Path dir = runs(tmp.resolve("b"), plan, 0.5);
        String summary = DesignAnalysis.write(dir, plan).summary();
        assertTrue(summary.contains(" !"), summary);
        assertTrue(summary.matches("(?s).*warning: \\d+ of 12 intervals \\(marked !\\) are wider than 0.3.*samples: \\d+ would bring it.*"), summary);
        assertTrue(summary.contains("warning: only 8 base points"), summary);
        assertTrue(summary.contains("note: one replication per point"), summary);
    }

    @Test
    void noisyPointMeansAreFlaggedAndAFailedRunDropsItsBaseRow() throws Exception {
        ExperimentPlan plan = plan(64, 2);
        Path dir = runs(tmp.resolve("c"), plan, 2);
        // drop both replications of point 7 (a row of base point 1 of policy 0): that base row has no value
        List<String> lines = Files.readAllLines(dir.resolve("runs.csv"));
        lines.removeIf(l -> l.startsWith("14,") || l.startsWith("15,"));
        Files.write(dir.resolve("runs.csv"), lines);
        String summary = DesignAnalysis.write(dir, plan).summary();
        // noise variance 4/2 per point mean against the model's 20/12: more than half of the variance
        assertTrue(summary.matches("(?s).*warning: simulation noise is \\d+% of the variance of fee_collection_rate's point means.*"), summary);
        assertTrue(summary.contains("warning: 1 of 64 base points left out of fee_collection_rate"), summary);
    }

    @Test
    void luckThatEveryPointSharesIsNotCountedAsNoise() throws Exception {
        // common random numbers: replication r's luck is the same at every point and cancels from the indices. Here
        // it has sd 50 against the model's 1.3; the point-specific noise (sd 0.01) is 0.003% of the variance.
        ExperimentPlan plan = plan(64, 4);
        Path dir = runs(tmp.resolve("d"), plan, 0.01, 50);
        String summary = DesignAnalysis.write(dir, plan).summary();
        assertFalse(summary.contains("simulation noise is"), summary);
        List<String> rows = Files.readAllLines(dir.resolve("sobol.csv"));
        // the indices are those of the model, as without the luck (at N = 64 within 0.1, as the estimates above)
        assertEquals(0.8, Double.parseDouble(rows.get(4).split(",")[3]), 0.1, rows.get(4));
    }
}
