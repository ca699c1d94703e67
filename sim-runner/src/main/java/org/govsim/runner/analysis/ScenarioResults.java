package org.govsim.runner.analysis;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.govsim.runner.output.CsvFormat;
import org.govsim.runner.output.CsvTable;

/**
 * The results of one {@code govsim run} folder, read back for comparison: its replications (runs.csv), its
 * monthly series (timeseries.csv, possibly empty) and what its manifest.json records (empty without one).
 *
 * @param label            a name unique among the folders compared: the scenario's name, or the folder's when two share it
 * @param name             the scenario's name
 * @param dir              the folder
 * @param parameterColumns runs.csv's parameter columns (those set on the command line), in file order
 * @param metricColumns    runs.csv's metric columns, in file order
 * @param runs             one per successful replication, in file order
 * @param months           one per replication and observed month
 * @param manifest         what manifest.json records, if the folder has one
 */
public record ScenarioResults(String label, String name, Path dir, List<String> parameterColumns, List<String> metricColumns,
                              List<Run> runs, List<Month> months, Optional<ManifestInfo> manifest) {

    public ScenarioResults {
        parameterColumns = List.copyOf(parameterColumns);
        metricColumns = List.copyOf(metricColumns);
        runs = List.copyOf(runs);
        months = List.copyOf(months);
    }

    /**
     * One row of runs.csv.
     *
     * @param point the experiment's point (a parameter draw); 0 in a plain run's folder, which has one point
     */
    public record Run(int runId, int point, int replication, long seed, Map<String, String> parameters, Map<String, Double> metrics) {
        public double metric(String name) {
            Double v = metrics.get(name);
            return v == null ? Double.NaN : v;
        }
    }

    /** One row of timeseries.csv (point 0 in a plain run's folder). */
    public record Month(int point, int replication, double day, Map<String, Double> values) {
    }

    public ScenarioResults withLabel(String newLabel) {
        return new ScenarioResults(newLabel, name, dir, parameterColumns, metricColumns, runs, months, manifest);
    }

    /** The metric's value in each replication, in the order of {@link #runs()}; NaN where undefined. */
    public double[] values(String metric) {
        return runs.stream().mapToDouble(r -> r.metric(metric)).toArray();
    }

    public MetricStatistics statistics(String metric) {
        return MetricStatistics.of(values(metric));
    }

    /** The run of a replication at a point, if it succeeded. */
    public Optional<Run> run(int point, int replication) {
        return runs.stream().filter(r -> r.point() == point && r.replication() == replication).findFirst();
    }

    /** The points (parameter draws) the folder holds, ascending: {0} for a plain run. */
    public List<Integer> points() {
        return runs.stream().map(Run::point).distinct().sorted().toList();
    }

    /** Whether the folder holds several points: an experiment, e.g. runs on parameter draws. */
    public boolean hasPoints() {
        return runs.stream().anyMatch(r -> r.point() != runs.get(0).point());
    }

    /**
     * A parameter's value in a run: the runs.csv column if there is one, else the manifest's resolved value;
     * numbers spelled as runs.csv spells them (manifest.json's 1.0 is 1), so that equal values compare equal.
     */
    public Optional<String> parameter(Run run, String path) {
        String v = run.parameters().get(path);
        if (v == null) {
            v = manifest.map(m -> m.parameters().get(path)).orElse(null);
        }
        if (v == null) {
            return Optional.empty();
        }
        double number = CsvTable.number(v);
        return Optional.of(Double.isNaN(number) || v.isBlank() ? v : CsvFormat.number(number));
    }
}
