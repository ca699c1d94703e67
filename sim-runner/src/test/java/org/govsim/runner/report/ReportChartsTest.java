package org.govsim.runner.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.GraphicsEnvironment;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.govsim.runner.analysis.Comparison;
import org.govsim.runner.analysis.OptionDifference;
import org.govsim.runner.analysis.ResultsFixture;
import org.govsim.runner.analysis.ResultsReader;
import org.govsim.runner.output.Provenance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

/** The charts draw headless as PNG and SVG, and the report holds them, the tables, the summary and the provenance. */
class ReportChartsTest {
    private static final Provenance TOOL = new Provenance("test", "feedbeef", false, "Java test");

    @TempDir
    Path tmp;

    @Test
    void everyChartDrawsHeadlessAsPngAndSvg() throws Exception {
        assertTrue(GraphicsEnvironment.isHeadless(), "the build runs the tests headless, as on a server");
        Comparison c = ReportFixtures.threeScenarios(tmp, true);
        List<ReportCharts.Placed> charts = ReportCharts.draw(c);
        List<String> names = charts.stream().map(p -> p.image().name()).toList();
        assertEquals(List.of("differences", "timeseries-property_disputes_per_1000hh", "timeseries-resolution_days_mean",
                "timeseries-satisfaction_mean", "resolution-times", "tornado-property_disputes_per_1000hh_month",
                "tornado-resolution_days_mean", "tornado-satisfaction_mean"), names);
        for (ReportCharts.Placed p : charts) {
            ChartImage image = p.image();
            BufferedImage png = ImageIO.read(new ByteArrayInputStream(image.png()));
            assertEquals(image.width(), png.getWidth(), image.name());
            assertEquals(image.height(), png.getHeight(), image.name());
            assertTrue(distinctColours(png) > 3, image.name() + " is not blank");
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            // the SVG names the W3C DTD; the test must not fetch it
            f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            Document svg = f.newDocumentBuilder().parse(new InputSource(new StringReader(image.svg())));
            assertEquals("svg", svg.getDocumentElement().getLocalName(), image.name());
            assertEquals(Integer.toString(image.width()), svg.getDocumentElement().getAttribute("width"));
            org.w3c.dom.NodeList texts = svg.getElementsByTagNameNS("*", "text");
            boolean titled = false;
            for (int i = 0; i < texts.getLength(); i++) {
                titled |= texts.item(i).getTextContent().equals(image.title());
            }
            assertTrue(titled, image.name() + " has its title as text: " + image.title());
        }
    }

    @Test
    void withoutVariedLeversThereIsNoTornadoAndTheReportSaysWhy() throws Exception {
        Comparison c = ReportFixtures.threeScenarios(tmp, false);
        List<ReportCharts.Placed> charts = ReportCharts.draw(c);
        assertTrue(charts.stream().noneMatch(p -> p.section().equals(ReportCharts.LEVERS)));
        String html = HtmlReport.render(c, charts, TOOL, Instant.EPOCH, "out");
        assertTrue(html.contains("No tornado chart: no parameter column of runs.csv takes more than one value"), "the report says why");
    }

    @Test
    void theReportIsOneSelfContainedPageWithSummaryTablesChartsParametersAndProvenance() throws Exception {
        Comparison c = ReportFixtures.threeScenarios(tmp.resolve("in"), true);
        ComparisonReport.Written w = ComparisonReport.write(c, tmp.resolve("out"), null, TOOL, Instant.parse("2026-11-27T00:00:00Z"));
        String html = Files.readString(w.report());
        assertEquals(tmp.resolve("out/report.html"), w.report());
        // no file or network reference: every src is a data: URL, no link, no script
        Matcher refs = Pattern.compile("(?:src|href)\\s*=\\s*\"([^\"]*)\"").matcher(html);
        int images = 0;
        while (refs.find()) {
            assertTrue(refs.group(1).startsWith("data:image/svg+xml;base64,"), "only embedded images: " + refs.group(1));
            images++;
        }
        assertEquals(8, images);
        assertFalse(html.contains("<script"), "the report runs no script");
        assertFalse(html.contains("<link"), "the report loads no stylesheet");
        // the summary first, with the planner's sentence
        int summary = html.indexOf("id=\"summary\"");
        assertTrue(summary > 0 && summary < html.indexOf("id=\"differences\""));
        assertTrue(html.contains("fee-quality-linkage cuts property disputes per 1,000 households a month by"),
                html.substring(summary, html.indexOf("id=\"differences\"")));
        assertTrue(html.contains("— better"), "the direction a planner wants is named");
        // names are escaped
        assertTrue(html.contains("branches &lt;everywhere&gt;") && !html.contains("branches <everywhere>"));
        // parameters that differ: the coverage and the fee, not run.days
        String parameters = html.substring(html.indexOf("id=\"parameters\""), html.indexOf("id=\"method\""));
        assertTrue(parameters.contains("levels.branch.coverage") && parameters.contains("property.feeYuanPerM2Month"), parameters);
        assertFalse(parameters.contains("run.days"));
        // provenance: commit and seeds of each folder, and the tool's commit
        String provenance = html.substring(html.indexOf("id=\"provenance\""));
        assertTrue(provenance.contains("0123abc") && provenance.contains("feedbeef"));
        assertTrue(provenance.contains("0:" + ResultsFixture.seed(3, 0)), "replication seeds are listed");
        // and the files beside it
        for (String f : List.of("comparison.csv", "statistics.csv", "timeseries_summary.csv", "charts/differences.png",
                "charts/differences.svg", "charts/tornado-satisfaction_mean.png")) {
            assertTrue(Files.size(tmp.resolve("out").resolve(f)) > 0, f);
        }
    }

    @Test
    void theSummarySentenceGivesTheChangeItsIntervalAndTheTest() throws Exception {
        // the sleep data (R: t.test(extra ~ group, data = sleep, paired = TRUE)) shifted to a dispute rate of about 22:
        // option - baseline = -1.58, 95% CI -2.4598858 -0.7001142; baseline mean 22.33 -> -7.1% (95% CI -11.0% to -3.1%);
        // skewed differences: Wilcoxon signed-rank, p = 0.009091
        double[] drug1 = {0.7, -1.6, -0.2, -1.2, -0.1, 3.4, 3.7, 0.8, 0.0, 2.0};
        double[] drug2 = {1.9, 0.8, 1.1, 0.1, -0.1, 4.4, 5.5, 1.6, 4.6, 3.4};
        double[] base = new double[10];
        double[] option = new double[10];
        for (int i = 0; i < 10; i++) {
            base[i] = drug2[i] + 20;
            option[i] = drug1[i] + 20;
        }
        String metric = "property_disputes_per_1000hh_month";
        Comparison c = Comparison.of(ResultsReader.readAll(List.of(
                ResultsFixture.scenario("baseline").metric(metric, base).write(tmp.resolve("a")),
                ResultsFixture.scenario("fees").metric(metric, option).write(tmp.resolve("b")))), null, List.of(metric));
        OptionDifference d = c.difference("fees", metric).orElseThrow();
        PlannerSummary.Paragraph p = PlannerSummary.of(c).get(0);
        assertEquals("fees cuts property disputes per 1,000 households a month by 7.1% (95% CI 3.1–11.0%), from 22.33 to 20.75 — better "
                + "(Wilcoxon signed-rank, 10 pairs, Holm-adjusted p = 0.009).", p.findings().get(0));
        assertTrue(p.headline().startsWith("fees against baseline: better on 1, worse on 0, no clear difference on 0 of 1 metrics"), p.headline());
        assertTrue(d.significant());
    }

    private static int distinctColours(BufferedImage image) {
        java.util.Set<Integer> colours = new java.util.HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 7) {
            for (int x = 0; x < image.getWidth(); x += 7) {
                colours.add(image.getRGB(x, y));
            }
        }
        return colours.size();
    }
}
