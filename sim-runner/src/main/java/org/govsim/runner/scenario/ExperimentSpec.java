package org.govsim.runner.scenario;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A scenario file's {@code experiment:} block, checked: the design, replications per point, and the factors.
 * Policies (levers a planner controls) always form a grid of their listed values; uncertainties (parameters
 * nobody controls) are sampled by the design, and every policy point meets the same uncertainty sample.
 *
 * @param samples      LATIN_HYPERCUBE points, or SOBOL base points; 0 for the other designs
 * @param trajectories MORRIS: the number of trajectories; 0 for the other designs
 * @param levels       MORRIS: the grid levels per factor (even, default 4); 0 for the other designs
 * @param table        TABLE: the CSV file (resolved against the scenario file), else null
 * @param tableColumns TABLE: the parameter paths of the header, in order
 * @param tableRows    TABLE: one list of typed values per row, in the order of {@code tableColumns}
 * @param file         the scenario file that declares the block (null on the command line), for messages
 */
public record ExperimentSpec(ExperimentDesign design, int replications, int samples, int trajectories, int levels,
                             List<ExperimentFactor> policies,
                             List<ExperimentFactor> uncertainties, Path table, List<String> tableColumns,
                             List<List<Object>> tableRows, Path file) {

    public static final int DEFAULT_REPLICATIONS = 10;
    /**
     * Morris levels when the block gives none: four, as Campolongo, Cariboni and Saltelli (2007) use and Saltelli et al.
     * (2008, Global Sensitivity Analysis: The Primer, ch. 3) advise.
     */
    public static final int DEFAULT_MORRIS_LEVELS = 4;

    public ExperimentSpec {
        Objects.requireNonNull(design, "design");
        policies = List.copyOf(policies);
        uncertainties = List.copyOf(uncertainties);
        tableColumns = List.copyOf(tableColumns);
        tableRows = tableRows.stream().map(r -> List.copyOf(r)).toList();
    }

    /** The same experiment with another number of replications (e.g. from {@code --replications}). */
    public ExperimentSpec withReplications(int r) {
        return new ExperimentSpec(design, r, samples, trajectories, levels, policies, uncertainties, table, tableColumns, tableRows, file);
    }

    /** The paths the design sets, in the order of runs.csv's columns: policies, then uncertainties or the table's. */
    public List<String> factorPaths() {
        List<String> paths = new ArrayList<>();
        policies.forEach(f -> paths.add(f.path()));
        uncertainties.forEach(f -> paths.add(f.path()));
        paths.addAll(tableColumns);
        return paths;
    }
}
