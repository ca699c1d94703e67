package org.govsim.runner.analysis;

import java.util.ArrayList;
import java.util.List;
import org.govsim.runner.output.CsvFormat;

/**
 * The comparison's tables as CSV: comparison.csv (one row per option and metric), statistics.csv (one row per
 * scenario and metric), timeseries_summary.csv (one row per scenario, series and month) and, when the runs were
 * made on parameter draws, influences.csv (one row per option, metric and uncertain parameter).
 */
public final class ComparisonCsv {
    private ComparisonCsv() {
    }

    public static String comparison(Comparison c) {
        StringBuilder sb = new StringBuilder();
        line(sb, List.of("metric", "option", "baseline", "paired", "n_option", "n_baseline", "baseline_mean", "option_mean",
                "difference", "ci_level", "ci_low", "ci_high", "relative_difference", "relative_ci_low", "relative_ci_high",
                "practical_threshold", "verdict", "test", "statistic", "df", "p_value", "p_adjusted", "rank_test", "rank_p",
                "rank_p_adjusted", "rank_smallest_p", "rank_check", "effect_size", "effect_size_kind", "skewness", "draws",
                "replications_per_draw", "draw_mean", "draw_mean_low", "draw_mean_high", "draw_low", "draw_high", "draw_spread_sd",
                "noise_share", "prob_better", "prob_practically_better", "prob_practically_worse", "hangs_on", "flips_where"));
        for (OptionDifference d : c.differences()) {
            double base = Math.abs(d.baselineMean());
            boolean rel = base != 0 && !Double.isNaN(base);
            boolean t = d.test() != OptionDifference.Test.NONE;
            UncertainDifference u = d.uncertain();
            List<String> row = new ArrayList<>(List.of(d.column(), CsvFormat.field(d.option()), CsvFormat.field(d.baseline()),
                    Boolean.toString(d.paired()), Integer.toString(d.nOption()), Integer.toString(d.nBaseline()), num(d.baselineMean()),
                    num(d.optionMean()), num(d.difference().estimate()), num(d.level()), num(d.low()), num(d.high()),
                    num(rel ? d.difference().estimate() / base : Double.NaN), num(rel ? d.low() / base : Double.NaN),
                    num(rel ? d.high() / base : Double.NaN), num(d.metric().threshold()), d.verdict().name().toLowerCase(java.util.Locale.ROOT),
                    CsvFormat.field(d.test().label()), t ? num(d.difference().t()) : "", t ? num(d.difference().df()) : "", num(d.p()),
                    num(d.pAdjusted()), CsvFormat.field(d.rank().test()), num(d.rank().p()), num(d.rank().pAdjusted()),
                    num(d.rank().smallestP()), d.rank().test().isEmpty() ? "" : d.rank().status().name().toLowerCase(java.util.Locale.ROOT),
                    num(d.effectSize()), d.effectSizeKind(), num(d.skewness())));
            if (u == null) {
                for (int i = 0; i < 14; i++) {
                    row.add("");
                }
            } else {
                List<String> named = u.named().stream()
                        .map(i -> i.parameter() + " " + CsvFormat.number(i.rho())).toList();
                row.addAll(List.of(Integer.toString(u.draws()), Integer.toString(u.replications()), num(u.mean()), num(u.meanLow()),
                        num(u.meanHigh()), num(u.low()), num(u.high()), num(u.spread()), num(u.noiseShare()), num(u.probBetter()),
                        num(u.probPracticallyBetter()), num(u.probPracticallyWorse()), CsvFormat.field(String.join("; ", named)),
                        u.flips() == null ? "" : CsvFormat.field(String.join(" and ", u.flips().limits().stream().map(PrimBox.Limit::text).toList()))));
            }
            line(sb, row);
        }
        return sb.toString();
    }

    /** influences.csv: per option, metric and uncertain parameter, Spearman's ρ with the per-draw difference and its p-value. */
    public static String influences(Comparison c) {
        StringBuilder sb = new StringBuilder();
        line(sb, List.of("metric", "option", "parameter", "spearman_rho", "p_value"));
        for (OptionDifference d : c.differences()) {
            if (d.uncertain() == null) {
                continue;
            }
            for (UncertainDifference.Influence i : d.uncertain().influences()) {
                line(sb, List.of(d.column(), CsvFormat.field(d.option()), CsvFormat.field(i.parameter()), num(i.rho()), num(i.p())));
            }
        }
        return sb.toString();
    }

    public static String statistics(Comparison c) {
        StringBuilder sb = new StringBuilder();
        line(sb, List.of("scenario", "metric", "n", "mean", "sd", "ci_low", "ci_high", "median", "p90"));
        for (String metric : c.metrics()) {
            for (ScenarioResults s : c.scenarios()) {
                MetricStatistics m = s.statistics(metric);
                line(sb, List.of(CsvFormat.field(s.label()), metric, Integer.toString(m.n()), num(m.mean()), num(m.sd()), num(m.ciLow()),
                        num(m.ciHigh()), num(m.median()), num(m.p90())));
            }
        }
        return sb.toString();
    }

    public static String timeseries(List<TimeSeriesSummary> series) {
        StringBuilder sb = new StringBuilder();
        line(sb, List.of("scenario", "series", "day", "n", "mean", "sd", "ci_low", "ci_high"));
        for (TimeSeriesSummary s : series) {
            for (TimeSeriesSummary.Point p : s.points()) {
                MetricStatistics m = p.statistics();
                line(sb, List.of(CsvFormat.field(s.scenario()), s.column(), num(p.day()), Integer.toString(m.n()), num(m.mean()),
                        num(m.sd()), num(m.ciLow()), num(m.ciHigh())));
            }
        }
        return sb.toString();
    }

    private static String num(double v) {
        return CsvFormat.number(v);
    }

    private static void line(StringBuilder sb, List<String> cells) {
        sb.append(String.join(",", cells)).append('\n');
    }
}
