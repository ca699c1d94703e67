package org.govsim.runner.report;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.govsim.runner.analysis.Comparison;
import org.govsim.runner.analysis.Formats;
import org.govsim.runner.analysis.Language;
import org.govsim.runner.analysis.LeverEffects;
import org.govsim.runner.analysis.ManifestInfo;
import org.govsim.runner.analysis.MetricInfo;
import org.govsim.runner.analysis.MetricStatistics;
import org.govsim.runner.analysis.ParameterDifferences;
import org.govsim.runner.analysis.ScenarioResults;
import org.govsim.runner.output.Provenance;

/**
 * The comparison as one self-contained HTML page, in English or Chinese: the context and the verdict first, then
 * the differences in detail, the uncertainty of the parameters, the spread of the runs, the steady-state check,
 * the series over time, what the effects rest on, each scenario's statistics, the parameters that differ, the
 * method and the provenance. Charts are embedded as SVG data; the page links only the CSV and chart files beside
 * it, loads nothing from the network and runs no script. Its stylesheet keeps every column on a 1024-pixel screen
 * and in print.
 */
public final class HtmlReport {
    private static final String CSS = """
            body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans CJK SC","Source Han Sans SC","PingFang SC",
            "Microsoft YaHei","DejaVu Sans",sans-serif;margin:1.5rem auto;max-width:1180px;padding:0 1rem;color:#222;line-height:1.45}
            h1{font-size:1.5rem;margin-bottom:.2rem}h2{margin-top:2rem;border-bottom:1px solid #ccc;padding-bottom:.2rem}
            h3{font-size:1.05rem;margin-bottom:.3rem}.meta{color:#555;font-size:.9rem}.headline{font-weight:600;margin:.4rem 0}
            table{border-collapse:collapse;font-size:.82rem;margin:.8rem 0;width:100%}
            th,td{border-bottom:1px solid #e3e3e3;padding:.25rem .4rem;text-align:right;vertical-align:top;overflow-wrap:anywhere}
            th{background:#f4f4f4;overflow-wrap:normal}td:first-child,th:first-child,td.text{text-align:left}caption{text-align:left;font-size:.85rem;color:#555}
            tr.first td{border-top:2px solid #bbb}tr.detail td{color:#555;font-size:.76rem;border-bottom:1px solid #e3e3e3;text-align:left}
            table.scorecard td{text-align:left}.mark{font-weight:700}
            .v-better{background:#d6e8f7}.v-worse{background:#fbd8bf}.v-negligible{background:#ececec}
            .v-unclear{background:#fff;outline:1px dashed #999;outline-offset:-3px}.v-changed{background:#eadcf2}.v-untested{background:#fff}
            .legend span{padding:0 .35rem;margin-right:.3rem;white-space:nowrap}
            .grid{display:grid;grid-template-columns:repeat(auto-fill,minmax(440px,1fr));gap:.6rem}
            figure{margin:1rem 0}figure img{max-width:100%;height:auto;border:1px solid #eee}
            figcaption{font-size:.82rem;color:#555}.note{color:#555;font-size:.88rem}.files a{margin-right:.6rem}
            code{font-size:.82rem;word-break:break-all}details{margin:.3rem 0}
            @media (max-width:1100px){body{margin:1rem;padding:0}table{font-size:.78rem}}
            @media print{body{max-width:none;margin:0;font-size:9pt;color:#000}table{font-size:7.5pt;page-break-inside:auto}
            tr{page-break-inside:avoid}th,td{padding:.1rem .25rem}figure,.grid figure{break-inside:avoid}.grid{display:block}
            figure img{max-width:100%}a{color:#000;text-decoration:none}h2{break-after:avoid}
            .v-better,.v-worse,.v-negligible,.v-changed{-webkit-print-color-adjust:exact;print-color-adjust:exact}}
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
        return render(new ReportPage(c, Language.EN, ChartFonts.ENGLISH, charts, "", List.of()), tool, generated, csvFolder);
    }

    static String render(ReportPage page, Provenance tool, Instant generated, String csvFolder) {
        Comparison c = page.comparison();
        Language lang = page.lang();
        StringBuilder h = new StringBuilder();
        String title = c.contrasts().isEmpty() ? page.pick("Results of ", "结果：") + c.reference().label()
                : String.join(", ", c.options().stream().map(ScenarioResults::label).toList()) + page.pick(" against ", " 对比 ")
                + String.join(", ", c.baselines().stream().map(ScenarioResults::label).toList());
        h.append("<!DOCTYPE html>\n<html lang=\"").append(lang.tag()).append("\"><head><meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>govsim: ").append(Html.esc(title)).append("</title>\n<style>").append(CSS).append("</style></head>\n<body>\n");
        h.append("<h1>").append(Html.esc(title)).append("</h1>\n<p class=\"meta\">")
                .append(Html.esc(String.format(java.util.Locale.ROOT, page.pick("Policy options compared by govsim %s on %s: %d scenarios, "
                        + "%d metrics. Tables and charts in %s.", "govsim %s 于 %s 比较政策方案：%d 个情景，%d 项指标。数据表与图表位于 %s。"),
                        tool.version(), generated.truncatedTo(ChronoUnit.SECONDS), c.scenarios().size(), c.metrics().size(), csvFolder)))
                .append("</p>\n");
        ContextSection.write(h, page);
        VerdictSection.write(h, page);
        DetailsSection.write(h, page);
        UncertaintySection.write(h, page);
        h.append("<section id=\"spread\"><h2>").append(Html.esc(page.pick("Spread of the runs", "运行结果的离散程度"))).append("</h2>\n<div class=\"grid\">\n")
                .append(page.figures(ReportCharts.SPREAD)).append("</div>\n</section>\n");
        SteadyStateSection.write(h, page, ReportCharts.timeSeriesColumns(c));
        section(h, page, "time", page.pick("Over time", "随时间变化"), ReportCharts.TIME, page.pick("No chart: the results folders have no "
                + "timeseries.csv, or no compared metric has a monthly series.", "无图表：结果中没有 timeseries.csv，或比较的指标没有月度序列。"));
        section(h, page, "resolution", page.pick("Resolution times", "解决时长"), ReportCharts.RESOLUTION, page.pick("No chart: the runs.csv "
                + "files lack the resolution_days_median, _mean and _p90 columns.", "无图表：runs.csv 缺少 resolution_days_median、_mean、_p90 列。"));
        section(h, page, "levers", page.pick("Levers", "措施"), ReportCharts.LEVERS, page.pick("No tornado chart: no parameter column of runs.csv "
                + "takes more than one value across the runs compared (levers vary when an experiment or --set gives them different values).",
                "无龙卷风图：runs.csv 的参数列在所比较的运行中均只取一个值。"));
        if (!LeverEffects.varied(c.scenarios()).isEmpty()) {
            h.append("<p class=\"note\">").append(Html.esc(page.pick("Varied levers: ", "变化的措施参数：")
                    + String.join(", ", LeverEffects.varied(c.scenarios())) + page.pick(". Each effect pools the runs at the lever's low or "
                    + "high value whatever the other levers are; in a full factorial design that is the main effect.",
                    "。每个效应汇总该参数取低值或高值时的全部运行，不论其他参数取值；在全因子设计中即为主效应。"))).append("</p>\n");
        }
        AssumptionsSection.write(h, page);
        scenarios(h, page);
        parameters(h, page);
        MethodSection.write(h, page);
        provenance(h, page, tool);
        return h.append("</body></html>\n").toString();
    }

    private static void section(StringBuilder h, ReportPage page, String id, String heading, String which, String none) {
        h.append("<section id=\"").append(id).append("\"><h2>").append(Html.esc(heading)).append("</h2>\n");
        if (!page.hasCharts(which)) {
            h.append("<p class=\"note\">").append(Html.esc(none)).append("</p>\n");
        }
        h.append(page.figures(which)).append("</section>\n");
    }

    private static void scenarios(StringBuilder h, ReportPage page) {
        Comparison c = page.comparison();
        h.append("<section id=\"scenarios\"><h2>").append(Html.esc(page.pick("Each scenario", "各情景"))).append("</h2>\n<table>\n");
        h.append(Html.row(List.of(page.pick("metric (unit)", "指标（单位）"), page.pick("scenario", "情景"), page.pick("runs", "运行次数"),
                page.pick("mean", "均值"), page.pick("sd", "标准差"), page.pick("95% CI", "95% 置信区间"), page.pick("median", "中位数"),
                page.pick("90th percentile", "90分位")), true, null));
        for (String metric : c.metrics()) {
            boolean first = true;
            for (ScenarioResults s : c.scenarios()) {
                MetricStatistics m = s.statistics(metric);
                h.append(Html.row(List.of(first ? MetricInfo.labelWithUnit(MetricInfo.run(metric), page.lang()) : "", s.label(),
                        Integer.toString(m.n()), Formats.number(m.mean()), Formats.number(m.sd()), interval(m.ciLow(), m.ciHigh()),
                        Formats.number(m.median()), Formats.number(m.p90())), false, first ? "first" : null));
                first = false;
            }
        }
        h.append("</table>\n<p class=\"note\">").append(Html.esc(page.pick("The 95% CI is Student's t interval of the mean; median and 90th "
                + "percentile are over runs. runs.csv columns: ", "95% 置信区间为均值的 Student t 区间；中位数和90分位按运行计算。runs.csv 列：")
                + String.join(", ", c.metrics()) + ".")).append("</p>\n</section>\n");
    }

    private static void parameters(StringBuilder h, ReportPage page) {
        Comparison c = page.comparison();
        h.append("<section id=\"parameters\"><h2>").append(Html.esc(page.pick("Parameters that differ", "不同的参数"))).append("</h2>\n");
        List<ParameterDifferences.Row> rows = ParameterDifferences.of(c.scenarios());
        if (rows.isEmpty()) {
            h.append("<p class=\"note\">").append(Html.esc(page.pick("None: every resolved parameter is the same in all scenarios (only the "
                    + "seed or the number of runs may differ).", "无：所有情景的参数均相同（仅种子或运行次数可能不同）。"))).append("</p>\n");
        } else {
            List<String> header = new ArrayList<>(List.of(page.pick("parameter", "参数")));
            c.scenarios().forEach(s -> header.add(s.label()));
            h.append("<table>\n").append(Html.row(header, true, null));
            for (ParameterDifferences.Row r : rows) {
                List<String> cells = new ArrayList<>(List.of(r.path()));
                cells.addAll(r.values().values());
                h.append(Html.row(cells, false, null));
            }
            h.append("</table>\n<p class=\"note\">").append(Html.esc(page.pick("From each folder's manifest.json (every resolved parameter) "
                    + "and runs.csv; ", "取自各结果目录的 manifest.json 与 runs.csv；") + ParameterDifferences.UNKNOWN
                    + page.pick(": the folder has no manifest.", "：该目录没有 manifest。"))).append("</p>\n");
        }
        h.append("</section>\n");
    }

    private static void provenance(StringBuilder h, ReportPage page, Provenance tool) {
        Comparison c = page.comparison();
        h.append("<section id=\"provenance\"><h2>").append(Html.esc(page.pick("Provenance", "来源与复现"))).append("</h2>\n<table>\n");
        h.append(Html.row(List.of("", page.pick("folder", "目录"), page.pick("scenario files", "情景文件"), page.pick("overrides", "覆盖参数"),
                page.pick("version", "版本"), "git commit", "Java", page.pick("base seed", "基础种子"), page.pick("runs", "运行次数"),
                page.pick("run", "运行时间")), true, null));
        for (ScenarioResults s : c.scenarios()) {
            ManifestInfo m = s.manifest().orElse(null);
            h.append(Html.row(List.of(s.label(), s.dir().toString(), m == null ? "no manifest.json" : String.join(", ", m.files()),
                    m == null ? "" : String.join(" ", m.overrides()), m == null ? "" : nz(m.version()),
                    m == null ? "" : nz(m.gitCommit()) + (Boolean.TRUE.equals(m.gitDirty()) ? " (with uncommitted changes)" : ""),
                    m == null ? "" : nz(m.java()), m == null || m.baseSeed() == null ? "" : Long.toString(m.baseSeed()),
                    Integer.toString(s.runs().size()), m == null ? "" : nz(m.startTime()) + " – " + nz(m.endTime())), false, null));
        }
        h.append("</table>\n");
        for (ScenarioResults s : c.scenarios()) {
            h.append("<details><summary>").append(Html.esc(s.label() + page.pick(": replication seeds and rerun command", "：重复种子与复现命令")))
                    .append("</summary>\n<p><code>");
            s.manifest().map(ManifestInfo::rerun).ifPresent(r -> h.append(Html.esc(r)).append("</code></p>\n<p><code>"));
            List<String> seeds = s.runs().stream().filter(r -> r.point() == s.runs().get(0).point()).map(r -> r.replication() + ":" + r.seed()).toList();
            h.append(Html.esc(String.join(" ", seeds))).append("</code></p></details>\n");
        }
        h.append("<p class=\"note\">").append(Html.esc(page.pick("Report made by govsim ", "报告由 govsim ") + tool.version() + ", commit "
                + tool.gitCommit() + (tool.gitDirty() ? " (with uncommitted changes)" : "") + ", " + tool.java() + page.pick(".", " 生成。")))
                .append("</p>\n</section>\n");
    }

    /** "[a, b]" kept on one line (a no-break space after the comma). */
    private static String interval(double low, double high) {
        return Double.isNaN(low) ? "n/a" : "[" + Formats.number(low) + ",\u00a0" + Formats.number(high) + "]";
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
