package org.govsim.runner.analysis;

import java.util.List;
import java.util.Locale;

/**
 * The comparison on the terminal, verdict first: each option's pairing, the scorecard (per metric and option the
 * change in the metric's unit with its simultaneous interval and verdict), the ranking and one sentence per
 * option; then per metric each scenario's mean and each option's difference in detail.
 */
public final class ComparisonTable {
    private static final String ROW = "%-26s %4s %11s %23s %11s %23s %8s %-22s %9s %10s%n";

    private ComparisonTable() {
    }

    public static String render(Comparison c, Language lang) {
        StringBuilder sb = new StringBuilder();
        for (ScenarioResults b : c.baselines()) {
            sb.append(String.format(Locale.ROOT, lang.pick("baseline: %s (%d runs)%n", "基线：%s（%d 次运行）%n"), b.label(), b.runs().size()));
        }
        if (c.contrasts().isEmpty()) {
            sb.append(lang.pick("one scenario: nothing to compare it with\n", "只有一个情景，无可比较\n"));
        }
        for (Comparison.Contrast k : c.contrasts()) {
            sb.append(String.format(Locale.ROOT, "%s %s %s: %s%n", k.option().label(), lang.pick("against", "对比"), k.baseline().label(),
                    k.pairing().reason(lang)));
        }
        if (!c.contrasts().isEmpty()) {
            scorecard(sb, c, lang);
            details(sb, c, lang);
        }
        return sb.toString();
    }

    private static void scorecard(StringBuilder sb, Comparison c, Language lang) {
        sb.append('\n').append(lang.pick("Verdict", "结论")).append(" (").append(method(c, lang)).append(")\n");
        List<ScenarioResults> options = c.options();
        List<String> heads = new java.util.ArrayList<>();
        List<List<String>> cells = new java.util.ArrayList<>();
        for (String metric : c.metrics()) {
            OptionDifference first = c.difference(options.get(0).label(), metric).orElseThrow();
            String unit = MetricInfo.differenceUnit(first.metric(), lang);
            heads.add(MetricInfo.label(first.metric(), lang) + (unit.isEmpty() ? "" : " (" + unit + ")"));
            List<String> row = new java.util.ArrayList<>();
            for (ScenarioResults o : options) {
                OptionDifference d = c.difference(o.label(), metric).orElseThrow();
                row.add(d.verdict().mark() + " " + Changes.withInterval(d));
            }
            cells.add(row);
        }
        String metricHead = lang.pick("metric (unit of the change)", "指标（变化的单位）");
        int first = Math.min(64, Math.max(columns(metricHead), heads.stream().mapToInt(ComparisonTable::columns).max().orElse(0)));
        StringBuilder header = new StringBuilder(pad(metricHead, first));
        for (int i = 0; i < options.size(); i++) {
            header.append("  ").append(pad(options.get(i).label(), width(options.get(i).label(), cells, i)));
        }
        sb.append(header.toString().stripTrailing()).append('\n');
        for (int m = 0; m < heads.size(); m++) {
            StringBuilder line = new StringBuilder(pad(clip(heads.get(m), first), first));
            for (int i = 0; i < options.size(); i++) {
                line.append("  ").append(pad(cells.get(m).get(i), width(options.get(i).label(), cells, i)));
            }
            sb.append(line.toString().stripTrailing()).append('\n');
        }
        sb.append(lang.pick("✓ better, ✗ worse, ≈ no practical difference (below the metric's practical threshold), ? unclear, "
                + "◆ changed (no better direction)\n", "✓ 更好，✗ 更差，≈ 无实际差别（低于该指标的实际阈值），? 不确定，◆ 有变化（无优劣方向）\n"));
        List<Ranking.Place> places = Ranking.of(c);
        sb.append(lang.pick("Ranking: ", "排序：")).append(Ranking.rule(lang)).append('\n');
        for (int i = 0; i < places.size(); i++) {
            sb.append("  ").append(Ranking.line(i + 1, places.get(i), lang)).append('\n');
        }
        for (Ranking.Place p : places) {
            sb.append(OptionSentence.of(c, p.option(), lang)).append('\n');
        }
    }

    /** What the intervals are, in a phrase. */
    public static String method(Comparison c, Language lang) {
        String what = c.drawn()
                ? lang.pick("intervals of the effect across the parameter draws, ", "参数抽样下效应的区间，")
                : lang.pick("intervals over replications, ", "按重复运行计算的区间，");
        return what + String.format(Locale.ROOT, lang.pick("%s simultaneous (Bonferroni over %d tests)", "%s 联合置信水平（Bonferroni，%d 项检验）"),
                c.adjustment().levelText(), c.adjustment().tests());
    }

    private static void details(StringBuilder sb, Comparison c, Language lang) {
        sb.append('\n').append(String.format(Locale.ROOT, ROW, lang.pick("metric / scenario", "指标 / 情景"), "n", lang.pick("mean", "均值"),
                lang.pick("95% interval", "95% 区间"), lang.pick("difference", "差值"), c.adjustment().levelText() + lang.pick(" interval", " 区间"),
                lang.pick("change", "变化"), lang.pick("test", "检验"), lang.pick("p (adj.)", "p（校正）"), lang.pick("effect", "效应量")));
        for (String metric : c.metrics()) {
            sb.append(metric).append(" — ").append(MetricInfo.labelWithUnit(MetricInfo.run(metric), lang)).append('\n');
            for (ScenarioResults b : c.baselines()) {
                MetricStatistics s = b.statistics(metric);
                sb.append(String.format(Locale.ROOT, ROW, "  " + clip(b.label(), 24), s.n(), Formats.number(s.mean()),
                        interval(s.ciLow(), s.ciHigh()), "", "", "", lang.pick("(baseline)", "（基线）"), "", ""));
            }
            for (ScenarioResults option : c.options()) {
                MetricStatistics s = option.statistics(metric);
                OptionDifference d = c.difference(option.label(), metric).orElseThrow();
                sb.append(String.format(Locale.ROOT, ROW, "  " + clip(option.label(), 24), s.n(), Formats.number(s.mean()),
                        interval(s.ciLow(), s.ciHigh()), Formats.number(d.difference().estimate()), interval(d.low(), d.high()),
                        Formats.percent(d.difference().estimate() / Math.abs(d.baselineMean())), d.test().label(lang),
                        Formats.pValue(d.pAdjusted()), effect(d)));
            }
        }
        sb.append(lang.pick("difference and its interval are over replications (option − baseline); change is relative to the baseline's "
                + "mean; p is the t-test's, Bonferroni-adjusted; effect is Cohen's d_z (paired) or d\n",
                "差值及其区间按重复运行计算（方案 − 基线）；变化为相对基线均值的百分比；p 为 t 检验经 Bonferroni 校正后的值；"
                + "效应量为 Cohen's d_z（配对）或 d\n"));
    }

    private static String effect(OptionDifference d) {
        return Double.isNaN(d.effectSize()) ? "n/a" : String.format(Locale.ROOT, "%s %.2f", d.effectSizeKind(), d.effectSize());
    }

    private static String interval(double low, double high) {
        return Double.isNaN(low) ? "n/a" : "[" + Formats.number(low) + ", " + Formats.number(high) + "]";
    }

    private static int width(String head, List<List<String>> cells, int column) {
        return Math.max(columns(head), cells.stream().mapToInt(r -> columns(r.get(column))).max().orElse(0));
    }

    private static String pad(String s, int width) {
        int w = columns(s);
        return w >= width ? s : s + " ".repeat(width - w);
    }

    /** Terminal columns: Chinese characters and full-width punctuation take two (East Asian Wide and Fullwidth). */
    static int columns(String s) {
        int w = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean wide = c >= 0x1100 && c <= 0x115F || c >= 0x2E80 && c <= 0xA4CF || c >= 0xAC00 && c <= 0xD7A3
                    || c >= 0xF900 && c <= 0xFAFF || c >= 0xFE30 && c <= 0xFE4F || c >= 0xFF00 && c <= 0xFF60 || c >= 0xFFE0 && c <= 0xFFE6;
            w += wide ? 2 : 1;
        }
        return w;
    }

    private static String clip(String label, int width) {
        return label.length() <= width ? label : label.substring(0, width - 1) + "…";
    }
}
