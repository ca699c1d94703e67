package org.govsim.runner.report;

import java.util.List;
import org.govsim.model.lever.Lever;
import org.govsim.runner.analysis.AssumedParameters;
import org.govsim.runner.analysis.Comparison;
import org.govsim.runner.analysis.Language;

/**
 * What each option's effect rests on: the levers it switches on (with the article's terms), the parameters it
 * changes and which of them are assumptions, and the switched-on levers' assumed effect sizes. An effect built on
 * assumed figures is only as good as those figures; the report says so wherever it shows a lever's effect.
 */
final class AssumptionsSection {
    private AssumptionsSection() {
    }

    static void write(StringBuilder h, ReportPage page) {
        Comparison c = page.comparison();
        if (c.contrasts().isEmpty()) {
            return;
        }
        Language lang = page.lang();
        h.append("<section id=\"assumptions\"><h2>").append(Html.esc(page.pick("What the effects rest on", "效应所依据的假设")))
                .append("</h2>\n");
        for (Comparison.Contrast k : c.contrasts()) {
            AssumedParameters a = AssumedParameters.of(k.option(), k.baseline());
            h.append("<h3>").append(Html.esc(k.option().label() + page.pick(" against ", " 对比 ") + k.baseline().label())).append("</h3>\n<p>");
            if (a.leversOn().isEmpty()) {
                h.append(Html.esc(page.pick("Switches on no lever. ", "未启用任何措施。")));
            } else {
                h.append(Html.esc(page.pick("Switches on: ", "启用措施：") + String.join(page.pick("; ", "；"),
                        a.leversOn().stream().map(Lever::title).toList()) + page.pick(". ", "。")));
            }
            List<AssumedParameters.Row> assumed = a.changedAssumptions();
            h.append(Html.esc(String.format(java.util.Locale.ROOT, page.pick("Changes %d parameters, %d of them assumptions%s",
                    "改变 %d 个参数，其中 %d 个为假设值%s"), a.changed().size(), assumed.size(), assumed.isEmpty() ? page.pick(".", "。")
                    : page.pick(": ", "：")))).append("</p>\n");
            if (!assumed.isEmpty()) {
                table(h, page, assumed);
            }
            if (!a.assumed().isEmpty()) {
                h.append("<p>").append(Html.esc(page.pick("The switched-on levers' effect sizes that are assumptions (not figures from the "
                        + "article or a calibration); the effect shown above holds only as far as these hold:",
                        "所启用措施中属于假设（非报道数据、非校准所得）的效应参数；上文的效应只在这些假设成立时成立："))).append("</p>\n");
                table(h, page, a.assumed());
            }
        }
        h.append("</section>\n");
    }

    private static void table(StringBuilder h, ReportPage page, List<AssumedParameters.Row> rows) {
        h.append("<table class=\"details\">\n<tr>").append(Html.th(page.pick("parameter", "参数"))).append(Html.th(page.pick("lever", "措施")))
                .append(Html.th(page.pick("baseline", "基线"))).append(Html.th(page.pick("option", "方案")))
                .append(Html.th(page.pick("source", "来源"))).append("</tr>\n");
        for (AssumedParameters.Row r : rows) {
            h.append("<tr>").append(Html.td(r.path(), "text")).append(Html.td(r.lever() == null ? "" : r.lever().title(), "text"))
                    .append(Html.td(r.baselineValue(), null)).append(Html.td(r.optionValue(), null)).append(Html.td(r.source(), "text"))
                    .append("</tr>\n");
        }
        h.append("</table>\n");
    }
}
