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
        assertEquals(List.of("spread-property_disputes_per_1000hh_month", "spread-resolution_days_mean", "spread-satisfaction_mean",
                "timeseries-property_disputes_per_1000hh", "timeseries-resolution_days_mean",
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
        // nothing from the network: every image is a data: URL, and every link names a file written beside the report
        Matcher refs = Pattern.compile("(src|href)\\s*=\\s*\"([^\"]*)\"").matcher(html);
        int images = 0;
        int links = 0;
        while (refs.find()) {
            if (refs.group(1).equals("src")) {
                assertTrue(refs.group(2).startsWith("data:image/svg+xml;base64,"), "only embedded images: " + refs.group(2));
                images++;
            } else {
                assertFalse(refs.group(2).contains(":"), "a relative link: " + refs.group(2));
                assertTrue(Files.isRegularFile(tmp.resolve("out").resolve(refs.group(2))), "the link's file exists: " + refs.group(2));
                links++;
            }
        }
        assertEquals(10, images);
        assertEquals(3 + 2 * 10, links, "the three CSV files and each chart's PNG and SVG");
        assertFalse(html.contains("<script"), "the report runs no script");
        assertFalse(html.contains("<link"), "the report loads no stylesheet");
        // the context, then the verdict, before the details
        int context = html.indexOf("id=\"context\"");
        int verdict = html.indexOf("id=\"verdict\"");
        assertTrue(context > 0 && context < verdict && verdict < html.indexOf("id=\"differences\""));
        String top = html.substring(verdict, html.indexOf("id=\"differences\""));
        assertTrue(top.contains("Against baseline, fee-quality-linkage cuts property disputes by"), top);
        assertTrue(top.contains("per 1,000 households a month"), "the metric's unit, from its declaration");
        assertTrue(top.contains("class=\"v-better\""), "a cell coloured better");
        assertTrue(top.contains("Ranked by the number of metrics"), "the ranking's rule is stated");
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
        for (String f : List.of("comparison.csv", "statistics.csv", "timeseries_summary.csv", "charts/spread-satisfaction_mean.png",
                "charts/spread-satisfaction_mean.svg", "charts/tornado-satisfaction_mean.png")) {
            assertTrue(Files.size(tmp.resolve("out").resolve(f)) > 0, f);
        }
    }

    @Test
    void theChineseReportUsesTheDeclaredChineseLabelsAndTheArticlesTerms() throws Exception {
        Comparison c = ReportFixtures.threeScenarios(tmp.resolve("in"), true);
        ComparisonReport.Written w = ComparisonReport.write(c, tmp.resolve("zh"), null, TOOL, Instant.EPOCH,
                org.govsim.runner.analysis.Language.ZH);
        String html = Files.readString(w.report());
        assertTrue(html.contains("<html lang=\"zh-CN\">"));
        assertTrue(html.contains("结论") && html.contains("物业纠纷") && html.contains("每千户每月"), "labels and units from labelZh and unitZh");
        assertTrue(html.contains("议事堂") && html.contains("信酬制") && html.contains("党建指导员"), "the article's terms for the levers");
        // a share's change in percentage points (个百分点): ReportContentsTest, on a fixture that has a share
        ChartFonts fonts = ChartFonts.forLanguage(org.govsim.runner.analysis.Language.ZH);
        String svg = Files.readString(tmp.resolve("zh/charts/spread-property_disputes_per_1000hh_month.svg"));
        if (fonts.language() == org.govsim.runner.analysis.Language.ZH) {
            assertTrue(svg.contains("物业纠纷"), "the chart's title in Chinese");
            assertTrue(svg.contains(fonts.family()), "the SVG names the CJK font it was drawn with: " + fonts.family());
        } else {
            assertTrue(svg.contains("property disputes") && html.contains("图表使用英文"), "no CJK font: English charts, and the report says so");
        }
    }

    @Test
    void everyLabelAndUnitComesFromTheMetricsDeclarations() throws Exception {
        Comparison c = ReportFixtures.threeScenarios(tmp.resolve("in"), false);
        List<ReportCharts.Placed> charts = ReportCharts.draw(c);
        String series = charts.stream().filter(p -> p.image().name().equals("timeseries-property_disputes_per_1000hh")).findFirst()
                .orElseThrow().image().svg();
        // the monthly series' own declaration: "property disputes this month", per 1,000 households (a month is the series' step)
        assertTrue(series.contains("property disputes this month (per 1,000 households)"), "the monthly label and unit");
        String spread = charts.stream().filter(p -> p.image().name().equals("spread-satisfaction_mean")).findFirst().orElseThrow().image().svg();
        assertTrue(spread.contains("residents&apos;") || spread.contains("residents'") || spread.contains("residents&#39;"), "the declared label");
        assertTrue(spread.contains("score 0-1"), "the declared unit on the axis");
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
