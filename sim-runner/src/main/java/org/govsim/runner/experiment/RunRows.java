package org.govsim.runner.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.govsim.model.metrics.MonthlySnapshot;
import org.govsim.runner.output.CsvFormat;

/**
 * The CSV lines of one experiment run: its runs.csv row (run_id, scenario, point, replication, seed, the
 * design's factor values, then the summary metrics) and its timeseries.csv rows (run_id, scenario, point,
 * replication, day, then the month's values). No wall-clock figure: the same plan gives the same bytes.
 */
public final class RunRows {
    private RunRows() {
    }

    public static String runsHeader(List<String> factorColumns, List<String> metrics) {
        List<String> h = new ArrayList<>(List.of("run_id", "scenario", "point", "replication", "seed"));
        h.addAll(factorColumns);
        h.addAll(metrics);
        return String.join(",", h) + "\n";
    }

    public static String timeseriesHeader(List<String> monthly) {
        List<String> h = new ArrayList<>(List.of("run_id", "scenario", "point", "replication", "day"));
        h.addAll(monthly);
        return String.join(",", h) + "\n";
    }

    public static String runsRow(ExperimentPlan plan, RunOutcome o) {
        RunSpec s = o.spec();
        StringBuilder sb = identity(s, plan);
        sb.append(',').append(s.seed());
        for (Object v : plan.point(plan.pointOf(s.runId()))) {
            sb.append(',').append(CsvFormat.value(v));
        }
        for (double v : o.result().summary().values()) {
            sb.append(',').append(CsvFormat.number(v));
        }
        return sb.append('\n').toString();
    }

    public static String timeseriesRows(ExperimentPlan plan, RunOutcome o) {
        String id = identity(o.spec(), plan).toString();
        StringBuilder sb = new StringBuilder();
        for (MonthlySnapshot m : o.result().months()) {
            sb.append(id).append(',').append(CsvFormat.number(m.day()));
            for (Map.Entry<String, Double> e : m.values().entrySet()) {
                sb.append(',').append(CsvFormat.number(e.getValue()));
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    /** failures.csv's row: run_id, seed, error. */
    public static String failureRow(RunOutcome o) {
        return o.spec().runId() + "," + o.spec().seed() + "," + CsvFormat.field(String.valueOf(o.error()).replace('\n', ' ')) + "\n";
    }

    private static StringBuilder identity(RunSpec s, ExperimentPlan plan) {
        return new StringBuilder().append(s.runId()).append(',').append(CsvFormat.field(s.scenario())).append(',')
                .append(plan.pointOf(s.runId())).append(',').append(s.replication());
    }
}
