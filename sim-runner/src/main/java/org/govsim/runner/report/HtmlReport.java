package org.govsim.runner.report;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.govsim.runner.analysis.Comparison;
import org.govsim.runner.analysis.Formats;
import org.govsim.runner.analysis.LeverEffects;
import org.govsim.runner.analysis.ManifestInfo;
import org.govsim.runner.analysis.MetricLabels;
import org.govsim.runner.analysis.MetricStatistics;
import org.govsim.runner.analysis.OptionDifference;
import org.govsim.runner.analysis.ParameterDifferences;
import org.govsim.runner.analysis.Samples;
import org.govsim.runner.analysis.ScenarioResults;
import org.govsim.runner.output.CsvFormat;
import org.govsim.runner.output.Provenance;

/**
 * The comparison as one self-contained HTML page: a summary a planner reads first, the tables, the charts
 * (embedded as SVG data), the parameters that differ between the scenarios, the method, and the provenance.
 * It loads nothing from the network and runs no script.
 */
public final class HtmlReport {
    private static final String CSS = """
            body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,"DejaVu Sans",sans-serif;margin:2rem auto;max-width:1280px;
            padding:0 1rem;color:#222;line-height:1.45}
            h1{font-size:1.6rem;margin-bottom:.2rem}h2{margin-top:2.2rem;border-bottom:1px solid #ccc;padding-bottom:.2rem}
            .meta{color:#666;font-size:.9rem}.summary li{margin:.35rem 0}.headline{font-weight:600}
            table{border-collapse:collapse;font-size:.8rem;margin:.8rem 0;width:100%}
            th,td{border-bottom:1px solid #e3e3e3;padding:.25rem .45rem;text-align:right;vertical-align:top}
            .wide{overflow-x:auto}
            th{background:#f4f4f4}td:first-child,th:first-child,td.text{text-align:left}
            tr.sig td{background:#eef6ee}tr.first td{border-top:2px solid #bbb}
            figure{margin:1.2rem 0}figure img{max-width:100%;height:auto;border:1px solid #eee}
            figcaption{font-size:.85rem;color:#555}.note{color:#555;font-size:.9rem}
            code{font-size:.85rem;word-break:break-all}details{margin:.3rem 0}
            """;

    private HtmlReport() {
    }

    /**
     * @param c         the comparison
     * @param charts    its charts
     * @param tool      the software that made the report
     * @param generated when
     * @param csvFolder where the CSV tables and chart files were written, as the reader should find it
     */
    public static String render(Comparison c, List<ReportCharts.Placed> charts, Provenance tool, Instant generated, String csvFolder) {
        StringBuilder h = new StringBuilder();
        String title = c.options().isEmpty() ? "Results of " + c.baseline().label()
                : String.join(", ", c.options().stream().map(ScenarioResults::label).toList()) + " against " + c.baseline().label();
        h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>govsim: ").append(Html.esc(title)).append("</title>\n<style>").append(CSS).append("</style></head>\n<body>\n");
        h.append("<h1>").append(Html.esc(title)).append("</h1>\n<p class=\"meta\">Policy options compared by govsim ")
                .append(Html.esc(tool.version())).append(" on ").append(Html.esc(generated.truncatedTo(ChronoUnit.SECONDS).toString())).append(": ")
                .append(c.scenarios().size()).append(" scenarios, ").append(c.metrics().size()).append(" metrics. Tables as CSV and charts as PNG and SVG in <code>")
                .append(Html.esc(csvFolder)).append("</code>.</p>\n");
        summary(h, c);
        differences(h, c, charts);
        scenarios(h, c);
        section(h, "time", "Over time", charts, ReportCharts.TIME,
                "No chart: the results folders have no timeseries.csv, or no compared metric has a monthly series.");
        section(h, "resolution", "Resolution times", charts, ReportCharts.RESOLUTION,
                "No chart: the runs.csv files lack the resolution_days_median, _mean and _p90 columns.");
        section(h, "levers", "Levers", charts, ReportCharts.LEVERS, "No tornado chart: no parameter column of runs.csv takes more "
                + "than one value across the runs compared (levers vary when an experiment or --set gives them different values).");
        if (!LeverEffects.varied(c.scenarios()).isEmpty()) {
            h.append("<p class=\"note\">Varied levers: ").append(Html.esc(String.join(", ", LeverEffects.varied(c.scenarios()))))
                    .append(". Each effect pools the runs at the lever's low or high value whatever the other levers are; in a full "
                    + "factorial design that is the main effect.</p>\n");
        }
        parameters(h, c);
        method(h);
        provenance(h, c, tool);
        return h.append("</body></html>\n").toString();
    }

    private static void summary(StringBuilder h, Comparison c) {
        h.append("<section id=\"summary\" class=\"summary\"><h2>Summary</h2>\n");
        if (c.options().isEmpty()) {
            h.append("<p>One scenario only: nothing to compare it with. Its statistics and charts follow.</p>\n");
        }
        for (PlannerSummary.Paragraph p : PlannerSummary.of(c)) {
            h.append("<p class=\"headline\">").append(Html.esc(p.headline())).append("</p>\n<ul>\n");
            for (String f : p.findings()) {
                h.append("<li>").append(Html.esc(f)).append("</li>\n");
            }
            if (!p.unclear().isEmpty()) {
                h.append("<li class=\"note\">").append(Html.esc(p.unclear())).append("</li>\n");
            }
            h.append("</ul>\n");
        }
        h.append("<p class=\"note\">Percentages are relative to the baseline's mean. \"Clear\" means significant at 5% after Holm's "
                + "adjustment over all ").append(c.differences().size()).append(" option × metric tests; intervals are 95% confidence "
                + "intervals of the difference in means over replications: they measure the simulation's noise, not the "
                + "uncertainty of the model's assumptions.</p>\n</section>\n");
    }

    private static void differences(StringBuilder h, Comparison c, List<ReportCharts.Placed> charts) {
        if (c.options().isEmpty()) {
            return;
        }
        h.append("<section id=\"differences\"><h2>Differences against ").append(Html.esc(c.baseline().label())).append("</h2>\n<div class=\"wide\"><table>\n");
        h.append(Html.row(List.of("metric", "option", "baseline", "option", "difference [95% CI]", "change [95% CI]", "test",
                "p", "p (Holm)", "effect size"), true, null));
        for (String metric : c.metrics()) {
            boolean first = true;
            for (ScenarioResults o : c.options()) {
                OptionDifference d = c.difference(o.label(), metric).orElseThrow();
                String css = (d.significant() ? "sig" : "") + (first ? " first" : "");
                h.append(Html.row(List.of(first ? metric : "", o.label(), Formats.number(d.baselineMean()), Formats.number(d.optionMean()),
                        Formats.number(d.difference().estimate()) + " " + interval(d.difference().ciLow(), d.difference().ciHigh()),
                        Formats.percent(d.relative()) + (Double.isNaN(d.relativeLow()) ? ""
                                : " [" + Formats.percent(d.relativeLow()) + ",\u00a0" + Formats.percent(d.relativeHigh()) + "]"),
                        d.test().label() + (d.paired() ? ", " + d.nOption() + " pairs" : ", " + d.nOption() + " and " + d.nBaseline()),
                        Formats.pValue(d.p()), Formats.pValue(d.pHolm()), Double.isNaN(d.effectSize()) ? "n/a"
                                : d.effectSizeKind() + " = " + String.format(java.util.Locale.ROOT, "%.2f", d.effectSize())), false, css.isBlank() ? null : css.trim()));
                first = false;
            }
        }
        h.append("</table></div>\n<p class=\"note\">Green rows: significant at 5% after Holm's adjustment.</p>\n");
        charts.stream().filter(p -> p.section().equals(ReportCharts.DIFFERENCES)).forEach(p -> h.append(Html.figure(p.image())));
        h.append("</section>\n");
    }

    private static void scenarios(StringBuilder h, Comparison c) {
        h.append("<section id=\"scenarios\"><h2>Each scenario</h2>\n<div class=\"wide\"><table>\n");
        h.append(Html.row(List.of("metric", "scenario", "replications", "mean", "sd", "95% CI", "median", "90th percentile"), true, null));
        for (String metric : c.metrics()) {
            boolean first = true;
            for (ScenarioResults s : c.scenarios()) {
                MetricStatistics m = s.statistics(metric);
                h.append(Html.row(List.of(first ? metric : "", s.label(), Integer.toString(m.n()), Formats.number(m.mean()),
                        Formats.number(m.sd()), interval(m.ciLow(), m.ciHigh()), Formats.number(m.median()), Formats.number(m.p90())),
                        false, first ? "first" : null));
                first = false;
            }
        }
        h.append("</table></div>\n<p class=\"note\">Metric names are runs.csv's columns; e.g. ")
                .append(Html.esc(c.metrics().get(0))).append(" is the ").append(Html.esc(MetricLabels.label(c.metrics().get(0))))
                .append(". The 95% CI is Student's t interval of the mean; median and 90th percentile are over replications.</p>\n</section>\n");
    }

    private static void section(StringBuilder h, String id, String heading, List<ReportCharts.Placed> charts, String which, String none) {
        h.append("<section id=\"").append(id).append("\"><h2>").append(Html.esc(heading)).append("</h2>\n");
        List<ReportCharts.Placed> mine = charts.stream().filter(p -> p.section().equals(which)).toList();
        if (mine.isEmpty()) {
            h.append("<p class=\"note\">").append(Html.esc(none)).append("</p>\n");
        }
        mine.forEach(p -> h.append(Html.figure(p.image())));
        h.append("</section>\n");
    }

    private static void parameters(StringBuilder h, Comparison c) {
        h.append("<section id=\"parameters\"><h2>Parameters that differ</h2>\n");
        List<ParameterDifferences.Row> rows = ParameterDifferences.of(c.scenarios());
        if (rows.isEmpty()) {
            h.append("<p class=\"note\">None: every resolved parameter is the same in all scenarios (only the seed or the number of "
                    + "replications may differ).</p>\n");
        } else {
            List<String> header = new ArrayList<>(List.of("parameter"));
            c.scenarios().forEach(s -> header.add(s.label()));
            h.append("<div class=\"wide\"><table>\n").append(Html.row(header, true, null));
            for (ParameterDifferences.Row r : rows) {
                List<String> cells = new ArrayList<>(List.of(r.path()));
                cells.addAll(r.values().values());
                h.append(Html.row(cells, false, null));
            }
            h.append("</table></div>\n<p class=\"note\">From each folder's manifest.json (every resolved parameter) and runs.csv; "
                    + ParameterDifferences.UNKNOWN + ": the folder has no manifest.</p>\n");
        }
        h.append("</section>\n");
    }

    private static void method(StringBuilder h) {
        h.append("<section id=\"method\"><h2>Method</h2>\n<ul class=\"note\">\n")
                .append("<li>Per scenario and metric: mean, standard deviation, Student t 95% interval of the mean, median and 90th percentile "
                        + "(R's quantile type 7) across replications.</li>\n")
                .append("<li>Paired by replication when the two folders' manifests show the same base seed and every shared replication ran "
                        + "on the same seed: replication i then meets the same arrivals, service and behaviour draws in both scenarios (common "
                        + "random numbers). Otherwise the samples are independent.</li>\n")
                .append("<li>Difference = option − baseline, with the 95% interval of the paired t (mean of the differences) or of Welch's "
                        + "t (unequal variances, Welch–Satterthwaite degrees of freedom).</li>\n")
                .append("<li>The p-value comes from that t-test, unless the data are skewed: |sample skewness G1| &gt; ")
                .append(CsvFormat.number(Samples.SKEWNESS_LIMIT))
                .append(" and more than twice its standard error under normality, √(6n(n−1)/((n−2)(n+1)(n+3))), for the paired "
                        + "differences, or for either sample when unpaired. Then Wilcoxon's signed-rank test (paired) or "
                        + "the Mann–Whitney U test (unpaired) gives it, exact below 50 values without ties, else the normal approximation "
                        + "with tie and continuity corrections, as R's wilcox.test.</li>\n")
                .append("<li>Effect size: Cohen's d_z (mean difference ÷ sd of the differences) when paired, Cohen's d (pooled sd) when not.</li>\n")
                .append("<li>Holm's step-down adjustment over every option × metric test of this comparison controls the chance of any "
                        + "false finding at 5%.</li>\n</ul>\n</section>\n");
    }

    private static void provenance(StringBuilder h, Comparison c, Provenance tool) {
        h.append("<section id=\"provenance\"><h2>Provenance</h2>\n<div class=\"wide\"><table>\n");
        h.append(Html.row(List.of("", "folder", "scenario files", "overrides", "version", "git commit", "Java", "base seed",
                "replications", "run"), true, null));
        for (ScenarioResults s : c.scenarios()) {
            ManifestInfo m = s.manifest().orElse(null);
            h.append(Html.row(List.of(s.label(), s.dir().toString(), m == null ? "no manifest.json" : String.join(", ", m.files()),
                    m == null ? "" : String.join(" ", m.overrides()), m == null ? "" : nz(m.version()),
                    m == null ? "" : nz(m.gitCommit()) + (Boolean.TRUE.equals(m.gitDirty()) ? " (with uncommitted changes)" : ""),
                    m == null ? "" : nz(m.java()), m == null || m.baseSeed() == null ? "" : Long.toString(m.baseSeed()),
                    Integer.toString(s.runs().size()), m == null ? "" : nz(m.startTime()) + " – " + nz(m.endTime())), false, null));
        }
        h.append("</table></div>\n");
        for (ScenarioResults s : c.scenarios()) {
            h.append("<details><summary>").append(Html.esc(s.label())).append(": replication seeds and rerun command</summary>\n<p><code>");
            s.manifest().map(ManifestInfo::rerun).ifPresent(r -> h.append(Html.esc(r)).append("</code></p>\n<p><code>"));
            List<String> seeds = s.runs().stream().map(r -> r.replication() + ":" + r.seed()).toList();
            h.append(Html.esc(String.join(" ", seeds))).append("</code></p></details>\n");
        }
        h.append("<p class=\"note\">Report made by govsim ").append(Html.esc(tool.version())).append(", commit ")
                .append(Html.esc(tool.gitCommit())).append(tool.gitDirty() ? " (with uncommitted changes)" : "").append(", ")
                .append(Html.esc(tool.java())).append(".</p>\n</section>\n");
    }

    /** "[a, b]" kept on one line (a no-break space after the comma). */
    private static String interval(double low, double high) {
        return Double.isNaN(low) ? "n/a" : "[" + Formats.number(low) + ",\u00a0" + Formats.number(high) + "]";
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
