package org.govsim.runner.analysis;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The short terminal table of key metrics: mean and 95% interval over replications. */
public final class SummaryTable {
    public static final List<String> KEY_METRICS = List.of(
            "disputes_per_1000hh_month", "property_disputes_per_1000hh_month", "resolution_days_mean",
            "resolution_days_median", "resolution_days_p90", "share_settled_in_compound", "satisfaction_mean",
            "fee_collection_rate", "funding_gap_yuan");

    private SummaryTable() {
    }

    /** @param values each key metric's value in each successful replication */
    public static String render(Map<String, double[]> values) {
        int n = values.values().stream().mapToInt(v -> v.length).max().orElse(0);
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%-36s %14s %31s%n", "metric (" + n + " replications)", "mean", "95% interval"));
        for (String metric : KEY_METRICS) {
            double[] v = values.getOrDefault(metric, new double[0]);
            MetricStatistics s = MetricStatistics.of(v);
            String interval = s.n() < 2 ? "(one replication)"
                    : String.format(Locale.ROOT, "[%s, %s]", Formats.number(s.ciLow()), Formats.number(s.ciHigh()));
            sb.append(String.format(Locale.ROOT, "%-36s %14s %31s%n", metric, Formats.number(s.mean()), interval));
        }
        return sb.toString();
    }
}
