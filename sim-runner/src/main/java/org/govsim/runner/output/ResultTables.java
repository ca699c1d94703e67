package org.govsim.runner.output;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.govsim.model.metrics.MonthlySnapshot;
import org.govsim.runner.experiment.RunOutcome;

/**
 * Renders outcomes as runs.csv (one row per replication: run id, scenario, replication, seed, the parameters
 * that were set on the command line, then the summary metrics) and timeseries.csv (one row per replication
 * and month). Neither holds a wall-clock figure, so the same scenario and seed give the same bytes.
 */
public final class ResultTables {
    private ResultTables() {
    }

    public static String runsCsv(List<RunOutcome> outcomes, List<String> parameterColumns) {
        List<RunOutcome> ok = outcomes.stream().filter(RunOutcome::ok).toList();
        if (ok.isEmpty()) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        List<String> header = new ArrayList<>(List.of("run_id", "scenario", "replication", "seed"));
        header.addAll(parameterColumns);
        header.addAll(ok.get(0).result().summary().keySet());
        line(sb, header);
        for (RunOutcome o : ok) {
            List<String> row = new ArrayList<>();
            row.add(Integer.toString(o.spec().runId()));
            row.add(CsvFormat.field(o.spec().scenario()));
            row.add(Integer.toString(o.spec().replication()));
            row.add(Long.toString(o.spec().seed()));
            for (String p : parameterColumns) {
                row.add(CsvFormat.value(o.spec().values().get(p)));
            }
            for (double v : o.result().summary().values()) {
                row.add(CsvFormat.number(v));
            }
            line(sb, row);
        }
        return sb.toString();
    }

    public static String timeseriesCsv(List<RunOutcome> outcomes) {
        List<RunOutcome> ok = outcomes.stream().filter(o -> o.ok() && !o.result().months().isEmpty()).toList();
        if (ok.isEmpty()) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        List<String> header = new ArrayList<>(List.of("run_id", "scenario", "replication", "day"));
        header.addAll(ok.get(0).result().months().get(0).values().keySet());
        line(sb, header);
        for (RunOutcome o : ok) {
            for (MonthlySnapshot m : o.result().months()) {
                List<String> row = new ArrayList<>();
                row.add(Integer.toString(o.spec().runId()));
                row.add(CsvFormat.field(o.spec().scenario()));
                row.add(Integer.toString(o.spec().replication()));
                row.add(CsvFormat.number(m.day()));
                for (Map.Entry<String, Double> e : m.values().entrySet()) {
                    row.add(CsvFormat.number(e.getValue()));
                }
                line(sb, row);
            }
        }
        return sb.toString();
    }

    private static void line(StringBuilder sb, List<String> cells) {
        sb.append(String.join(",", cells)).append('\n');
    }
}
