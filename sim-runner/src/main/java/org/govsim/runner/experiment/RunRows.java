package org.govsim.runner.experiment;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.govsim.model.metrics.CompoundResults;
import org.govsim.model.metrics.MonthlySnapshot;
import org.govsim.runner.output.CsvFormat;

/**
 * The CSV lines of one run, the one writer of runs.csv and timeseries.csv: its runs.csv row (run_id, scenario,
 * point for an experiment, replication, seed, the plan's parameter columns, then the summary metrics) and its
 * timeseries.csv rows (run_id, scenario, point for an experiment, replication, day, then the month's values).
 * No wall-clock figure: the same plan gives the same bytes.
 */
public final class RunRows {
    private RunRows() {
    }

    public static String runsHeader(ExperimentPlan plan, List<String> metrics) {
        List<String> h = identityHeader(plan);
        h.add("seed");
        h.addAll(plan.columns());
        h.addAll(metrics);
        return String.join(",", h) + "\n";
    }

    public static String timeseriesHeader(ExperimentPlan plan, List<String> monthly) {
        List<String> h = identityHeader(plan);
        h.add("day");
        h.addAll(monthly);
        return String.join(",", h) + "\n";
    }

    /**
     * The run's row; its metrics must be those of the header, in its order (they are the model's, whatever the
     * parameters), else the row would sit under the wrong columns.
     */
    public static String runsRow(ExperimentPlan plan, RunOutcome o, List<String> metrics) {
        RunSpec s = o.spec();
        StringBuilder sb = identity(s, plan);
        sb.append(',').append(s.seed());
        for (Object v : plan.point(plan.pointOf(s.runId()))) {
            sb.append(',').append(CsvFormat.value(v));
        }
        Map<String, Double> summary = o.result().summary();
        if (summary.size() != metrics.size()) {
            throw new IllegalStateException("the run wrote " + summary.size() + " metrics, the header has " + metrics.size());
        }
        Iterator<String> expected = metrics.iterator();
        for (Map.Entry<String, Double> e : summary.entrySet()) {
            String name = expected.next();
            if (!name.equals(e.getKey())) {
                throw new IllegalStateException("the run wrote metric " + e.getKey() + " where the header has " + name);
            }
            sb.append(',').append(CsvFormat.number(e.getValue()));
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

    /** compounds.csv's header: the run's identity, the compound's index and name, then its figures. */
    public static String compoundsHeader(ExperimentPlan plan, List<String> figures) {
        List<String> h = identityHeader(plan);
        h.add("compound");
        h.add("name");
        h.addAll(figures);
        return String.join(",", h) + "\n";
    }

    /** The run's compounds.csv rows, one per compound in index order. */
    public static String compoundsRows(ExperimentPlan plan, RunOutcome o) {
        String id = identity(o.spec(), plan).toString();
        CompoundResults c = o.result().compounds();
        StringBuilder sb = new StringBuilder(c.compounds() * 16 * (c.columns().size() + 4));
        for (int k = 0; k < c.compounds(); k++) {
            sb.append(id).append(',').append(k).append(',').append(CsvFormat.field(c.names().get(k)));
            for (double v : c.values()[k]) {
                sb.append(',').append(CsvFormat.number(v));
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    /** failures.csv's row: run_id, seed, error. */
    public static String failureRow(RunOutcome o) {
        return o.spec().runId() + "," + o.spec().seed() + "," + CsvFormat.field(String.valueOf(o.error()).replace('\n', ' ')) + "\n";
    }

    private static List<String> identityHeader(ExperimentPlan plan) {
        List<String> h = new ArrayList<>(List.of("run_id", "scenario"));
        if (plan.isExperiment()) {
            h.add("point");
        }
        h.add("replication");
        return h;
    }

    private static StringBuilder identity(RunSpec s, ExperimentPlan plan) {
        StringBuilder sb = new StringBuilder().append(s.runId()).append(',').append(CsvFormat.field(s.scenario()));
        if (plan.isExperiment()) {
            sb.append(',').append(plan.pointOf(s.runId()));
        }
        return sb.append(',').append(s.replication());
    }
}
