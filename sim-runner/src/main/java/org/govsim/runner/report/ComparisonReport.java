package org.govsim.runner.report;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.govsim.runner.analysis.Comparison;
import org.govsim.runner.analysis.ComparisonCsv;
import org.govsim.runner.analysis.TimeSeriesSummary;
import org.govsim.runner.output.AtomicFile;
import org.govsim.runner.output.Provenance;

/**
 * Writes a comparison's outputs to a folder: comparison.csv (options against the baseline), statistics.csv
 * (each scenario), timeseries_summary.csv (monthly means and intervals), charts/*.png and *.svg, and the HTML
 * report (report.html there, or the file asked for). Each file is written whole under a temporary name first.
 */
public final class ComparisonReport {

    /** What was written. */
    public record Written(Path folder, Path report, List<Path> files) {
    }

    private ComparisonReport() {
    }

    /**
     * @param reportFile where the HTML report goes; null for report.html in the folder
     */
    public static Written write(Comparison c, Path folder, Path reportFile, Provenance tool, Instant now) throws IOException {
        List<Path> files = new ArrayList<>();
        if (!c.options().isEmpty()) {
            files.add(write(folder.resolve("comparison.csv"), ComparisonCsv.comparison(c)));
        }
        files.add(write(folder.resolve("statistics.csv"), ComparisonCsv.statistics(c)));
        List<TimeSeriesSummary> series = ReportCharts.allSeries(c.scenarios());
        if (!series.isEmpty()) {
            files.add(write(folder.resolve("timeseries_summary.csv"), ComparisonCsv.timeseries(series)));
        }
        List<ReportCharts.Placed> charts = ReportCharts.draw(c);
        for (ReportCharts.Placed p : charts) {
            Path png = folder.resolve("charts").resolve(p.image().name() + ".png");
            AtomicFile.write(png, p.image().png());
            files.add(png);
            files.add(write(folder.resolve("charts").resolve(p.image().name() + ".svg"), p.image().svg()));
        }
        Path report = reportFile != null ? reportFile : folder.resolve("report.html");
        files.add(write(report, HtmlReport.render(c, charts, tool, now, folder.toString())));
        return new Written(folder, report, files);
    }

    private static Path write(Path file, String content) throws IOException {
        AtomicFile.write(file, content);
        return file;
    }
}
