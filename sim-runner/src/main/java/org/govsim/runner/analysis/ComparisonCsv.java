package org.govsim.runner.analysis;

import java.util.ArrayList;
import java.util.List;
import org.govsim.runner.output.CsvFormat;

/**
 * The comparison's tables as CSV: comparison.csv (one row per option and metric), statistics.csv (one row per
 * scenario and metric) and timeseries_summary.csv (one row per scenario, series and month).
 */
public final class ComparisonCsv {
    private ComparisonCsv() {
    }

    public static String comparison(Comparison c) {
        StringBuilder sb = new StringBuilder();
        line(sb, List.of("metric", "option", "baseline", "paired", "n_option", "n_baseline", "baseline_mean", "option_mean",
                "difference", "ci_low", "ci_high", "relative_difference", "relative_ci_low", "relative_ci_high", "test",
                "statistic", "df", "p_value", "p_holm", "significant", "effect_size", "effect_size_kind", "skewness"));
        for (OptionDifference d : c.differences()) {
            line(sb, List.of(d.metric(), CsvFormat.field(d.option()), CsvFormat.field(c.baseline().label()), Boolean.toString(d.paired()),
                    Integer.toString(d.nOption()), Integer.toString(d.nBaseline()), num(d.baselineMean()), num(d.optionMean()),
                    num(d.difference().estimate()), num(d.difference().ciLow()), num(d.difference().ciHigh()), num(d.relative()),
                    num(d.relativeLow()), num(d.relativeHigh()), CsvFormat.field(d.test().label()), num(d.statistic()),
                    d.test() == OptionDifference.Test.PAIRED_T || d.test() == OptionDifference.Test.WELCH_T ? num(d.difference().df()) : "",
                    num(d.p()), num(d.pHolm()), Boolean.toString(d.significant()), num(d.effectSize()), d.effectSizeKind(),
                    num(d.skewness())));
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
        sb.append(String.join(",", new ArrayList<>(cells))).append('\n');
    }
}
