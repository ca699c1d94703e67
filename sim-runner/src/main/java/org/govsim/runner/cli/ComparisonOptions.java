package org.govsim.runner.cli;

import java.nio.file.Path;
import java.util.List;
import org.govsim.runner.analysis.Language;
import org.govsim.runner.analysis.SummaryTable;
import picocli.CommandLine.Option;

/** The options of a comparison, shared by {@code govsim compare} and {@code govsim run --compare}. */
public final class ComparisonOptions {

    @Option(names = "--baseline", paramLabel = "NAME",
            description = "The scenario the others are measured against: its name (or its folder's) "
                    + "(default: the scenario named baseline, else the first).")
    String baseline;

    @Option(names = "--metrics", split = ",", paramLabel = "METRIC",
            description = "runs.csv metrics to compare (and, with --precision, to make precise), comma-separated "
                    + "(default: the key metrics that `govsim run` prints).")
    List<String> metrics;

    @Option(names = "--report", paramLabel = "FILE.html",
            description = "Where to write the HTML report (default: report.html in the comparison's folder).")
    Path report;

    @Option(names = "--lang", paramLabel = "en|zh",
            description = "Language of the report and the comparison's terminal summary: en or zh (default: zh when the locale is "
                    + "Chinese, else en).")
    Language lang;

    /** The language asked for, or the locale's. */
    Language language() {
        return lang != null ? lang : Language.fromLocale();
    }

    /** The metrics asked for, or the key metrics. */
    List<String> metrics() {
        return metrics == null || metrics.isEmpty() ? SummaryTable.KEY_METRICS : List.copyOf(metrics);
    }

    /** Whether any of these options was given. */
    boolean given() {
        return baseline != null || metrics != null || report != null || lang != null;
    }
}
