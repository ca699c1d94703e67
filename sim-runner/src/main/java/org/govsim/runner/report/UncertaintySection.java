package org.govsim.runner.report;

import java.util.List;
import java.util.Locale;
import org.govsim.runner.analysis.Comparison;
import org.govsim.runner.analysis.Formats;
import org.govsim.runner.analysis.Language;
import org.govsim.runner.analysis.MetricInfo;
import org.govsim.runner.analysis.OptionDifference;
import org.govsim.runner.analysis.UncertainDifference;

/**
 * When the runs were made on parameter draws: per option and metric, the average effect and the interval of the
 * effect under parameter uncertainty (the one the verdict uses), how much of the spread between draws is the
 * parameters' and how much the simulation noise's, how often the option is better, the parameters the result hangs
 * on (rank correlation), and where its sign flips (PRIM's box).
 */
final class UncertaintySection {
    private UncertaintySection() {
    }

    static void write(StringBuilder h, ReportPage page) {
        Comparison c = page.comparison();
        if (!c.drawn()) {
            return;
        }
        Language lang = page.lang();
        h.append("<section id=\"uncertainty\"><h2>").append(Html.esc(page.pick("Uncertainty of the parameters", "参数不确定性")))
                .append("</h2>\n<table class=\"details\">\n<tr>");
        for (String head : new String[] {page.pick("metric", "指标"), page.pick("option", "方案"), page.pick("draws × runs", "抽样 × 运行"),
                page.pick("average effect [CI]", "平均效应 [置信区间]"), page.pick("effect under uncertainty", "不确定性下的效应"),
                page.pick("better in", "更好的比例"), page.pick("noise share", "噪声占比")}) {
            h.append(Html.th(head));
        }
        h.append("</tr>\n");
        for (String metric : c.metrics()) {
            boolean first = true;
            for (OptionDifference d : c.differences().stream().filter(x -> x.column().equals(metric)).toList()) {
                UncertainDifference u = d.uncertain();
                if (u == null) {
                    continue;
                }
                h.append(first ? "<tr class=\"first\">" : "<tr>").append(Html.td(first ? MetricInfo.labelWithUnit(d.metric(), lang) : "", "text"))
                        .append(Html.td(d.option(), "text")).append(Html.td(u.draws() + " × " + u.replications(), null))
                        .append(Html.td(Formats.number(u.mean()) + " [" + Formats.number(u.meanLow()) + ",\u00a0" + Formats.number(u.meanHigh()) + "]", null))
                        .append(Html.td("[" + Formats.number(u.low()) + ",\u00a0" + Formats.number(u.high()) + "]", null))
                        .append(Html.td(String.format(Locale.ROOT, "%.0f%%", 100 * u.probBetter()), null))
                        .append(Html.td(Double.isNaN(u.noiseShare()) ? "n/a" : String.format(Locale.ROOT, "%.0f%%", 100 * u.noiseShare()), null))
                        .append("</tr>\n");
                String hangs = hangsOn(u, lang);
                if (!hangs.isEmpty()) {
                    h.append("<tr class=\"detail\"><td></td><td colspan=\"6\">").append(Html.esc(hangs)).append("</td></tr>\n");
                }
                first = false;
            }
        }
        h.append("</table>\n<p class=\"note\">").append(Html.esc(page.pick("Every option ran on the same parameter draws and, within each "
                + "draw, on the same replication seeds (common random numbers at both levels). Per draw the difference is the mean over "
                + "its replications; the average effect is their mean, with its interval; the effect under uncertainty is the prediction "
                + "interval of a random-effects decomposition (between-draw spread τ² = variance of the per-draw differences less their "
                + "simulation noise; mean ± t·√(τ² + s²/K), Higgins, Thompson and Spiegelhalter 2009), at the comparison's simultaneous "
                + "level. Better in: the share of draws where the option is better. Hangs on: Spearman's rank correlation of the per-draw "
                + "difference with each parameter (p < 0.05 divided by the number of parameters). Flips: where the difference has the opposite sign, as PRIM's "
                + "peeling boxes it (Friedman and Fisher 1999).", "所有方案使用同一组参数抽样，每组抽样内使用相同的重复种子（两层公共随机数）。"
                + "每组抽样的差值为其各次重复的均值；平均效应为这些差值的均值及其置信区间；不确定性下的效应为随机效应分解的预测区间"
                + "（抽样间方差 τ² = 各抽样差值的方差减去模拟噪声；均值 ± t·√(τ² + s²/K)，Higgins、Thompson 与 Spiegelhalter 2009），"
                + "采用与比较相同的联合置信水平。更好的比例：方案更好的抽样所占比例。取决于：各参数与抽样差值的 Spearman 秩相关（p < 0.05 除以参数个数）。"
                + "结论反转：差值符号相反的区域，由 PRIM 剥离法给出（Friedman 与 Fisher 1999）。"))).append("</p>\n</section>\n");
    }

    private static String hangsOn(UncertainDifference u, Language lang) {
        List<String> named = u.named().stream()
                .map(i -> String.format(Locale.ROOT, "%s (ρ = %.2f)", i.parameter(), i.rho())).toList();
        String s = named.isEmpty() ? "" : lang.pick("hangs on ", "取决于 ") + String.join(", ", named);
        if (u.flips() != null) {
            s += (s.isEmpty() ? "" : "; ") + lang.pick("flips where ", "结论反转于 ") + u.flips().text(lang);
        }
        return s;
    }
}
