package org.govsim.runner.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.govsim.runner.analysis.Comparison;
import org.govsim.runner.analysis.Formats;
import org.govsim.runner.analysis.MetricLabels;
import org.govsim.runner.analysis.OptionDifference;
import org.govsim.runner.analysis.Pairing;
import org.govsim.runner.analysis.ScenarioResults;

/**
 * The report's opening: per option, a plain-language verdict against the baseline, then one sentence per
 * metric where the difference is significant after Holm's adjustment ("X cuts property disputes per 1,000
 * households a month by 12.4% (95% CI 10.9–13.9%)"), then the metrics without a clear difference.
 */
public final class PlannerSummary {

    /** One option's paragraph: a headline and its sentences. */
    public record Paragraph(String option, String headline, List<String> findings, String unclear) {
    }

    private PlannerSummary() {
    }

    public static List<Paragraph> of(Comparison c) {
        List<Paragraph> paragraphs = new ArrayList<>();
        for (ScenarioResults option : c.options()) {
            List<String> findings = new ArrayList<>();
            List<String> unclear = new ArrayList<>();
            int better = 0;
            int worse = 0;
            for (String metric : c.metrics()) {
                OptionDifference d = c.difference(option.label(), metric).orElseThrow();
                if (d.test() == OptionDifference.Test.NONE || Double.isNaN(d.p())) {
                    unclear.add(MetricLabels.label(metric) + " (not testable: " + untestable(d) + ")");
                } else if (d.significant()) {
                    MetricLabels.Better b = MetricLabels.better(metric);
                    boolean down = d.difference().estimate() < 0;
                    String verdict = b == MetricLabels.Better.UNKNOWN ? "" : (down == (b == MetricLabels.Better.LOWER) ? "better" : "worse");
                    better += verdict.equals("better") ? 1 : 0;
                    worse += verdict.equals("worse") ? 1 : 0;
                    findings.add(sentence(option.label(), metric, d, verdict));
                } else {
                    unclear.add(MetricLabels.label(metric) + " (" + Formats.percent(d.relative()) + ", 95% CI "
                            + range(d.relativeLow(), d.relativeHigh()) + ")");
                }
            }
            Pairing pairing = c.pairings().get(option.label());
            String headline = String.format(Locale.ROOT, "%s against %s: better on %d, worse on %d, no clear difference on %d of %d metrics; "
                    + "%s.", option.label(), c.baseline().label(), better, worse, unclear.size(), c.metrics().size(), pairing.reason());
            String rest = unclear.isEmpty() ? "" : "No clear difference in " + String.join("; ", unclear) + ".";
            paragraphs.add(new Paragraph(option.label(), headline, findings, rest));
        }
        return paragraphs;
    }

    /**
     * "fees cuts property disputes per 1,000 households a month by 7.1% (95% CI 3.1–11.0%), from 22.33 to 20.75 — better
     * (Wilcoxon signed-rank, 10 pairs, Holm-adjusted p = 0.009)."
     *
     * @param verdict "better", "worse" or empty when the metric has no better direction
     */
    static String sentence(String option, String metric, OptionDifference d, String verdict) {
        double est = d.difference().estimate();
        String verb = est < 0 ? "cuts" : "raises";
        String by;
        if (Double.isNaN(d.relative())) {
            double lo = est < 0 ? -d.difference().ciHigh() : d.difference().ciLow();
            double hi = est < 0 ? -d.difference().ciLow() : d.difference().ciHigh();
            by = Formats.number(Math.abs(est)) + " (95% CI " + between(lo, hi, Formats.number(lo), Formats.number(hi)) + ")";
        } else {
            double lo = est < 0 ? -d.relativeHigh() : d.relativeLow();
            double hi = est < 0 ? -d.relativeLow() : d.relativeHigh();
            String from = magnitude(lo);
            by = magnitude(Math.abs(d.relative())) + " (95% CI " + between(lo, hi, lo < 0 ? from : from.substring(0, from.length() - 1),
                    magnitude(hi)) + ")";
        }
        String p = Formats.pValue(d.pHolm());
        return String.format(Locale.ROOT, "%s %s %s by %s, from %s to %s%s (%s%s, Holm-adjusted p %s).", option, verb,
                MetricLabels.label(metric), by, Formats.number(d.baselineMean()), Formats.number(d.optionMean()),
                verdict.isEmpty() ? "" : " — " + verdict, d.test().label(), d.paired() ? ", " + d.nOption() + " pairs" : "",
                p.startsWith("<") ? "< " + p.substring(1) : "= " + p);
    }

    /** "a–b", or "a to b" when a is negative (an en dash after a minus sign misreads). */
    private static String between(double low, double high, String a, String b) {
        return low < 0 || high < 0 ? a + " to " + b : a + "–" + b;
    }

    private static String untestable(OptionDifference d) {
        if (d.nOption() < 2 || d.nBaseline() < 2) {
            return "fewer than two replications";
        }
        double est = d.difference().estimate();
        return est == 0 ? "no difference and no variation" : "the same difference, " + Formats.number(est) + ", in every replication";
    }

    private static String magnitude(double share) {
        double pct = 100 * share;
        return String.format(Locale.ROOT, Math.abs(pct) < 1 ? "%.2f%%" : "%.1f%%", pct);
    }

    private static String range(double low, double high) {
        if (Double.isNaN(low)) {
            return "n/a";
        }
        return Formats.percent(low) + " to " + Formats.percent(high);
    }
}
