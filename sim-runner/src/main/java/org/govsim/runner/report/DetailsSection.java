package org.govsim.runner.report;

import java.util.Locale;
import org.govsim.runner.analysis.Comparison;
import org.govsim.runner.analysis.Formats;
import org.govsim.runner.analysis.Language;
import org.govsim.runner.analysis.MetricInfo;
import org.govsim.runner.analysis.OptionDifference;
import org.govsim.runner.analysis.RankCheck;
import org.govsim.runner.analysis.ScenarioResults;

/**
 * The differences in detail: per metric and option, a main row (means, the difference in the metric's unit with
 * its interval, the change relative to the baseline's mean, the verdict) and a detail row under it (test, p-values,
 * effect size, the rank check), so that the table fits a 1024-pixel screen and a printed page without losing a
 * column.
 */
final class DetailsSection {
    private DetailsSection() {
    }

    static void write(StringBuilder h, ReportPage page) {
        Comparison c = page.comparison();
        if (c.contrasts().isEmpty()) {
            return;
        }
        Language lang = page.lang();
        h.append("<section id=\"differences\"><h2>").append(Html.esc(page.pick("Differences in detail", "差异详情"))).append("</h2>\n");
        h.append("<table class=\"details\">\n<tr>");
        for (String head : new String[] {page.pick("metric", "指标"), page.pick("option", "方案"), page.pick("baseline mean", "基线均值"),
                page.pick("option mean", "方案均值"), page.pick("difference [", "差值 [") + c.adjustment().levelText() + page.pick(" CI]", " 置信区间]"),
                page.pick("relative", "相对变化"), page.pick("verdict", "结论")}) {
            h.append(Html.th(head));
        }
        h.append("</tr>\n");
        for (String metric : c.metrics()) {
            boolean first = true;
            for (ScenarioResults o : c.options()) {
                OptionDifference d = c.difference(o.label(), metric).orElseThrow();
                String cls = "v-" + d.verdict().name().toLowerCase(Locale.ROOT);
                h.append(first ? "<tr class=\"first\">" : "<tr>")
                        .append(Html.td(first ? MetricInfo.labelWithUnit(d.metric(), lang) : "", "text"))
                        .append(Html.td(o.label() + page.pick(" vs ", " 对比 ") + d.baseline(), "text"))
                        .append(Html.td(Formats.number(d.baselineMean()), null)).append(Html.td(Formats.number(d.optionMean()), null))
                        .append(Html.td(Formats.number(d.difference().estimate()) + " " + interval(d.low(), d.high()), null))
                        .append(Html.td(Formats.percent(d.difference().estimate() / Math.abs(d.baselineMean())), null))
                        .append(Html.td(d.verdict().mark() + " " + d.verdict().word(lang), cls)).append("</tr>\n");
                h.append("<tr class=\"detail\"><td></td><td colspan=\"6\">").append(Html.esc(detail(d, lang, c.adjustment()))).append("</td></tr>\n");
                first = false;
            }
        }
        h.append("</table>\n<p class=\"note\">").append(Html.esc(page.pick("Difference and interval over runs (option − baseline), in the "
                + "metric's unit; relative: ÷ the baseline's mean. With parameter draws the scorecard's verdict uses the interval across "
                + "the draws (section Uncertainty).", "差值及区间按运行计算（方案 − 基线），单位同指标；相对变化 = 差值 ÷ 基线均值。"
                + "有参数抽样时，结论使用抽样下的区间（见“参数不确定性”一节）。"))).append("</p>\n</section>\n");
    }

    private static String detail(OptionDifference d, Language lang, org.govsim.runner.analysis.Simultaneous adjustment) {
        String s = d.test().label(lang) + (d.paired() ? lang.pick(", " + d.nOption() + " pairs", "，" + d.nOption() + " 对")
                : lang.pick(", " + d.nOption() + " and " + d.nBaseline() + " runs", "，" + d.nOption() + " 与 " + d.nBaseline() + " 次运行"))
                + "; p = " + Formats.pValue(d.p()) + lang.pick(", adjusted ", "，校正后 ") + Formats.pValue(d.pAdjusted())
                + (Double.isNaN(d.effectSize()) ? "" : "; " + d.effectSizeKind() + " = " + String.format(Locale.ROOT, "%.2f", d.effectSize()));
        RankCheck r = d.rank();
        if (!r.test().isEmpty()) {
            s += switch (r.status()) {
                case TOO_FEW -> String.format(Locale.ROOT, lang.pick("; skewed, but the %s test cannot confirm with so few runs (smallest "
                        + "attainable p %s, %s adjusted): the t interval decides", "；数据偏斜，但样本太少，%s 检验无法确认（最小可能 p 为 %s，校正后 %s）："
                        + "以 t 区间为准"), r.test(), Formats.pValue(r.smallestP()), Formats.pValue(adjustment.adjust(r.smallestP())));
                case DISAGREES -> lang.pick("; skewed, and the " + r.test() + " test does not confirm the difference (adjusted p "
                        + Formats.pValue(r.pAdjusted()) + "): unclear", "；数据偏斜，" + r.test() + " 检验不支持该差异（校正后 p "
                        + Formats.pValue(r.pAdjusted()) + "）：不确定");
                case AGREES -> lang.pick("; skewed; the " + r.test() + " test agrees (adjusted p " + Formats.pValue(r.pAdjusted()) + ")",
                        "；数据偏斜；" + r.test() + " 检验一致（校正后 p " + Formats.pValue(r.pAdjusted()) + "）");
                case NOT_NEEDED -> "";
            };
        }
        return s;
    }

    private static String interval(double low, double high) {
        return Double.isNaN(low) ? "n/a" : "[" + Formats.number(low) + ",\u00a0" + Formats.number(high) + "]";
    }
}
