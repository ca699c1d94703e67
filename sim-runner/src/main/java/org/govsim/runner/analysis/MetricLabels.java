package org.govsim.runner.analysis;

import java.util.Map;

/**
 * Plain-language names of runs.csv metrics for a planner, and which direction is better. Metrics not listed
 * get their column name with spaces and no direction.
 */
public final class MetricLabels {
    /** Which way a metric should move. */
    public enum Better { LOWER, HIGHER, UNKNOWN }

    private record Label(String text, Better better) {
    }

    private static final Map<String, Label> KNOWN = Map.ofEntries(
            Map.entry("issues_per_1000hh_month", new Label("issues raised per 1,000 households a month", Better.UNKNOWN)),
            Map.entry("disputes_per_1000hh_month", new Label("disputes per 1,000 households a month", Better.LOWER)),
            Map.entry("property_disputes_per_1000hh_month", new Label("property disputes per 1,000 households a month", Better.LOWER)),
            Map.entry("resolution_days_mean", new Label("mean resolution time (days)", Better.LOWER)),
            Map.entry("resolution_days_median", new Label("median resolution time (days)", Better.LOWER)),
            Map.entry("resolution_days_p90", new Label("90th-percentile resolution time (days)", Better.LOWER)),
            Map.entry("wait_days_mean", new Label("mean wait for a server (days)", Better.LOWER)),
            Map.entry("share_settled_in_compound", new Label("share of issues settled within the compound", Better.HIGHER)),
            Map.entry("share_exited", new Label("share of issues taken to the hotline or a court", Better.LOWER)),
            Map.entry("escalations_per_issue", new Label("escalations per issue", Better.LOWER)),
            Map.entry("satisfaction_mean", new Label("residents' satisfaction", Better.HIGHER)),
            Map.entry("satisfaction_property_mean", new Label("satisfaction with the property company", Better.HIGHER)),
            Map.entry("satisfaction_governance_mean", new Label("satisfaction with governance", Better.HIGHER)),
            Map.entry("trust_mean", new Label("trust", Better.HIGHER)),
            Map.entry("fee_collection_rate", new Label("property-fee collection rate", Better.HIGHER)),
            Map.entry("funding_gap_yuan", new Label("funding gap (yuan a year)", Better.LOWER)),
            Map.entry("property_effort_mean", new Label("property companies' effort", Better.HIGHER)));

    private MetricLabels() {
    }

    public static String label(String metric) {
        Label l = KNOWN.get(metric);
        if (l != null) {
            return l.text();
        }
        if (metric.endsWith("_disputes_per_1000hh_month")) {
            return words(metric.substring(0, metric.length() - "_disputes_per_1000hh_month".length())) + " disputes per 1,000 households a month";
        }
        return words(metric);
    }

    public static Better better(String metric) {
        Label l = KNOWN.get(metric);
        if (l != null) {
            return l.better();
        }
        return metric.endsWith("_disputes_per_1000hh_month") ? Better.LOWER : Better.UNKNOWN;
    }

    private static String words(String column) {
        return column.replace('_', ' ');
    }
}
