package org.govsim.runner.calibration;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.govsim.model.District;
import org.govsim.model.ModelCatalog;
import org.govsim.model.ModelConfig;
import org.govsim.model.metrics.CompoundResults;
import org.govsim.model.metrics.MetricDef;
import org.govsim.model.metrics.RunResult;
import org.govsim.model.param.ParamValues;
import org.govsim.model.world.CaseCompound;
import org.govsim.runner.experiment.MetricColumns;

/**
 * The one place where the calibration meets the model: it runs a district for a point of the prior box and reads
 * the targets off the run's summary (the runs.csv row). Everything else in this package knows only
 * {@link Simulator} and {@link ModelVocabulary}. Re-pointing the calibration at another batch engine means changing
 * this class alone.
 *
 * <p>A target's value for one replication is the metric of the run, or with {@code compound:} the compounds.csv
 * figure of the case compound of that name (placed in every district the scenario draws); with {@code per: year}, times 360 / run.days
 * (a window total scaled to a year); with {@code relative_to}, divided by the same metric of a run of the same
 * point with the reference values, on the same seed (so both meet the same luck: common random numbers).
 */
public final class ModelSimulator implements ModelVocabulary {
    private static final double DAYS_PER_YEAR = 360.0;
    /** the counters of runs.csv and the counts of compounds.csv: totals over the observed window, which {@code per: year} scales */
    private static final List<String> WINDOW_TOTALS = windowTotals();

    private final ParamValues scenario;
    private List<String> runMetrics;

    /** @param scenario the calibration file's values, which the free parameters then override */
    public ModelSimulator(ParamValues scenario) {
        this.scenario = scenario;
    }

    @Override
    public synchronized List<String> runMetrics() {
        if (runMetrics == null) {
            runMetrics = MetricColumns.runs();
        }
        return runMetrics;
    }

    @Override
    public List<String> compoundNames() {
        return scenario.cases().stream().map(CaseCompound::name).toList();
    }

    @Override
    public List<String> compoundMetrics() {
        return MetricColumns.compounds();
    }

    @Override
    public String compoundsUnavailable() {
        return "the scenario names no compound: a compound target needs the compound in the scenario's cases: block";
    }

    /** The lever counters are the summary's totals over the observed window; every other column is a rate, share, mean or state. */
    @Override
    public boolean isWindowTotal(String metric) {
        return WINDOW_TOTALS.contains(metric);
    }

    /** The simulator for these free parameters and targets (checked by {@link TargetCheck}). */
    public Simulator simulator(List<Prior> free, List<Target> targets) {
        List<Map<String, Object>> references = new ArrayList<>();
        for (Target t : targets) {
            if (t.relative() && !references.contains(t.relativeTo())) {
                references.add(t.relativeTo());
            }
        }
        return (theta, seeds) -> {
            ParamValues point = at(free, theta);
            double[][] values = new double[targets.size()][seeds.length];
            for (int r = 0; r < seeds.length; r++) {
                RunResult own = run(point, seeds[r]);
                List<RunResult> refs = new ArrayList<>();
                for (Map<String, Object> ref : references) {
                    refs.add(run(point.withAll(ref), seeds[r]));
                }
                for (int k = 0; k < targets.size(); k++) {
                    Target t = targets.get(k);
                    double v = value(own, t, point);
                    if (t.relative()) {
                        ParamValues refPoint = point.withAll(t.relativeTo());
                        v /= value(refs.get(references.indexOf(t.relativeTo())), t, refPoint);
                    }
                    values[k][r] = v;
                }
            }
            return values;
        };
    }

    private static List<String> windowTotals() {
        List<String> totals = new ArrayList<>(ModelCatalog.metrics().counters().stream().map(MetricDef::column).toList());
        for (MetricDef d : ModelCatalog.metrics().of(MetricDef.Scope.COMPOUND)) {
            if (d.kind() == MetricDef.Kind.COUNT) {
                totals.add(d.column());
            }
        }
        return List.copyOf(totals);
    }

    /** The scenario's values with the free parameters set (integers rounded). */
    ParamValues at(List<Prior> free, double[] theta) {
        ParamValues v = scenario;
        for (int k = 0; k < free.size(); k++) {
            v = v.with(free.get(k).path(), ParameterPoint.value(free.get(k), theta[k]));
        }
        return v;
    }

    private static RunResult run(ParamValues values, long seed) {
        return new District(seed, new ModelConfig(values)).run();
    }

    private static double value(RunResult result, Target t, ParamValues values) {
        double v;
        if (t.compound() != null) {
            CompoundResults c = result.compounds();
            int k = c.names().indexOf(t.compound());
            if (k < 0) {
                throw new IllegalStateException("the run has no compound named '" + t.compound() + "'");
            }
            v = c.value(k, t.metric());
        } else {
            Double d = result.summary().get(t.metric());
            if (d == null) {
                throw new IllegalStateException("the run has no metric '" + t.metric() + "'");
            }
            v = d;
        }
        return t.perYear() ? v * DAYS_PER_YEAR / values.integer("run.days") : v;
    }
}
