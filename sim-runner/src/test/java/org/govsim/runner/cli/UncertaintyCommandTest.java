package org.govsim.runner.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.govsim.runner.output.CsvTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code govsim run ... --compare --uncertainty} and {@code --matched-baseline} end to end on small districts: every
 * option on the same draws and replication seeds, the comparison carrying the spread across draws; each lever
 * scenario against its own district with every lever off, paired; bad combinations refused.
 */
class UncertaintyCommandTest {
    private static final List<String> SMALL = List.of("--days", "90", "--set", "district.compounds=20", "--set", "run.burnInDays=30",
            "--threads", "2", "--seed", "5");

    @TempDir
    Path tmp;

    private static Cli run(String... args) {
        List<String> all = new java.util.ArrayList<>(List.of("run"));
        all.addAll(List.of(args));
        all.addAll(SMALL);
        return Cli.run(all.toArray(String[]::new));
    }

    @Test
    void everyOptionRunsOnTheSameDrawsAndTheComparisonCarriesTheirSpread() throws IOException {
        Path source = tmp.resolve("assumptions.yaml");
        Files.writeString(source, "name: assumptions\nexperiment:\n  design: LATIN_HYPERCUBE\n  samples: 4\n  replications: 2\n"
                + "  uncertainties:\n    patience.medianDays: {min: 14, max: 60}\n    levels.branch.strength: {min: 0.3, max: 0.9}\n");
        Path option = tmp.resolve("branches.yaml");
        Files.writeString(option, "name: branches\nextends: " + Cli.scenario("baseline.yaml").toAbsolutePath() + "\nlevels:\n  branch:\n    coverage: 1.0\n");
        Path out = tmp.resolve("u");
        Cli c = run(Cli.scenario("baseline.yaml").toString(), option.toString(), "--compare", "--uncertainty", source.toString(),
                "--out", out.toString(), "--metrics", "disputes_per_1000hh_month,satisfaction_mean");
        assertEquals(0, c.exitCode(), c.err());
        assertTrue(c.out().contains("uncertainty: 4 draws of a Latin hypercube"), c.out());
        CsvTable base = CsvTable.parse(Files.readString(out.resolve("baseline/runs.csv")));
        CsvTable opt = CsvTable.parse(Files.readString(out.resolve("branches/runs.csv")));
        assertEquals(8, base.rows().size(), "4 draws x 2 replications");
        for (String col : List.of("point", "replication", "seed", "patience.medianDays", "levels.branch.strength")) {
            assertEquals(column(base, col), column(opt, col), "the same draws and seeds in both: " + col);
        }
        assertEquals(2, Set.copyOf(column(base, "seed")).size(), "replication r has the same seed at every draw");
        assertEquals(4, Set.copyOf(column(base, "patience.medianDays")).size());
        assertTrue(Files.exists(out.resolve("baseline/experiment-table.csv")), "the draws beside the runs, to rerun them");
        CsvTable comparison = CsvTable.parse(Files.readString(out.resolve("comparison/comparison.csv")));
        for (List<String> row : comparison.rows()) {
            assertEquals("4", row.get(comparison.column("draws")), row.toString());
            assertEquals("2", row.get(comparison.column("replications_per_draw")));
            assertFalse(row.get(comparison.column("draw_low")).isEmpty());
        }
        assertTrue(Files.exists(out.resolve("comparison/influences.csv")));
        String html = Files.readString(out.resolve("comparison/report.html"));
        assertTrue(html.contains("id=\"uncertainty\"") && html.contains("better in"), "the report's uncertainty section");
    }

    /**
     * {@code --uncertainty posterior.csv --draws K} on a posterior as {@code govsim calibrate} writes it (generation,
     * particle, weight, distance, one column per parameter path; weights normalised within a generation): both options
     * run on the same K draws x R replications; the draws are the last generation's particles by weight (systematic
     * resampling draws a particle of weight w exactly K·w times when K·w is whole: here 2, 1 and 1 of K = 4, and never
     * one of generation 0); and comparison.csv's figures under uncertainty are those of the per-draw differences
     * recomputed here from the two runs.csv (mean, both intervals at the comparison's level, the spread τ, the
     * probability of being better).
     */
    @Test
    void aPosteriorsLastGenerationIsDrawnByWeightAndTheComparisonCarriesTheSpreadBetweenDraws() throws IOException {
        Path posterior = tmp.resolve("calibration/posterior.csv");
        Files.createDirectories(posterior.getParent());
        Files.writeString(posterior, "generation,particle,weight,distance,patience.medianDays,levels.branch.strength\n"
                + "0,0,0.4,3.1,90,0.35\n0,1,0.35,3.4,95,0.45\n0,2,0.25,4.2,100,0.55\n"
                + "1,0,0.25,0.8,40,0.8\n1,1,0.5,0.9,20,0.4\n1,2,0.25,1.3,30,0.6\n");
        Path option = tmp.resolve("branches.yaml");
        Files.writeString(option, "name: branches\nextends: " + Cli.scenario("baseline.yaml").toAbsolutePath() + "\nlevels:\n  branch:\n    coverage: 1.0\n");
        Path out = tmp.resolve("p");
        List<String> metrics = List.of("disputes_per_1000hh_month", "satisfaction_mean");
        Cli c = run(Cli.scenario("baseline.yaml").toString(), option.toString(), "--compare", "--uncertainty", posterior.toString(),
                "--draws", "4", "--replications", "2", "--out", out.toString(), "--metrics", String.join(",", metrics));
        assertEquals(0, c.exitCode(), c.err());
        assertTrue(c.out().contains("uncertainty: 4 draws from posterior.csv, generation 1 (3 particles), by weight"), c.out());
        CsvTable base = CsvTable.parse(Files.readString(out.resolve("baseline/runs.csv")));
        CsvTable opt = CsvTable.parse(Files.readString(out.resolve("branches/runs.csv")));
        assertEquals(4 * 2, base.rows().size(), "4 draws x 2 replications");
        for (String col : List.of("point", "replication", "seed", "patience.medianDays", "levels.branch.strength")) {
            assertEquals(column(base, col), column(opt, col), "the same draws and seeds in both options: " + col);
        }
        // a draw is a particle: its parameters travel together, and come from generation 1 in proportion to weight
        java.util.Map<Double, Double> strengthOf = java.util.Map.of(20.0, 0.4, 30.0, 0.6, 40.0, 0.8);
        java.util.Map<Double, Integer> drawn = new java.util.TreeMap<>();
        for (List<String> row : base.rows()) {
            double patience = CsvTable.number(row.get(base.column("patience.medianDays")));
            assertTrue(strengthOf.containsKey(patience), "a particle of the last generation, not of generation 0: " + row);
            assertEquals(strengthOf.get(patience), CsvTable.number(row.get(base.column("levels.branch.strength"))), 0, row.toString());
            if (row.get(base.column("replication")).equals("0")) {
                drawn.merge(patience, 1, Integer::sum);
            }
        }
        assertEquals(java.util.Map.of(20.0, 2, 30.0, 1, 40.0, 1), drawn, "K·w draws of each particle: 4 x (0.5, 0.25, 0.25)");

        CsvTable comparison = CsvTable.parse(Files.readString(out.resolve("comparison/comparison.csv")));
        assertEquals(metrics.size(), comparison.rows().size());
        for (List<String> row : comparison.rows()) {
            String metric = row.get(comparison.column("metric"));
            assertEquals("4", row.get(comparison.column("draws")), row.toString());
            assertEquals("2", row.get(comparison.column("replications_per_draw")));
            double[] d = new double[4];
            double[] v = new double[4];
            for (int k = 0; k < 4; k++) {
                double[] paired = new double[2];
                for (int r = 0; r < 2; r++) {
                    paired[r] = metricAt(opt, k, r, metric) - metricAt(base, k, r, metric);
                }
                d[k] = (paired[0] + paired[1]) / 2;
                v[k] = (paired[0] - paired[1]) * (paired[0] - paired[1]) / 2 / 2;    // s² of two paired differences, over n = 2
            }
            double mean = java.util.Arrays.stream(d).average().orElseThrow();
            double between = java.util.Arrays.stream(d).map(x -> (x - mean) * (x - mean)).sum() / 3;
            double tau2 = Math.max(0, between - java.util.Arrays.stream(v).average().orElseThrow());
            double q = 1 - (1 - CsvTable.number(row.get(comparison.column("ci_level")))) / 2;
            double meanHalf = new org.apache.commons.math3.distribution.TDistribution(3).inverseCumulativeProbability(q) * Math.sqrt(between / 4);
            double predictionHalf = new org.apache.commons.math3.distribution.TDistribution(2).inverseCumulativeProbability(q)
                    * Math.sqrt(tau2 + between / 4);
            double tol = 1e-9 * (Math.abs(mean) + Math.sqrt(between) + 1e-12);
            assertEquals(mean, cell(comparison, row, "draw_mean"), tol, metric + ": the mean of the per-draw differences");
            assertEquals(mean - meanHalf, cell(comparison, row, "draw_mean_low"), tol, metric);
            assertEquals(mean + meanHalf, cell(comparison, row, "draw_mean_high"), tol, metric);
            assertEquals(mean - predictionHalf, cell(comparison, row, "draw_low"), tol, metric + ": the interval that carries the spread");
            assertEquals(mean + predictionHalf, cell(comparison, row, "draw_high"), tol, metric);
            assertEquals(Math.sqrt(tau2), cell(comparison, row, "draw_spread_sd"), tol, metric + ": τ, the spread between draws");
            assertTrue(between > 0, metric + ": the draws differ, so the spread is not zero by construction");
            boolean lowerIsBetter = org.govsim.model.ModelCatalog.metrics().find(metric).orElseThrow().better()
                    == org.govsim.model.metrics.MetricDef.Better.LOWER;
            long better = java.util.Arrays.stream(d).filter(x -> lowerIsBetter ? x < 0 : x > 0).count();
            assertEquals(better / 4.0, cell(comparison, row, "prob_better"), 1e-12, metric + ": the share of draws where the option is better");
        }
        assertTrue(Files.readString(out.resolve("comparison/report.html")).contains("id=\"uncertainty\""), "the report's uncertainty section");
    }

    /** The metric of the run at draw (point) k, replication r. */
    private static double metricAt(CsvTable t, int k, int r, String metric) {
        for (List<String> row : t.rows()) {
            if (row.get(t.column("point")).equals(Integer.toString(k)) && row.get(t.column("replication")).equals(Integer.toString(r))) {
                return CsvTable.number(row.get(t.column(metric)));
            }
        }
        throw new AssertionError("no run at point " + k + ", replication " + r);
    }

    private static double cell(CsvTable t, List<String> row, String column) {
        return CsvTable.number(row.get(t.column(column)));
    }

    @Test
    void eachLeverScenarioIsComparedWithItsOwnDistrictWithEveryLeverOffPaired() throws IOException {
        Path out = tmp.resolve("m");
        Cli c = run(Cli.scenario("deliberation-hall.yaml").toString(), "--compare", "--matched-baseline", "--replications", "2",
                "--out", out.toString(), "--metrics", "disputes_per_1000hh_month", "--lang", "zh");
        assertEquals(0, c.exitCode(), c.err());
        assertTrue(c.out().contains("matched baseline deliberation-hall-levers-off: hall.enabled=false"), c.out());
        assertTrue(c.out().contains("结论"), "the terminal summary in Chinese: " + c.out());
        String resolved = Files.readString(out.resolve("deliberation-hall-levers-off/scenario.resolved.yaml"));
        assertTrue(resolved.contains("coverage: 1.0"), "its own district keeps the option's branch coverage");
        CsvTable comparison = CsvTable.parse(Files.readString(out.resolve("comparison/comparison.csv")));
        List<String> row = comparison.rows().get(0);
        assertEquals("deliberation-hall-levers-off", row.get(comparison.column("baseline")));
        assertEquals("true", row.get(comparison.column("paired")), "the same district on the same seeds");
        assertTrue(Files.readString(out.resolve("comparison/report.html")).contains("<html lang=\"zh-CN\">"));
    }

    @Test
    void badCombinationsAreRefusedWithExitCodeTwo() throws IOException {
        Path never = tmp.resolve("never");
        Cli draws = run(Cli.scenario("baseline.yaml").toString(), Cli.scenario("advisors.yaml").toString(), "--compare", "--draws", "5",
                "--out", never.toString());
        assertEquals(2, draws.exitCode());
        assertTrue(draws.err().contains("--draws needs --uncertainty"), draws.err());
        Cli noCompare = run(Cli.scenario("baseline.yaml").toString(), "--matched-baseline", "--out", never.toString());
        assertEquals(2, noCompare.exitCode());
        Cli nothing = run(Cli.scenario("baseline.yaml").toString(), "--compare", "--matched-baseline", "--out", never.toString());
        assertEquals(2, nothing.exitCode());
        assertTrue(nothing.err().contains("no scenario switches a lever on"), nothing.err());
        Path plain = tmp.resolve("plain.yaml");
        Files.writeString(plain, "name: plain\n");
        Cli source = run(Cli.scenario("baseline.yaml").toString(), Cli.scenario("advisors.yaml").toString(), "--compare", "--uncertainty",
                plain.toString(), "--out", never.toString());
        assertEquals(2, source.exitCode());
        assertTrue(source.err().contains("LATIN_HYPERCUBE"), source.err());
        assertFalse(Files.exists(never));
    }

    private static List<String> column(CsvTable t, String name) {
        return t.rows().stream().map(r -> r.get(t.column(name))).collect(Collectors.toList());
    }
}
