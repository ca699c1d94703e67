package org.govsim.runner.report;

import java.util.List;
import java.util.Locale;
import org.govsim.runner.analysis.Formats;
import org.govsim.runner.analysis.MetricInfo;
import org.govsim.runner.analysis.SteadyState;

/** The steady-state check: which monthly series still move by a practical amount over the run's last six months. */
final class SteadyStateSection {
    private SteadyStateSection() {
    }

    static void write(StringBuilder h, ReportPage page, List<String> columns) {
        List<SteadyState.Check> checks = SteadyState.of(page.comparison().scenarios(), columns);
        if (checks.isEmpty()) {
            return;
        }
        List<SteadyState.Check> trending = checks.stream().filter(SteadyState.Check::trending).toList();
        h.append("<section id=\"steady\"><h2>").append(Html.esc(page.pick("Steady state", "稳态检查"))).append("</h2>\n<p>");
        if (trending.isEmpty()) {
            h.append(Html.esc(page.pick("No compared metric is still moving by a practical amount over the last six months.",
                    "最后六个月中，没有比较的指标仍有实际幅度的变化。")));
        } else {
            h.append("<b>").append(Html.esc(page.pick("Still trending at the end of the run: ", "运行结束时仍在变化：")))
                    .append(Html.esc(String.join(page.pick("; ", "；"), trending.stream().map(t -> t.scenario() + " · "
                            + MetricInfo.label(t.metric(), page.lang()) + " " + change(t) + " "
                            + MetricInfo.differenceUnit(t.metric(), page.lang())).toList()))).append("</b>. ")
                    .append(Html.esc(page.pick("Their end-of-run figures would still change with a longer run or burn-in.",
                            "延长运行或预热期，其期末数值仍会改变。")));
        }
        h.append("</p>\n<table class=\"details\">\n<tr>").append(Html.th(page.pick("monthly series (unit)", "月度序列（单位）")))
                .append(Html.th(page.pick("scenario", "情景")))
                .append(Html.th(page.pick("change over the last 6 months (a share's in percentage points)", "最后6个月的变化（比例以百分点计）")))
                .append(Html.th(page.pick("threshold", "实际阈值"))).append(Html.th(page.pick("slope p", "斜率 p")))
                .append(Html.th(page.pick("still trending", "仍在变化"))).append("</tr>\n");
        for (SteadyState.Check k : checks) {
            h.append("<tr>").append(Html.td(MetricInfo.labelWithUnit(k.metric(), page.lang()), "text")).append(Html.td(k.scenario(), "text"))
                    .append(Html.td(change(k), null))
                    .append(Html.td(Formats.number(k.metric().threshold() * MetricInfo.differenceScale(k.metric())), null))
                    .append(Html.td(Formats.pValue(k.p()), null))
                    .append(Html.td(k.months() < SteadyState.MONTHS ? page.pick("too few months", "月数不足") : k.trending()
                            ? page.pick("yes", "是") : k.drifting() ? page.pick("slow drift (below threshold)", "缓慢漂移（低于阈值）")
                            : page.pick("no", "否"), k.trending() ? "v-worse" : k.drifting() ? "v-negligible" : null)).append("</tr>\n");
        }
        h.append("</table>\n<p class=\"note\">").append(Html.esc(String.format(Locale.ROOT, page.pick("The least-squares line through the "
                + "last %d monthly means (over runs); still trending when its fitted change over those months is at least the series' "
                + "practical threshold and its slope's 95%% t interval excludes zero; a slow drift when the slope is clear but the change "
                + "is below the threshold.", "对最后 %d 个月的月均值（各次运行平均）做最小二乘直线；"
                + "若拟合变化量达到实际阈值且斜率的 95%% t 区间不含零，则判为仍在变化；斜率显著但变化低于阈值为缓慢漂移。"), SteadyState.MONTHS))).append("</p>\n</section>\n");
    }

    /** The change in the unit a difference is read in: percentage points for a share, as in the verdict (+0.036 of a share is +3.6 points). */
    private static String change(SteadyState.Check k) {
        return Formats.signed(k.change() * MetricInfo.differenceScale(k.metric()));
    }
}
