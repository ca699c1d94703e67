package org.govsim.runner.report;

import java.util.List;
import org.govsim.runner.analysis.Comparison;
import org.govsim.runner.analysis.Formats;
import org.govsim.runner.analysis.ManifestInfo;
import org.govsim.runner.analysis.ScenarioResults;

/**
 * The report's top: what was compared, on what district, for how long, how many runs, and where the tables are:
 * each scenario's description, its district's size (from runs.csv), observed days and burn-in, runs (and draws)
 * and base seed; links to the CSV files beside the report.
 */
final class ContextSection {
    private ContextSection() {
    }

    static void write(StringBuilder h, ReportPage page) {
        Comparison c = page.comparison();
        h.append("<section id=\"context\"><table class=\"context\">\n<tr>");
        for (String head : List.of(page.pick("scenario", "情景"), page.pick("description", "说明"), page.pick("district", "辖区"),
                page.pick("days observed (burn-in)", "观测天数（预热）"), page.pick("runs", "运行次数"), page.pick("base seed", "基础种子"))) {
            h.append(Html.th(head));
        }
        h.append("</tr>\n");
        for (ScenarioResults s : c.scenarios()) {
            ManifestInfo m = s.manifest().orElse(null);
            String description = m == null || m.description() == null ? "" : m.description();
            String district = String.format(java.util.Locale.ROOT, page.pick("%s compounds, %s households, %s residents",
                    "%s 个小区，%s 户，%s 人"), mean(s, "compounds"), mean(s, "households"), mean(s, "residents"));
            String days = value(s, "run.days") + " (" + value(s, "run.burnInDays") + ")";
            int points = s.points().size();
            String runs = points > 1 ? String.format(java.util.Locale.ROOT, page.pick("%d (%d draws × %d)", "%d（%d 组抽样 × %d）"),
                    s.runs().size(), points, s.runs().size() / points) : Integer.toString(s.runs().size());
            h.append("<tr>").append(Html.td(s.label(), "text")).append(Html.td(description, "text")).append(Html.td(district, "text"))
                    .append(Html.td(days, null)).append(Html.td(runs, null))
                    .append(Html.td(m == null || m.baseSeed() == null ? "" : Long.toString(m.baseSeed()), null)).append("</tr>\n");
        }
        h.append("</table>\n<p class=\"files\">").append(Html.esc(page.pick("Tables (CSV): ", "数据表（CSV）："))).append(' ');
        for (String f : page.files()) {
            h.append("<a href=\"").append(Html.esc(page.linkBase() + f)).append("\">").append(Html.esc(f)).append("</a> ");
        }
        h.append("</p></section>\n");
    }

    /** The mean of a size column over the folder's runs, "?" when absent. */
    private static String mean(ScenarioResults s, String column) {
        if (!s.metricColumns().contains(column)) {
            return "?";
        }
        return Formats.whole(s.statistics(column).mean());
    }

    private static String value(ScenarioResults s, String path) {
        return s.runs().isEmpty() ? "?" : s.parameter(s.runs().get(0), path).orElse("?");
    }
}
