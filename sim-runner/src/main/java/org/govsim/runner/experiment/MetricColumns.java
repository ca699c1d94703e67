package org.govsim.runner.experiment;

import java.util.List;
import org.govsim.model.ModelCatalog;
import org.govsim.model.metrics.CompoundSummary;
import org.govsim.model.metrics.MetricDef;

/** The columns the model writes, from its metric declarations: nothing needs to run to learn them. */
public final class MetricColumns {
    private MetricColumns() {
    }

    /** runs.csv's metric columns, in order. */
    public static List<String> runs() {
        return ModelCatalog.metrics().columns(MetricDef.Scope.RUN);
    }

    /** timeseries.csv's monthly columns, in order. */
    public static List<String> months() {
        return ModelCatalog.metrics().columns(MetricDef.Scope.MONTH);
    }

    /** compounds.csv's figure columns (after its identity columns), in order. */
    public static List<String> compounds() {
        return CompoundSummary.columns(ModelCatalog.metrics());
    }
}
