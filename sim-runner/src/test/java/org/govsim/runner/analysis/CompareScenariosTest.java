package org.govsim.runner.analysis;

import static org.govsim.runner.analysis.ComparisonStatisticsTest.DRUG1;
import static org.govsim.runner.analysis.ComparisonStatisticsTest.DRUG2;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.govsim.runner.output.CsvTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Comparing results folders: pairing by common random numbers, the t interval with a rank check when skewed, the
 * Bonferroni adjustment over the whole comparison, and the tables; on folders made by hand with R's sleep data as a metric, so the numbers are known.
 */
class CompareScenariosTest {
    @TempDir
    Path tmp;

    private List<ScenarioResults> read(Path... dirs) throws ResultsException {
        return ResultsReader.readAll(List.of(dirs));
    }

    @Test
    void sameBaseSeedPairsByReplicationAndSkewedDifferencesAreCheckedByTheSignedRankTest() throws Exception {
        Path base = ResultsFixture.scenario("baseline").baseSeed(7).metric("extra", DRUG1).write(tmp.resolve("a"));
        Path drug = ResultsFixture.scenario("drug2").baseSeed(7).metric("extra", DRUG2).write(tmp.resolve("b"));
        Comparison c = Comparison.of(read(base, drug), null, List.of("extra"));
        assertTrue(c.contrast("drug2").pairing().paired(), c.contrast("drug2").pairing().reason(Language.EN));
        OptionDifference d = c.difference("drug2", "extra").orElseThrow();
        assertTrue(d.paired());
        assertEquals(10, d.nOption());
        // R: t.test(drug2, drug1, paired = TRUE): mean difference 1.58, 95% CI 0.7001142 2.4598858
        assertEquals(1.58, d.difference().estimate(), 1e-12);
        assertEquals(0.7001142, d.difference().ciLow(), 1e-7);
        assertEquals(2.4598858, d.difference().ciHigh(), 1e-7);
        // R: t = 4.0621, df = 9, p-value = 0.002833; one test, so the interval is the 95% one and p is not adjusted
        assertEquals(OptionDifference.Test.PAIRED_T, d.test());
        assertEquals(4.0621, d.difference().t(), 1e-4);
        assertEquals(0.002833, d.p(), 1e-6);
        assertEquals(d.p(), d.pAdjusted(), 0, "one test: nothing to adjust");
        assertEquals(0.7001142, d.low(), 1e-7);
        // the differences have skewness 1.75 > 1, so R's wilcox.test(drug2, drug1, paired = TRUE) checks it: V = 45, p-value = 0.009091
        assertEquals("Wilcoxon signed-rank", d.rank().test());
        assertEquals(45, d.rank().statistic());
        assertEquals(0.009091, d.rank().p(), 1e-6);
        assertEquals(RankCheck.Status.AGREES, d.rank().status());
        assertEquals(1.284558, d.effectSize(), 1e-6);
        assertEquals("d_z", d.effectSizeKind());
        assertEquals(1.58 / 0.75, d.relative(), 1e-12);
        assertEquals(0.7001142 / 0.75, d.relativeLow(), 1e-7);
    }

    @Test
    void differentBaseSeedsAreIndependentSamplesTestedByWelch() throws Exception {
        Path base = ResultsFixture.scenario("baseline").baseSeed(1).metric("extra", DRUG1).write(tmp.resolve("a"));
        Path drug = ResultsFixture.scenario("drug2").baseSeed(2).metric("extra", DRUG2).write(tmp.resolve("b"));
        Comparison c = Comparison.of(read(base, drug), null, List.of("extra"));
        assertFalse(c.contrast("drug2").pairing().paired());
        assertTrue(c.contrast("drug2").pairing().reason(Language.EN).contains("base seeds differ"));
        OptionDifference d = c.difference("drug2", "extra").orElseThrow();
        // R: t.test(drug2, drug1): t = 1.8608, df = 17.776, p-value = 0.07939, 95% CI -0.2054832 3.3654832
        assertEquals(OptionDifference.Test.WELCH_T, d.test());
        assertEquals(1.8608, d.difference().t(), 1e-4);
        assertEquals(17.776, d.difference().df(), 1e-3);
        assertEquals(0.07939, d.p(), 1e-5);
        assertEquals(-0.2054832, d.difference().ciLow(), 1e-7);
        assertEquals(3.3654832, d.difference().ciHigh(), 1e-7);
        assertEquals(0.832181, d.effectSize(), 1e-6);
        assertFalse(d.significant());
    }

    @Test
    void withoutManifestsMatchingSeedsAndDistrictSizesStillPair() throws Exception {
        Path base = ResultsFixture.scenario("baseline").withoutManifest().metric("extra", DRUG1).write(tmp.resolve("a"));
        Path drug = ResultsFixture.scenario("drug2").withoutManifest().metric("extra", DRUG2).write(tmp.resolve("b"));
        Pairing p = Comparison.of(read(base, drug), null, List.of("extra")).contrast("drug2").pairing();
        assertTrue(p.paired());
        assertTrue(p.reason(Language.EN).contains("manifest is missing"), p.reason(Language.EN));
    }

    @Test
    void differentDistrictsOnTheSameSeedsAreNotPairedAndTheNoticeSaysWhy() throws Exception {
        // the yindu-grid case: 245 compounds against the baseline's 800, on the same seeds, is not common random numbers
        Path base = ResultsFixture.scenario("baseline").baseSeed(7).resolved("district.compounds", "800").metric("extra", DRUG1)
                .write(tmp.resolve("a"));
        Path grid = ResultsFixture.scenario("grid").baseSeed(7).resolved("district.compounds", "245").metric("extra", DRUG2)
                .write(tmp.resolve("b"));
        Comparison c = Comparison.of(read(base, grid), null, List.of("extra"));
        Pairing p = c.contrast("grid").pairing();
        assertFalse(p.paired());
        assertEquals(Pairing.Why.DISTRICT_DIFFERS, p.why());
        assertTrue(p.reason(Language.EN).contains("not the same district (district.compounds 800 and 245)"), p.reason(Language.EN));
        assertTrue(p.reason(Language.ZH).contains("辖区不同"), p.reason(Language.ZH));
        assertEquals(OptionDifference.Test.WELCH_T, c.difference("grid", "extra").orElseThrow().test());
        // the same district (a lever parameter differs, not a world one) pairs
        Path lever = ResultsFixture.scenario("hall").baseSeed(7).resolved("district.compounds", "800").resolved("hall.enabled", "true")
                .metric("extra", DRUG2).write(tmp.resolve("c"));
        assertTrue(Comparison.of(read(base, lever), null, List.of("extra")).contrast("hall").pairing().paired());
        // without manifests, the district's size in runs.csv decides
        Path small = ResultsFixture.scenario("small").withoutManifest().compounds(245).metric("extra", DRUG2).write(tmp.resolve("d"));
        Path large = ResultsFixture.scenario("baseline").withoutManifest().metric("extra", DRUG1).write(tmp.resolve("e"));
        assertEquals(Pairing.Why.DISTRICT_DIFFERS, Comparison.of(read(large, small), null, List.of("extra")).contrast("small").pairing().why());
    }

    @Test
    void skewedIndependentSamplesGoToTheMannWhitneyTest() throws Exception {
        Path base = ResultsFixture.scenario("baseline").baseSeed(1).metric("m", 5, 6, 7, 8, 9).write(tmp.resolve("a"));
        Path opt = ResultsFixture.scenario("opt").baseSeed(2).metric("m", 1, 2, 3, 4, 100).write(tmp.resolve("b"));
        OptionDifference d = Comparison.of(read(base, opt), null, List.of("m")).difference("opt", "m").orElseThrow();
        assertEquals(OptionDifference.Test.WELCH_T, d.test());
        assertEquals("Mann-Whitney U", d.rank().test());
        // by hand: W counts option values above baseline values: only 100, above all 5 -> W = 5; exact, no ties:
        // of the choose(10, 5) = 252 arrangements, 1+1+2+3+5+7 = 19 have W <= 5, two-sided p = 38/252 = 0.1508
        assertEquals(5, d.rank().statistic());
        assertEquals(38.0 / 252, d.rank().p(), 1e-12);
        // its smallest attainable p is 2/252 = 0.0079 < 0.05: it can decide, and the interval includes zero, so it agrees
        assertEquals(2.0 / 252, d.rank().smallestP(), 1e-12);
        assertEquals(RankCheck.Status.AGREES, d.rank().status());
        assertEquals("d", d.effectSizeKind());
    }

    @Test
    void bonferroniAdjustsEveryIntervalAndPValueOverEveryOptionAndMetricOfTheComparison() throws Exception {
        Path base = ResultsFixture.scenario("baseline").metric("x", DRUG1).metric("y", DRUG2).write(tmp.resolve("a"));
        double[] shifted = new double[10];
        for (int i = 0; i < 10; i++) {
            shifted[i] = DRUG1[i] + 0.3 + 0.1 * (i % 3);
        }
        Path one = ResultsFixture.scenario("one").metric("x", DRUG2).metric("y", DRUG1).write(tmp.resolve("b"));
        Path two = ResultsFixture.scenario("two").metric("x", shifted).metric("y", DRUG2).write(tmp.resolve("c"));
        Comparison c = Comparison.of(read(base, one, two), "baseline", List.of("x", "y"));
        assertEquals(4, c.differences().size());
        double[] raw = c.differences().stream().mapToDouble(OptionDifference::p).toArray();
        assertTrue(Double.isNaN(raw[3]), "two vs baseline on y: the same values, nothing to test");
        assertEquals(3, c.adjustment().tests());
        assertEquals(1 - 0.05 / 3, c.adjustment().level(), 1e-15);
        for (int i = 0; i < 3; i++) {
            OptionDifference d = c.differences().get(i);
            assertEquals(Math.min(1, 3 * raw[i]), d.pAdjusted(), 1e-15);
            // the interval at 1 - 0.05/3 excludes zero exactly when the adjusted p is below 0.05: verdict, p and interval agree
            assertEquals(d.pAdjusted() < 0.05, d.significant(), d.toString());
        }
        // one vs baseline on x is R's paired sleep test: t = 4.0621 on 9 df; the 98.33% interval is 1.58 -/+ qt(1 - 0.05/6, 9) * 0.3889587
        OptionDifference first = c.differences().get(0);
        double q = new org.apache.commons.math3.distribution.TDistribution(9).inverseCumulativeProbability(1 - 0.05 / 6);
        assertEquals(1.58 - q * 0.3889587, first.low(), 1e-6);
        assertEquals(List.of("one", "two"), c.options().stream().map(ScenarioResults::label).toList());
    }

    @Test
    void theBaselineIsTheOneNamedBaselineUnlessAnotherIsAsked() throws Exception {
        Path opt = ResultsFixture.scenario("fees").metric("m", 1, 2, 3).write(tmp.resolve("fees"));
        Path base = ResultsFixture.scenario("baseline").metric("m", 2, 3, 4).write(tmp.resolve("base"));
        assertEquals("baseline", Comparison.of(read(opt, base), null, List.of("m")).reference().label());
        assertEquals("fees", Comparison.of(read(opt, base), "fees", List.of("m")).reference().label());
        assertEquals("fees", Comparison.of(read(opt, base), "fees", List.of("m")).reference().dir().getFileName().toString());
        ResultsException unknown = assertThrows(ResultsException.class, () -> Comparison.of(read(opt, base), "nope", List.of("m")));
        assertTrue(unknown.getMessage().contains("fees, baseline"), unknown.getMessage());
        ResultsException metric = assertThrows(ResultsException.class, () -> Comparison.of(read(opt, base), null, List.of("m", "q")));
        assertTrue(metric.getMessage().contains("q not in") && metric.getMessage().contains("its metrics are: compounds, m"), metric.getMessage());
    }

    @Test
    void foldersThatAreNotResultsAreRefusedWithTheReason() throws Exception {
        ResultsException missing = assertThrows(ResultsException.class, () -> ResultsReader.read(tmp.resolve("none")));
        assertTrue(missing.getMessage().contains("no such folder"));
        java.nio.file.Files.createDirectories(tmp.resolve("empty"));
        ResultsException empty = assertThrows(ResultsException.class, () -> ResultsReader.read(tmp.resolve("empty")));
        assertTrue(empty.getMessage().contains("no runs.csv"));
    }

    @Test
    void scenariosSharingANameAreLabelledByTheirFolders() throws Exception {
        Path a = ResultsFixture.scenario("baseline").metric("m", 1, 2).write(tmp.resolve("low"));
        Path b = ResultsFixture.scenario("baseline").metric("m", 2, 3).write(tmp.resolve("high"));
        List<ScenarioResults> r = read(a, b);
        assertEquals(List.of("low", "high"), r.stream().map(ScenarioResults::label).toList());
        assertThrows(ResultsException.class, () -> read(a, a), "the same folder twice");
    }

    @Test
    void leverEffectsCompareTheRunsAtEachLeversLowAndHighValue() throws Exception {
        // coverage is a runs.csv column in one folder and only a resolved parameter (1.0) in the other
        Path low = ResultsFixture.scenario("baseline").parameter("levels.branch.coverage", "0.1").resolved("levels.branch.coverage", "0.1")
                .resolved("run.days", "720").metric("m", 10, 12).write(tmp.resolve("low"));
        Path high = ResultsFixture.scenario("baseline").resolved("levels.branch.coverage", "1.0").resolved("run.days", "720")
                .metric("m", 6, 8).write(tmp.resolve("high"));
        List<ScenarioResults> r = read(low, high);
        assertEquals(List.of("levels.branch.coverage"), LeverEffects.varied(r));
        LeverEffects.Effect e = LeverEffects.of(r, "m").get(0);
        assertEquals("0.1", e.low());
        assertEquals("1", e.high());
        assertEquals(11, e.meanAtLow(), 1e-12);
        assertEquals(7, e.meanAtHigh(), 1e-12);
        assertEquals(-4, e.effect(), 1e-12);
        List<ParameterDifferences.Row> rows = ParameterDifferences.of(r);
        assertEquals(1, rows.size(), "run.days is the same in both");
        assertEquals(List.of("0.1", "1"), List.copyOf(rows.get(0).values().values()));
    }

    @Test
    void withoutVariedParametersThereIsNoLever() throws Exception {
        Path a = ResultsFixture.scenario("baseline").resolved("x", "1").metric("m", 1, 2).write(tmp.resolve("a"));
        Path b = ResultsFixture.scenario("opt").resolved("x", "1.0").metric("m", 2, 3).write(tmp.resolve("b"));
        assertTrue(LeverEffects.varied(read(a, b)).isEmpty());
        assertTrue(ParameterDifferences.of(read(a, b)).isEmpty(), "1 and 1.0 are the same value");
    }

    @Test
    void timeSeriesAreSummarisedMonthByMonthOverReplications() throws Exception {
        Path a = ResultsFixture.scenario("baseline").metric("disputes_per_1000hh_month", 10, 20).months(3).write(tmp.resolve("a"));
        ScenarioResults r = ResultsReader.read(a);
        List<String> columns = TimeSeriesSummary.commonColumns(List.of(r));
        assertEquals("disputes_per_1000hh", TimeSeriesSummary.columnFor("disputes_per_1000hh_month", columns));
        TimeSeriesSummary s = TimeSeriesSummary.of(r, "disputes_per_1000hh");
        assertEquals(3, s.points().size());
        assertEquals(210, s.points().get(0).day());
        // month 1: 10.1 and 20.2 -> mean 15.15; R: t.test(c(10.1, 20.2)) 95% CI 15.15 -/+ 12.706205 * 5.05 = -49.01633 79.31633
        assertEquals(15.15, s.points().get(0).statistics().mean(), 1e-12);
        assertEquals(-49.01633, s.points().get(0).statistics().ciLow(), 1e-5);
    }

    @Test
    void tablesShowEveryScenarioAndDifference() throws Exception {
        Path base = ResultsFixture.scenario("baseline").baseSeed(7).metric("extra", DRUG1).write(tmp.resolve("a"));
        Path drug = ResultsFixture.scenario("drug2").baseSeed(7).metric("extra", DRUG2).write(tmp.resolve("b"));
        Comparison c = Comparison.of(read(base, drug), null, List.of("extra"));
        String table = ComparisonTable.render(c, Language.EN);
        assertTrue(table.contains("paired t"), table);
        assertTrue(table.contains("+210.7%"), table);
        assertTrue(table.contains("[0.7001, 2.460]"), table);
        assertTrue(table.contains("0.003"), table);
        assertTrue(table.contains("Verdict") && table.contains("Ranking"), table);
        CsvTable csv = CsvTable.parse(ComparisonCsv.comparison(c));
        assertEquals(1, csv.rows().size());
        List<String> row = csv.rows().get(0);
        assertEquals("true", row.get(csv.column("paired")));
        assertEquals(1.58, CsvTable.number(row.get(csv.column("difference"))), 1e-12);
        assertEquals(0.002833, CsvTable.number(row.get(csv.column("p_adjusted"))), 1e-6);
        assertEquals(9, CsvTable.number(row.get(csv.column("df"))), 0);
        assertEquals(0.009091, CsvTable.number(row.get(csv.column("rank_p"))), 1e-6);
        assertEquals("agrees", row.get(csv.column("rank_check")));
        assertEquals("", row.get(csv.column("draws")), "no parameter draws");
        CsvTable stats = CsvTable.parse(ComparisonCsv.statistics(c));
        assertEquals(2, stats.rows().size());
        assertEquals(2.33, CsvTable.number(stats.rows().get(1).get(stats.column("mean"))), 1e-12);
    }

    @Test
    void csvFieldsWithCommasAndQuotesReadBack() {
        CsvTable t = CsvTable.parse("a,b\n\"x, y\",\"say \"\"hi\"\"\"\r\n1,\n");
        assertEquals(List.of("x, y", "say \"hi\""), t.rows().get(0));
        assertEquals(List.of("1", ""), t.rows().get(1));
    }
}
