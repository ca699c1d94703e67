package org.govsim.runner.report;

import java.util.List;
import org.govsim.runner.analysis.Comparison;
import org.govsim.runner.analysis.Samples;
import org.govsim.runner.output.CsvFormat;

/** How the figures were computed, in the report's language. */
final class MethodSection {
    private MethodSection() {
    }

    static void write(StringBuilder h, ReportPage page) {
        Comparison c = page.comparison();
        h.append("<section id=\"method\"><h2>").append(Html.esc(page.pick("Method", "方法"))).append("</h2>\n<ul class=\"note\">\n");
        List<String> items = List.of(
                page.pick("Per scenario and metric: mean, standard deviation, Student t 95% interval of the mean, median and 90th "
                        + "percentile (R's quantile type 7) across runs.", "每个情景、每项指标：各次运行的均值、标准差、均值的 Student t 95% 置信区间、"
                        + "中位数和90分位（R 的 quantile type 7）。"),
                page.pick("Runs are paired when both folders built the same district (the same run.*, district.*, buildings.* and "
                        + "households.* parameters) on the same seeds: run i then meets the same arrivals, service and behaviour draws "
                        + "in both (common random numbers). Otherwise they are independent samples and Welch's t is used; the report "
                        + "says why.", "当两个结果目录构建了同一辖区（run.*、district.*、buildings.*、households.* 参数相同）且种子相同时，"
                        + "按运行配对（公共随机数）；否则按独立样本用 Welch t 检验，并说明原因。"),
                page.pick("Difference = option − baseline, with the t interval (paired, or Welch). Every interval and p-value of the "
                        + "comparison is adjusted together by Bonferroni over its " + c.adjustment().tests() + " tests: intervals at "
                        + c.adjustment().levelText() + " (all hold at once with probability at least 95%), p-values ×"
                        + c.adjustment().tests() + ". The verdict is read from the same interval, so verdict, p and interval agree.",
                        "差值 = 方案 − 基线，采用 t 区间（配对或 Welch）。所有区间与 p 值按 Bonferroni 对 " + c.adjustment().tests()
                        + " 项检验统一校正：区间置信水平 " + c.adjustment().levelText() + "（所有区间同时成立的概率至少 95%），p 值乘以 "
                        + c.adjustment().tests() + "。结论由同一区间得出，因此结论、p 值与区间一致。"),
                page.pick("Each metric's practical threshold and better direction are declared with the metric in the model (e.g. half a "
                        + "dispute per 1,000 households a month, one percentage point of a share, 0.01 of a score). A change below the "
                        + "threshold is \"no practical difference\" however small its p-value.", "每项指标的实际阈值与优劣方向在模型中随指标声明"
                        + "（如每千户每月 0.5 起纠纷、比例的 1 个百分点、评分的 0.01）。低于阈值的变化判为“无实际差别”，无论 p 值多小。"),
                page.pick("When the data are skewed (|sample skewness G1| > " + CsvFormat.number(Samples.SKEWNESS_LIMIT) + " and more than "
                        + "twice its standard error), a rank test (Wilcoxon signed-rank, paired; Mann–Whitney U, unpaired) is made beside "
                        + "the t interval, with the same adjustment; a difference it does not confirm is unclear. It is never asked to "
                        + "decide when its smallest attainable p-value cannot pass (6 pairs: 0.031 before adjustment); the table says so.",
                        "数据偏斜时（|样本偏度 G1| > " + CsvFormat.number(Samples.SKEWNESS_LIMIT) + " 且超过其标准误的两倍），在 t 区间之外另做秩检验"
                        + "（配对用 Wilcoxon 符号秩，独立样本用 Mann–Whitney U），同样校正；秩检验不支持的差异判为不确定。当秩检验的最小可能 p 值"
                        + "无法通过时（6 对：校正前 0.031），不用它判断，并在表中注明。"),
                page.pick("Effect size: Cohen's d_z (mean difference ÷ sd of the differences) when paired, Cohen's d (pooled sd) when not. "
                        + "These measure the simulation's noise, not the uncertainty of the model's assumptions; with --uncertainty the "
                        + "verdict also carries the spread across parameter draws.", "效应量：配对时为 Cohen's d_z（平均差 ÷ 差值标准差），"
                        + "否则为 Cohen's d（合并标准差）。这些只反映模拟噪声，不反映模型假设的不确定性；使用 --uncertainty 时，结论同时计入参数抽样间的离散。"));
        for (String item : items) {
            h.append("<li>").append(Html.esc(item)).append("</li>\n");
        }
        h.append("</ul>\n<p class=\"note\">").append(Html.esc(page.pick("The levers, with the article's terms: ", "各项措施（报道中的名称）：")))
                .append(Html.esc(String.join(page.pick("; ", "；"), org.govsim.model.ModelCatalog.levers().stream()
                        .map(org.govsim.model.lever.Lever::title).toList()))).append("</p>\n</section>\n");
    }
}
