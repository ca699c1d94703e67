package org.govsim.runner.report;

import java.util.List;
import java.util.Locale;
import org.govsim.model.metrics.MetricDef;
import org.govsim.runner.analysis.AssumedParameters;
import org.govsim.runner.analysis.Changes;
import org.govsim.runner.analysis.Comparison;
import org.govsim.runner.analysis.ComparisonTable;
import org.govsim.runner.analysis.Language;
import org.govsim.runner.analysis.MetricInfo;
import org.govsim.runner.analysis.OptionDifference;
import org.govsim.runner.analysis.OptionSentence;
import org.govsim.runner.analysis.Ranking;
import org.govsim.runner.analysis.ScenarioResults;
import org.govsim.runner.analysis.Verdict;

/**
 * The verdict, first in the report: a scorecard of metrics × options (the change in the metric's natural unit,
 * percentage points for shares, with the interval the verdict rests on, coloured and marked better / worse /
 * negligible / unclear), the ranking with its rule, one sentence per option to quote, and how the options' runs
 * relate to their baselines.
 */
final class VerdictSection {
    private VerdictSection() {
    }

    static void write(StringBuilder h, ReportPage page) {
        Comparison c = page.comparison();
        Language lang = page.lang();
        h.append("<section id=\"verdict\"><h2>").append(Html.esc(page.pick("Verdict", "结论"))).append("</h2>\n");
        if (c.contrasts().isEmpty()) {
            h.append("<p>").append(Html.esc(page.pick("One scenario only: nothing to compare it with. Its statistics and charts follow.",
                    "只有一个情景，无可比较；以下为其统计与图表。"))).append("</p>\n</section>\n");
            return;
        }
        h.append("<ol class=\"sentences\">\n");
        List<Ranking.Place> places = Ranking.of(c);
        for (Ranking.Place p : places) {
            h.append("<li class=\"headline\">").append(Html.esc(OptionSentence.of(c, p.option(), lang))).append("</li>\n");
        }
        h.append("</ol>\n<p class=\"note\">").append(Html.esc(Ranking.rule(lang))).append("</p>\n<ul class=\"note\">\n");
        for (Comparison.Contrast k : c.contrasts()) {
            AssumedParameters a = AssumedParameters.of(k.option(), k.baseline());
            List<String> assumed = new java.util.ArrayList<>(a.changedAssumptions().stream().map(AssumedParameters.Row::path).toList());
            a.assumed().stream().map(AssumedParameters.Row::path).filter(p -> !assumed.contains(p)).forEach(assumed::add);
            if (!assumed.isEmpty()) {
                h.append("<li>").append(Html.esc(String.format(Locale.ROOT, page.pick("%s's effect rests on %d assumed values (not figures "
                        + "from the article or a calibration): %s; see \"What the effects rest on\".", "%s 的效应依赖 %d 个假设值（非报道数据或校准所得）："
                        + "%s；见“效应所依据的假设”。"), k.option().label(), assumed.size(), String.join(", ", assumed)))).append("</li>\n");
            }
        }
        h.append("</ul>\n");
        scorecard(h, page, c, lang);
        h.append("<ul class=\"note\">\n");
        for (Comparison.Contrast k : c.contrasts()) {
            h.append("<li>").append(Html.esc(k.option().label() + " " + page.pick("against", "对比") + " " + k.baseline().label() + ": "
                    + k.pairing().reason(lang))).append("</li>\n");
        }
        h.append("</ul>\n");
        if (page.fonts().fellBack(lang)) {
            h.append("<p class=\"note\">").append(Html.esc(page.pick("The charts are in English: no font on this machine draws Chinese (Debian: apt-get install fonts-noto-cjk).", "图表使用英文：本机没有可显示中文的字体（Debian：apt-get install "
                    + "fonts-noto-cjk）。"))).append("</p>\n");
        }
        h.append("</section>\n");
    }

    private static void scorecard(StringBuilder h, ReportPage page, Comparison c, Language lang) {
        List<ScenarioResults> options = c.options();
        h.append("<table class=\"scorecard\">\n<caption>").append(Html.esc(page.pick("Change from the baseline, ", "相对基线的变化，")
                + ComparisonTable.method(c, lang))).append("</caption>\n<tr>").append(Html.th(page.pick("metric (unit of the change; "
                + "practical threshold)", "指标（变化单位；实际阈值）")));
        for (ScenarioResults o : options) {
            h.append(Html.th(o.label() + page.pick(" vs ", " 对比 ") + c.contrast(o.label()).baseline().label()));
        }
        h.append("</tr>\n");
        for (MetricDef m : c.metricDefs()) {
            String unit = MetricInfo.differenceUnit(m, lang);
            String threshold = Changes.threshold(m);
            String head = MetricInfo.label(m, lang) + " (" + (unit.isEmpty() ? "" : unit) + (threshold.isEmpty() ? ""
                    : (unit.isEmpty() ? "" : "; ") + "±" + threshold) + ")";
            h.append("<tr>").append(Html.td(head, "text"));
            for (ScenarioResults o : options) {
                OptionDifference d = c.difference(o.label(), m.column()).orElseThrow();
                String extra = "";
                if (d.uncertain() != null) {
                    extra = String.format(Locale.ROOT, page.pick(" · better in %.0f%% of draws", " · %.0f%% 抽样更好"), 100 * d.uncertain().probBetter());
                }
                h.append("<td class=\"v-").append(d.verdict().name().toLowerCase(Locale.ROOT)).append("\"><span class=\"mark\">")
                        .append(Html.esc(d.verdict().mark())).append("</span> <b>").append(Html.esc(Changes.signed(d))).append("</b> ")
                        .append(Html.esc(Changes.interval(d))).append("<br><small>").append(Html.esc(d.verdict().word(lang) + extra))
                        .append("</small></td>");
            }
            h.append("</tr>\n");
        }
        h.append("</table>\n<p class=\"note legend\">");
        for (Verdict v : List.of(Verdict.BETTER, Verdict.WORSE, Verdict.NEGLIGIBLE, Verdict.UNCLEAR, Verdict.CHANGED)) {
            h.append("<span class=\"v-").append(v.name().toLowerCase(Locale.ROOT)).append("\">").append(Html.esc(v.mark() + " " + v.word(lang)))
                    .append("</span> ");
        }
        h.append(Html.esc(page.pick("Better or worse: the interval excludes zero and the change is at least the metric's practical "
                + "threshold (declared with the metric) in its better or worse direction; no practical difference: the change is below "
                + "the threshold, however small its p-value; unclear: the interval holds both no difference and a practical one.",
                "更好/更差：区间不含零，且变化量达到该指标声明的实际阈值；无实际差别：变化量低于阈值（无论 p 值多小）；"
                + "不确定：区间既包含无差别也包含有实际意义的差别。"))).append("</p>\n");
    }
}
