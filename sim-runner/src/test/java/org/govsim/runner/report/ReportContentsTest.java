package org.govsim.runner.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.govsim.model.ModelCatalog;
import org.govsim.model.metrics.MetricDef;
import org.govsim.runner.analysis.Comparison;
import org.govsim.runner.analysis.Language;
import org.govsim.runner.analysis.ResultsFixture;
import org.govsim.runner.analysis.ResultsReader;
import org.govsim.runner.output.Provenance;
import org.jfree.chart.axis.NumberAxis;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the report says, on two hand-made folders with known numbers: a share's change in percentage points (fee
 * collection 0.72 → 0.91 is +19 points, not +26.4%), the context table (descriptions, district size, days and
 * burn-in), the steady-state section, the print stylesheet, and the axes rule.
 */
class ReportContentsTest {
    private static final Provenance TOOL = new Provenance("test", "feedbeef", false, "Java test");
    private static final List<String> METRICS = List.of("property_disputes_per_1000hh_month", "fee_collection_rate");

    @TempDir
    Path tmp;

    /**
     * A baseline at fee collection 0.72 and an option at 0.91 over 10 paired replications: the same luck in both plus
     * an option's own noise of ±0.002 that sums to zero, so that the mean difference is 0.19 (19.00 points) exactly
     * and the interval is narrow. Property disputes 24 → 14. Six months of series drifting 1% a month (the fixture's),
     * which is 0.036 of collection and 1.2 disputes over the last six months: above both thresholds (0.01, 0.5).
     */
    private Comparison feeLinkage() throws Exception {
        double[] luck = {0.004, -0.006, 0.001, 0.003, -0.002, 0.0, 0.005, -0.004, 0.002, -0.003};
        double[] baseFee = new double[10];
        double[] optFee = new double[10];
        double[] baseDisputes = new double[10];
        double[] optDisputes = new double[10];
        for (int i = 0; i < 10; i++) {
            baseFee[i] = 0.72 + luck[i];
            optFee[i] = 0.91 + luck[i] + (i % 2 == 0 ? 0.002 : -0.002);
            baseDisputes[i] = 24 + 100 * luck[i];
            optDisputes[i] = 14 + 100 * luck[i] + (i % 2 == 0 ? 0.3 : -0.3);
        }
        ResultsFixture base = district(ResultsFixture.scenario("baseline").description("Meilan-sized district without the levers"))
                .metric("property_disputes_per_1000hh_month", baseDisputes).metric("fee_collection_rate", baseFee);
        ResultsFixture option = district(ResultsFixture.scenario("fee-quality-linkage").description("Every company under fee-quality linkage"))
                .metric("property_disputes_per_1000hh_month", optDisputes).metric("fee_collection_rate", optFee)
                .resolved("property.contract", "\"LINKED\"");
        return Comparison.of(ResultsReader.readAll(List.of(base.write(tmp.resolve("base")), option.write(tmp.resolve("fees")))), null, METRICS);
    }

    private static ResultsFixture district(ResultsFixture f) {
        double[] households = new double[10];
        double[] residents = new double[10];
        java.util.Arrays.fill(households, 180_000);
        java.util.Arrays.fill(residents, 500_000);
        return f.baseSeed(3).months(6).compounds(800).metric("households", households).metric("residents", residents)
                .resolved("run.days", "720").resolved("run.burnInDays", "180");
    }

    private String report(Comparison c, Language lang) throws Exception {
        Path out = tmp.resolve("out-" + lang);
        return Files.readString(ComparisonReport.write(c, out, null, TOOL, Instant.EPOCH, lang).report());
    }

    private static String section(String html, String id) {
        int start = html.indexOf("<section id=\"" + id + "\"");
        assertTrue(start >= 0, "the report has a section " + id);
        return html.substring(start, html.indexOf("</section>", start));
    }

    @Test
    void aSharesChangeReadsInPercentagePointsInEnglishAndChinese() throws Exception {
        Comparison c = feeLinkage();
        String en = section(report(c, Language.EN), "verdict");
        assertTrue(en.contains("raises property-fee collection rate by 19.00 percentage points"), en);
        assertTrue(en.contains("+19.00"), "the scorecard's change in points: " + en);
        assertFalse(en.contains("26.4") || en.contains("26.39"), "not the relative change 0.19 / 0.72: " + en);
        String zh = section(report(c, Language.ZH), "verdict");
        assertTrue(zh.contains("使物业费收缴率提高 19.00 个百分点"), zh);
        assertFalse(zh.contains("26.4"), zh);
        // a rate that is not a share keeps its own unit
        assertTrue(en.contains("cuts property disputes by 10.00 per 1,000 households a month"), en);
    }

    @Test
    void theContextTableGivesEachScenariosDescriptionDistrictDaysAndBurnIn() throws Exception {
        Comparison c = feeLinkage();
        String html = report(c, Language.EN);
        String context = section(html, "context");
        assertTrue(html.indexOf("id=\"context\"") < html.indexOf("id=\"verdict\""), "the context comes first");
        assertTrue(context.contains("<th>description</th>") && context.contains("<th>district</th>")
                && context.contains("<th>days observed (burn-in)</th>"), context);
        for (String[] row : new String[][] {{"baseline", "Meilan-sized district without the levers"},
            {"fee-quality-linkage", "Every company under fee-quality linkage"}}) {
            Matcher m = Pattern.compile("<tr><td[^>]*>" + Pattern.quote(row[0]) + "</td>(.*?)</tr>").matcher(context);
            assertTrue(m.find(), row[0] + " has a row: " + context);
            String cells = m.group(1);
            assertTrue(cells.contains(row[1]), "its description: " + cells);
            assertTrue(cells.contains("800 compounds, 180,000 households, 500,000 residents"), "its district's size, from runs.csv: " + cells);
            assertTrue(cells.contains("720 (180)"), "observed days and burn-in: " + cells);
            assertTrue(cells.contains(">10<"), "its runs: " + cells);
            assertTrue(cells.contains(">3<"), "its base seed: " + cells);
        }
        assertTrue(context.contains("href=\"comparison.csv\""), "the CSV files are linked");
        String zh = section(report(c, Language.ZH), "context");
        assertTrue(zh.contains("800 个小区，180,000 户，500,000 人") && zh.contains("观测天数（预热）"), zh);
    }

    @Test
    void theSteadyStateSectionFlagsSeriesStillTrendingOverTheLastSixMonths() throws Exception {
        String html = report(feeLinkage(), Language.EN);
        String steady = section(html, "steady");
        assertTrue(html.indexOf("id=\"spread\"") < html.indexOf("id=\"steady\"") && html.indexOf("id=\"steady\"") < html.indexOf("id=\"time\""),
                "after the spread, before the series");
        assertTrue(steady.contains("Still trending at the end of the run: "), steady);
        // the fixture drifts 1% a month, 5% over the last six: fee collection 0.72 and 0.91 by 0.036 and 0.0455 (above the 0.01
        // threshold), read in percentage points as everywhere else in the report; disputes 24 and 14 by 1.2 and 0.7 (above 0.5)
        assertTrue(steady.contains("baseline · property-fee collection rate +3.600 percentage points"), steady);
        assertTrue(steady.contains("fee-quality-linkage · property-fee collection rate +4.550 percentage points"), steady);
        assertTrue(steady.contains("baseline · property disputes this month +1.200 per 1,000 households"), steady);
        assertTrue(steady.contains("<td>+4.550</td><td>1.000</td>"), "the table's change and threshold in points too: " + steady);
        assertTrue(steady.contains("class=\"v-worse\">yes<"), "a trending row is marked: " + steady);
        // without series there is nothing to check and no section
        Comparison flat = Comparison.of(ResultsReader.readAll(List.of(ResultsFixture.scenario("a").metric("fee_collection_rate", 0.7, 0.71, 0.72)
                .write(tmp.resolve("a")), ResultsFixture.scenario("b").metric("fee_collection_rate", 0.8, 0.81, 0.82).write(tmp.resolve("b")))),
                null, List.of("fee_collection_rate"));
        assertFalse(report(flat, Language.EN).contains("id=\"steady\""));
    }

    @Test
    void thePrintStylesheetKeepsEveryColumnAndTheDetailRowsCarryTestPAndEffect() throws Exception {
        String html = report(feeLinkage(), Language.EN);
        int print = html.indexOf("@media print{");
        assertTrue(print > 0, "a print stylesheet");
        String rules = html.substring(print, html.indexOf("</style>"));
        assertFalse(rules.contains("display:none"), "print hides no column or section: " + rules);
        assertTrue(rules.contains("table{font-size:7.5pt"), "tables shrink to fit the page: " + rules);
        assertTrue(rules.contains("tr{page-break-inside:avoid}"), "a row is not split across pages");
        assertTrue(rules.contains("print-color-adjust:exact"), "the verdict colours are printed");
        assertTrue(html.contains("@media (max-width:1100px)"), "a narrower layout for a 1024-pixel screen");
        // the differences table: every main row has the header's 7 cells; test, p and effect move to the detail row below
        String details = section(html, "differences");
        Matcher header = Pattern.compile("<table class=\"details\">\\n<tr>(.*?)</tr>").matcher(details);
        assertTrue(header.find());
        assertEquals(7, count(header.group(1), "<th"));
        Matcher rows = Pattern.compile("<tr( class=\"first\")?><td(.*?)</tr>").matcher(details);
        int main = 0;
        while (rows.find()) {
            assertEquals(7, count(rows.group(), "<td"), rows.group());
            main++;
        }
        assertEquals(METRICS.size(), main, "one main row per metric and option");
        Matcher detail = Pattern.compile("<tr class=\"detail\"><td></td><td colspan=\"6\">(.*?)</td></tr>").matcher(details);
        int detailRows = 0;
        while (detail.find()) {
            assertTrue(detail.group(1).contains("p = ") && detail.group(1).contains("adjusted") && detail.group(1).contains("d_z = "),
                    "test, p and effect size: " + detail.group(1));
            detailRows++;
        }
        assertEquals(main, detailRows);
    }

    @Test
    void countsRatesAndDaysStartAtZeroWhileSharesAndScoresAreFittedWithTheNegligibleBand() throws Exception {
        MetricDef disputes = ModelCatalog.metrics().find("property_disputes_per_1000hh_month").orElseThrow();
        MetricDef days = ModelCatalog.metrics().find("resolution_days_mean").orElseThrow();
        MetricDef fees = ModelCatalog.metrics().find("fee_collection_rate").orElseThrow();
        MetricDef satisfaction = ModelCatalog.metrics().find("satisfaction_mean").orElseThrow();
        assertTrue(Axes.zeroBased(disputes) && Axes.zeroBased(days));
        assertFalse(Axes.zeroBased(fees) || Axes.zeroBased(satisfaction));
        for (MetricDef.Kind k : MetricDef.Kind.values()) {
            MetricDef m = MetricDef.of("x").kind(k).unit("u", "u").label("x", "x").lowerIsBetter(1).describe("x").build();
            boolean zero = switch (k) {
                case COUNT, TOTAL, RATE, DAYS, YUAN, SIZE, RATIO -> true;
                case SHARE, SCORE, FLAG -> false;
            };
            assertEquals(zero, Axes.zeroBased(m), k.name());
        }
        // a rate between 23 and 25 is drawn from 0, so that a 4% change looks like one
        NumberAxis rate = Axes.of("disputes", disputes, 23, 25);
        assertEquals(0, rate.getLowerBound(), 0);
        assertEquals(25 * 1.08, rate.getUpperBound(), 1e-9);
        // a share between 0.72 and 0.91 is fitted (padded by 8% of its span), not stretched over [0, 1]
        NumberAxis share = Axes.of("fees", fees, 0.72, 0.91);
        assertEquals(0.72 - 0.19 * 0.08, share.getLowerBound(), 1e-9);
        assertEquals(0.91 + 0.19 * 0.08, share.getUpperBound(), 1e-9);
        // a negative count (a difference) is not forced to zero
        assertTrue(Axes.of("d", disputes, -3, 2).getLowerBound() < -3);
        // the band: drawn for every metric with a practical threshold, and said so under the spread chart of a share
        assertTrue(Axes.band(fees) && Axes.band(satisfaction) && Axes.band(disputes));
        assertFalse(Axes.band(MetricDef.of("y").kind(MetricDef.Kind.SHARE).unit("share", "比例").label("y", "y").neutral(0).describe("y").build()));
        Comparison c = feeLinkage();
        report(c, Language.EN);
        String svg = Files.readString(tmp.resolve("out-EN/charts/spread-fee_collection_rate.svg"));
        assertTrue(svg.contains("grey band: baseline") && svg.contains("practical threshold"), "the band is explained on the chart");
    }

    private static int count(String s, String what) {
        int n = 0;
        for (int i = s.indexOf(what); i >= 0; i = s.indexOf(what, i + 1)) {
            n++;
        }
        return n;
    }
}
