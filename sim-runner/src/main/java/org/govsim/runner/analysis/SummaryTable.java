package org.govsim.runner.analysis;

import java.util.List;
import java.util.Locale;
import org.govsim.runner.experiment.RunOutcome;

/** The short terminal table of key metrics: mean and 95% interval over replications. */
public final class SummaryTable {
    public static final List<String> KEY_METRICS = List.of(
            "disputes_per_1000hh_month", "property_disputes_per_1000hh_month", "resolution_days_mean",
            "resolution_days_median", "resolution_days_p90", "share_settled_in_compound", "satisfaction_mean",
            "fee_collection_rate", "funding_gap_yuan");

    private SummaryTable() {
    }

    public static String render(List<RunOutcome> outcomes) {
        List<RunOutcome> ok = outcomes.stream().filter(RunOutcome::ok).toList();
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%-36s %14s %31s%n", "metric (" + ok.size() + " replications)", "mean", "95% interval"));
        for (String metric : KEY_METRICS) {
            double[] values = ok.stream().mapToDouble(o -> o.result().summary().getOrDefault(metric, Double.NaN)).toArray();
            MetricStatistics s = MetricStatistics.of(values);
            String interval = s.n() < 2 ? "(one replication)"
                    : String.format(Locale.ROOT, "[%s, %s]", Formats.number(s.ciLow()), Formats.number(s.ciHigh()));
            sb.append(String.format(Locale.ROOT, "%-36s %14s %31s%n", metric, Formats.number(s.mean()), interval));
        }
        return sb.toString();
    }
}
