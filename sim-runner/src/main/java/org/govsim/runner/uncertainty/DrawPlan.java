package org.govsim.runner.uncertainty;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.govsim.runner.experiment.ExperimentPlan;
import org.govsim.runner.scenario.ExperimentDesign;
import org.govsim.runner.scenario.ExperimentSpec;
import org.govsim.runner.scenario.Scenario;

/**
 * A scenario run on parameter draws: a TABLE experiment whose points are the draws, R replications each. Point k,
 * replication r runs on the seed of replication r whatever the point and the scenario, so that every option meets
 * the same draws and, within each draw, the same luck (common random numbers at both levels). The folder is an
 * ordinary TABLE batch: its experiment-table.csv holds the draws and its scenario.resolved.yaml reruns it.
 */
public final class DrawPlan {
    private DrawPlan() {
    }

    /**
     * @param table the draws' CSV ({@link ParameterDraws#table()}), already written: the batch copies it beside its results
     */
    public static ExperimentPlan of(Scenario scenario, ParameterDraws draws, int replications, Path table, long seed) {
        List<List<Object>> rows = new ArrayList<>();
        for (Object[] row : draws.rows()) {
            rows.add(Arrays.asList(row));
        }
        ExperimentSpec spec = new ExperimentSpec(ExperimentDesign.TABLE, replications, 0, 0, 0, List.of(), List.of(), table, draws.paths(),
                rows, null);
        return ExperimentPlan.of(scenario.withExperiment(spec), seed);
    }
}
