package org.govsim.runner.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.govsim.runner.analysis.MetricStatistics;
import org.govsim.runner.analysis.SummaryTable;
import org.govsim.runner.output.CsvTable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code govsim run A B --compare} and {@code govsim compare} end to end on small districts: each scenario's folder,
 * the comparison's files, pairing by common random numbers, levers, and refusals of bad input.
 */
class CompareCommandTest {
    private static final List<String> SMALL = List.of("--days", "120", "--set", "district.compounds=30", "--set", "run.burnInDays=60");

    @TempDir
    static Path tmp;

    private static Path option;
    private static Cli both;

    @BeforeAll
    static void runTheBaselineAndAnOptionWithCompare() throws IOException {
        option = tmp.resolve("branches.yaml");
        Files.writeString(option, "name: branches-everywhere\nextends: " + Cli.scenario("baseline.yaml").toAbsolutePath()
                + "\nlevels:\n  branch:\n    coverage: 1.0\n    strength: 0.7\n");
        both = run("run", Cli.scenario("baseline.yaml").toString(), option.toString(), "--compare", "--out", tmp.resolve("both").toString(),
                "--replications", "4", "--seed", "11", "--threads", "2");
    }

    private static Cli run(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        if (args[0].equals("run")) {
            all.addAll(SMALL);
        }
        return Cli.run(all.toArray(String[]::new));
    }

    @Test
    void runWithCompareWritesEachScenarioAndTheComparison() throws IOException {
        assertEquals(0, both.exitCode(), both.err());
        Path out = tmp.resolve("both");
        for (String s : List.of("baseline", "branches-everywhere")) {
            for (String f : List.of("runs.csv", "timeseries.csv", "manifest.json", "scenario.resolved.yaml")) {
                assertTrue(Files.exists(out.resolve(s).resolve(f)), s + "/" + f);
            }
        }
        for (String f : List.of("comparison.csv", "statistics.csv", "timeseries_summary.csv", "report.html", "charts/spread-disputes_per_1000hh_month.png",
                "charts/spread-satisfaction_mean.svg", "charts/resolution-times.png", "charts/timeseries-disputes_per_1000hh.svg")) {
            assertTrue(Files.size(out.resolve("comparison").resolve(f)) > 0, f);
        }
        // the terminal shows each run's table, then the comparison table
        assertTrue(both.out().contains("baseline: 4 replications"), both.out());
        assertTrue(both.out().contains("branches-everywhere: 4 replications"), both.out());
        assertTrue(both.out().contains("baseline: baseline (4 runs)"), both.out());
        assertTrue(both.out().contains("Verdict") && both.out().contains("Ranking"), both.out());
        assertTrue(both.out().contains("report: " + out.resolve("comparison").resolve("report.html")), both.out());
        String html = Files.readString(out.resolve("comparison/report.html"));
        assertTrue(html.contains("levels.branch.coverage") && html.contains("levels.branch.strength"), "the parameters that differ");
    }

    @Test
    void runsOnTheSameSeedsArePairedAndTheDifferenceIsTheMeanOfThePairs() throws IOException {
        Path out = tmp.resolve("both");
        CsvTable comparison = CsvTable.parse(Files.readString(out.resolve("comparison/comparison.csv")));
        assertEquals(SummaryTable.KEY_METRICS.size(), comparison.rows().size());
        CsvTable base = CsvTable.parse(Files.readString(out.resolve("baseline/runs.csv")));
        CsvTable opt = CsvTable.parse(Files.readString(out.resolve("branches-everywhere/runs.csv")));
        assertEquals(column(base, "seed"), column(opt, "seed"), "replication i runs on the same seed in both scenarios");
        for (List<String> row : comparison.rows()) {
            assertEquals("true", row.get(comparison.column("paired")), row.toString());
            String metric = row.get(comparison.column("metric"));
            double expected = MetricStatistics.of(numbers(opt, metric)).mean() - MetricStatistics.of(numbers(base, metric)).mean();
            assertEquals(expected, CsvTable.number(row.get(comparison.column("difference"))), 1e-9 * Math.max(1, Math.abs(expected)), metric);
            String test = row.get(comparison.column("test"));
            assertTrue(test.equals("paired t") || test.equals("Wilcoxon signed-rank") || test.equals("no test"), test);
        }
    }

    @Test
    void compareOnTheFoldersGivesTheSameComparisonAsRunWithCompare() throws IOException {
        Path out = tmp.resolve("both");
        Cli c = Cli.run("compare", out.resolve("baseline").toString(), out.resolve("branches-everywhere").toString(), "--out",
                tmp.resolve("again").toString(), "--report", tmp.resolve("again-report.html").toString());
        assertEquals(0, c.exitCode(), c.err());
        assertEquals(Files.readString(out.resolve("comparison/comparison.csv")), Files.readString(tmp.resolve("again/comparison.csv")));
        assertTrue(Files.exists(tmp.resolve("again-report.html")), "--report puts the report where asked");
        assertFalse(Files.exists(tmp.resolve("again/report.html")));
        assertTrue(c.out().contains("property_disputes_per_1000hh_month"), c.out());
        assertTrue(c.out().contains("(baseline)"), c.out());
    }

    @Test
    void runsOnDifferentSeedsAreComparedAsIndependentSamples() throws IOException {
        Cli other = run("run", Cli.scenario("baseline.yaml").toString(), "--out", tmp.resolve("seed12").toString(), "--replications", "4",
                "--seed", "12", "--quiet");
        assertEquals(0, other.exitCode(), other.err());
        Cli c = Cli.run("compare", tmp.resolve("both/baseline").toString(), tmp.resolve("seed12").toString(), "--out",
                tmp.resolve("unpaired").toString(), "--metrics", "disputes_per_1000hh_month,satisfaction_mean", "--quiet");
        assertEquals(0, c.exitCode(), c.err());
        assertEquals("", c.out(), "--quiet prints nothing");
        CsvTable comparison = CsvTable.parse(Files.readString(tmp.resolve("unpaired/comparison.csv")));
        assertEquals(2, comparison.rows().size());
        for (List<String> row : comparison.rows()) {
            assertEquals("false", row.get(comparison.column("paired")));
            String test = row.get(comparison.column("test"));
            assertTrue(test.equals("Welch t") || test.equals("Mann-Whitney U"), test);
            assertEquals("seed12", row.get(comparison.column("option")), "two scenarios named baseline are told apart by folder");
        }
    }

    @Test
    void leversSetDifferentlyOnTheCommandLineGetATornadoChart() throws IOException {
        Cli low = run("run", Cli.scenario("baseline.yaml").toString(), "--out", tmp.resolve("cov-low").toString(), "--replications", "2",
                "--set", "levels.branch.coverage=0.1", "--quiet");
        Cli high = run("run", Cli.scenario("baseline.yaml").toString(), "--out", tmp.resolve("cov-high").toString(), "--replications", "2",
                "--set", "levels.branch.coverage=0.9", "--quiet");
        assertEquals(0, low.exitCode(), low.err());
        assertEquals(0, high.exitCode(), high.err());
        Cli c = Cli.run("compare", tmp.resolve("cov-low").toString(), tmp.resolve("cov-high").toString(), "--out",
                tmp.resolve("levers").toString(), "--metrics", "disputes_per_1000hh_month", "--quiet");
        assertEquals(0, c.exitCode(), c.err());
        assertTrue(Files.size(tmp.resolve("levers/charts/tornado-disputes_per_1000hh_month.png")) > 0);
        String html = Files.readString(tmp.resolve("levers/report.html"));
        assertTrue(html.contains("Varied levers: levels.branch.coverage"));
        assertFalse(html.contains("No tornado chart"));
        assertTrue(Files.readString(tmp.resolve("both/comparison/report.html")).contains("No tornado chart"),
                "the YAML-set difference of run --compare is not a command-line lever");
    }

    @Test
    void badInputIsRefusedWithExitCodeTwoAndNothingWritten() {
        Path never = tmp.resolve("never");
        Cli missing = Cli.run("compare", tmp.resolve("nowhere").toString(), "--out", never.toString());
        assertEquals(2, missing.exitCode());
        assertTrue(missing.err().contains("no such folder"), missing.err());
        Cli metric = Cli.run("compare", tmp.resolve("both/baseline").toString(), "--metrics", "disputes", "--out", never.toString());
        assertEquals(2, metric.exitCode());
        assertTrue(metric.err().contains("disputes not in") && metric.err().contains("disputes_per_1000hh_month"), metric.err());
        Cli baseline = Cli.run("compare", tmp.resolve("both/baseline").toString(), tmp.resolve("both/branches-everywhere").toString(),
                "--baseline", "nope", "--out", never.toString());
        assertEquals(2, baseline.exitCode());
        assertTrue(baseline.err().contains("baseline, branches-everywhere"), baseline.err());
        assertFalse(Files.exists(never));

        Cli one = run("run", Cli.scenario("baseline.yaml").toString(), "--compare", "--out", never.toString());
        assertEquals(2, one.exitCode());
        assertTrue(one.err().contains("--compare needs two or more scenarios"), one.err());
        Cli noCompare = run("run", Cli.scenario("baseline.yaml").toString(), "--baseline", "x", "--out", never.toString());
        assertEquals(2, noCompare.exitCode());
        assertTrue(noCompare.err().contains("need --compare"), noCompare.err());
        Cli unknownMetric = run("run", Cli.scenario("baseline.yaml").toString(), option.toString(), "--compare", "--metrics",
                "satisfaction", "--out", never.toString());
        assertEquals(2, unknownMetric.exitCode());
        assertTrue(unknownMetric.err().contains("satisfaction is not a runs.csv metric"), unknownMetric.err());
        assertFalse(Files.exists(never), "nothing may be written for bad input");
    }

    @Test
    void helpListsTheCommand() {
        Cli help = Cli.run("--help");
        assertTrue(help.out().contains("compare"), help.out());
        Cli compareHelp = Cli.run("compare", "--help");
        assertTrue(compareHelp.out().contains("--baseline") && compareHelp.out().contains("Bonferroni") && compareHelp.out().contains("--lang"), compareHelp.out());
    }

    private static List<String> column(CsvTable t, String name) {
        return t.rows().stream().map(r -> r.get(t.column(name))).toList();
    }

    private static double[] numbers(CsvTable t, String name) {
        return t.rows().stream().mapToDouble(r -> CsvTable.number(r.get(t.column(name)))).toArray();
    }
}
