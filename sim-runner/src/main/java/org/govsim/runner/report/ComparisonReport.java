package org.govsim.runner.report;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.govsim.runner.analysis.Comparison;
import org.govsim.runner.analysis.ComparisonCsv;
import org.govsim.runner.analysis.Language;
import org.govsim.runner.analysis.TimeSeriesSummary;
import org.govsim.runner.output.AtomicFile;
import org.govsim.runner.output.Provenance;

/**
 * Writes a comparison's outputs to a folder: comparison.csv (options against their baselines), influences.csv (with
 * parameter draws), statistics.csv (each scenario), timeseries_summary.csv (monthly means and intervals),
 * charts/*.png and *.svg, and the HTML report (report.html there, or the file asked for) in the language asked for.
 * Each file is written whole under a temporary name first.
 */
public final class ComparisonReport {

    /** What was written. */
    public record Written(Path folder, Path report, List<Path> files) {
    }

    private ComparisonReport() {
    }

    /** The report in English. */
    public static Written write(Comparison c, Path folder, Path reportFile, Provenance tool, Instant now) throws IOException {
        return write(c, folder, reportFile, tool, now, Language.EN);
    }

    /**
     * @param reportFile where the HTML report goes; null for report.html in the folder
     */
    public static Written write(Comparison c, Path folder, Path reportFile, Provenance tool, Instant now, Language lang) throws IOException {
        List<Path> files = new ArrayList<>();
        List<String> tables = new ArrayList<>();
        if (!c.contrasts().isEmpty()) {
            files.add(write(folder.resolve("comparison.csv"), ComparisonCsv.comparison(c)));
            tables.add("comparison.csv");
        }
        if (c.drawn()) {
            files.add(write(folder.resolve("influences.csv"), ComparisonCsv.influences(c)));
            tables.add("influences.csv");
        }
        files.add(write(folder.resolve("statistics.csv"), ComparisonCsv.statistics(c)));
        tables.add("statistics.csv");
        List<TimeSeriesSummary> series = ReportCharts.allSeries(c.scenarios());
        if (!series.isEmpty()) {
            files.add(write(folder.resolve("timeseries_summary.csv"), ComparisonCsv.timeseries(series)));
            tables.add("timeseries_summary.csv");
        }
        ChartFonts fonts = ChartFonts.forLanguage(lang);
        List<ReportCharts.Placed> charts = ReportCharts.draw(c, fonts);
        for (ReportCharts.Placed p : charts) {
            Path png = folder.resolve("charts").resolve(p.image().name() + ".png");
            AtomicFile.write(png, p.image().png());
            files.add(png);
            files.add(write(folder.resolve("charts").resolve(p.image().name() + ".svg"), p.image().svg()));
        }
        Path report = reportFile != null ? reportFile : folder.resolve("report.html");
        String linkBase = linkBase(report, folder);
        ReportPage page = new ReportPage(c, lang, fonts, charts, linkBase, tables);
        files.add(write(report, HtmlReport.render(page, tool, now, folder.toString())));
        return new Written(folder, report, files);
    }

    /** The relative path from the report's folder to the tables' folder, ending in "/" ("" when the same). */
    static String linkBase(Path report, Path folder) {
        Path from = report.toAbsolutePath().normalize().getParent();
        Path rel = from.relativize(folder.toAbsolutePath().normalize());
        String s = rel.toString().replace('\\', '/');
        return s.isEmpty() ? "" : s + "/";
    }

    private static Path write(Path file, String content) throws IOException {
        AtomicFile.write(file, content);
        return file;
    }
}
