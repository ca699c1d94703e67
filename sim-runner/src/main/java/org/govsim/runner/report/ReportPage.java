package org.govsim.runner.report;

import java.util.List;
import org.govsim.runner.analysis.Comparison;
import org.govsim.runner.analysis.Language;

/**
 * What every section of the report is drawn from.
 *
 * @param comparison the comparison
 * @param lang       the report's language
 * @param fonts      the charts' fonts (their language may be English when no font draws Chinese)
 * @param charts     every chart, by section
 * @param linkBase   the path from the report to the folder of the CSV files, ending in "/" (empty when beside it)
 * @param files      the CSV files written beside the charts, by name
 */
record ReportPage(Comparison comparison, Language lang, ChartFonts fonts, List<ReportCharts.Placed> charts, String linkBase,
                  List<String> files) {

    String pick(String en, String zh) {
        return lang.pick(en, zh);
    }

    /** The section's charts as figures. */
    String figures(String section) {
        StringBuilder sb = new StringBuilder();
        charts.stream().filter(p -> p.section().equals(section)).forEach(p -> sb.append(Html.figure(p.image(), linkBase)));
        return sb.toString();
    }

    boolean hasCharts(String section) {
        return charts.stream().anyMatch(p -> p.section().equals(section));
    }
}
