package org.govsim.runner.experiment;

import java.util.List;
import org.govsim.model.District;
import org.govsim.model.ModelConfig;
import org.govsim.model.param.ParamValues;

/**
 * The metric columns this version of the model writes to runs.csv, learned from a one-day run of the scenario,
 * so that a command can refuse an unknown --metrics name before it runs anything long.
 */
public final class MetricColumns {
    private MetricColumns() {
    }

    public static List<String> of(ParamValues values) {
        ParamValues oneDay = values.with("run.days", 1).with("run.burnInDays", 0);
        return List.copyOf(new District(1, new ModelConfig(oneDay)).run().summary().keySet());
    }
}
