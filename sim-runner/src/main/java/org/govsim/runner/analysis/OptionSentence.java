package org.govsim.runner.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.govsim.model.metrics.MetricDef;

/**
 * One sentence per option that a planner can quote: its two largest practical gains (in units of their metrics'
 * practical thresholds, so that the gains that matter most come first whatever their units), every practical loss (the first two named), and how many metrics showed no practical difference or
 * stayed unclear; with parameter draws, how often it is better across them and which parameter it hangs on.
 */
public final class OptionSentence {
    private static final int NAMED = 2;

    private OptionSentence() {
    }

    public static String of(Comparison c, String option, Language lang) {
        Comparison.Contrast k = c.contrast(option);
        List<OptionDifference> ds = c.metrics().stream().map(m -> c.difference(option, m).orElseThrow()).toList();
        List<OptionDifference> better = sorted(ds, Verdict.BETTER);
        List<OptionDifference> worse = sorted(ds, Verdict.WORSE);
        long negligible = ds.stream().filter(d -> d.verdict() == Verdict.NEGLIGIBLE).count();
        long unclear = ds.stream().filter(d -> d.verdict() == Verdict.UNCLEAR || d.verdict() == Verdict.UNTESTED).count();
        String level = c.adjustment().levelText();
        List<String> parts = new ArrayList<>();
        if (!better.isEmpty()) {
            parts.add(String.join(lang.pick(" and ", "，"), better.stream().limit(NAMED).map(d -> change(d, level, lang)).toList()));
        }
        String s = lang.pick("Against " + k.baseline().label() + ", " + option + " ", "与 " + k.baseline().label() + " 相比，" + option + " ");
        if (parts.isEmpty()) {
            s += lang.pick("is practically better on none of the " + ds.size() + " metrics", "在 " + ds.size() + " 项指标上均无实际改善");
        } else {
            s += parts.get(0);
        }
        if (!worse.isEmpty()) {
            String named = String.join(lang.pick(" and ", "、"), worse.stream().limit(NAMED).map(d -> MetricInfo.label(d.metric(), lang)
                    + " (" + Changes.withInterval(d) + ")").toList());
            String more = worse.size() > NAMED ? lang.pick(" and " + (worse.size() - NAMED) + " more", "等 " + worse.size() + " 项") : "";
            s += lang.pick("; it is worse on " + named + more, "；但" + named + more + "更差");
        } else if (!better.isEmpty()) {
            s += lang.pick("; it is worse on none", "；没有指标变差");
        }
        s += String.format(Locale.ROOT, lang.pick("; no practical difference on %d, unclear on %d of %d metrics",
                "；%3$d 项指标中 %1$d 项无实际差别，%2$d 项不确定"), negligible, unclear, ds.size());
        OptionDifference lead = !better.isEmpty() ? better.get(0) : !worse.isEmpty() ? worse.get(0) : null;
        if (lead != null && lead.uncertain() != null) {
            s += uncertainty(lead, lang);
        }
        return s + lang.pick(".", "。");
    }

    /** "cuts property disputes by 10.47 per 1,000 households a month (99.72% CI 10.36–10.58)". */
    static String change(OptionDifference d, String level, Language lang) {
        MetricDef m = d.metric();
        double scale = MetricInfo.differenceScale(m);
        double est = d.estimate() * scale;
        double lo = Math.abs(d.verdictLow() * scale);
        double hi = Math.abs(d.verdictHigh() * scale);
        String range = Formats.number(Math.min(lo, hi)) + "–" + Formats.number(Math.max(lo, hi));
        String unit = MetricInfo.differenceUnit(m, lang);
        String ci = d.uncertain() == null ? lang.pick(" (" + level + " CI " + range + ")", "（" + level + " 置信区间 " + range + "）")
                : lang.pick(" (" + level + " range across parameter draws " + range + ")", "（参数抽样下 " + level + " 范围 " + range + "）");
        if (lang == Language.ZH) {
            return "使" + MetricInfo.label(m, lang) + (est < 0 ? "减少 " : "提高 ") + Formats.number(Math.abs(est)) + " " + unit + ci;
        }
        return (est < 0 ? "cuts " : "raises ") + MetricInfo.label(m, lang) + " by " + Formats.number(Math.abs(est))
                + (unit.isEmpty() ? "" : " " + unit) + ci;
    }

    private static String uncertainty(OptionDifference d, Language lang) {
        UncertainDifference u = d.uncertain();
        String s = String.format(Locale.ROOT, lang.pick("; across %d parameter draws it is better on %s in %.0f%% of them",
                "；在 %d 组参数抽样中，%s 有 %.0f%% 更好"), u.draws(), MetricInfo.label(d.metric(), lang), 100 * u.probBetter());
        List<String> named = u.named().stream().limit(NAMED)
                .map(i -> String.format(Locale.ROOT, "%s (ρ = %.2f)", i.parameter(), i.rho())).toList();
        if (!named.isEmpty()) {
            s += lang.pick(", and that hangs most on " + String.join(" and ", named), "，主要取决于 " + String.join("、", named));
        }
        return s;
    }

    private static List<OptionDifference> sorted(List<OptionDifference> ds, Verdict v) {
        return ds.stream().filter(d -> d.verdict() == v)
                .sorted(Comparator.comparingDouble((OptionDifference d) -> -Math.abs(nz(Changes.thresholds(d))))).toList();
    }

    private static double nz(double v) {
        return Double.isNaN(v) ? 0 : v;
    }
}
