package org.govsim.runner.calibration;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.govsim.model.District;
import org.govsim.model.ModelCatalog;
import org.govsim.model.ModelConfig;
import org.govsim.model.metrics.MetricDef;
import org.govsim.model.param.ParamValues;
import org.govsim.runner.experiment.MetricColumns;

/**
 * The one place where the calibration meets the model: it runs a district for a point of the prior box and reads
 * the targets off the run's summary (the runs.csv row). Everything else in this package knows only
 * {@link Simulator} and {@link ModelVocabulary}. Re-pointing the calibration at another batch engine, or at
 * per-compound results, means changing this class alone.
 *
 * <p>A target's value for one replication is the metric of the run; with {@code per: year}, times 360 / run.days
 * (a window total scaled to a year); with {@code relative_to}, divided by the same metric of a run of the same
 * point with the reference values, on the same seed (so both meet the same luck: common random numbers).
 */
public final class ModelSimulator implements ModelVocabulary {
    private static final double DAYS_PER_YEAR = 360.0;
    /** the counters of runs.csv: totals over the observed window, which {@code per: year} scales */
    private static final List<String> WINDOW_TOTALS = ModelCatalog.metrics().counters().stream().map(MetricDef::column).toList();

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
        return List.of();
    }

    @Override
    public List<String> compoundMetrics() {
        return List.of();
    }

    @Override
    public String compoundsUnavailable() {
        return "compound targets need per-compound results (compounds.csv) and named compounds, which this version of the model "
                + "does not have yet; use a district metric of runs.csv";
    }

    /** The lever counters are the summary's totals over the observed window; every other column is a rate, share, mean or state. */
    @Override
    public boolean isWindowTotal(String metric) {
        return WINDOW_TOTALS.contains(metric);
    }

    /** The simulator for these free parameters and targets (checked by {@link TargetCheck}: no compound targets). */
    public Simulator simulator(List<Prior> free, List<Target> targets) {
        for (Target t : targets) {
            if (t.compound() != null) {
                throw new IllegalArgumentException("target '" + t.name() + "': " + compoundsUnavailable());
            }
        }
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
                Map<String, Double> own = run(point, seeds[r]);
                List<Map<String, Double>> refs = new ArrayList<>();
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

    /** The scenario's values with the free parameters set (integers rounded). */
    ParamValues at(List<Prior> free, double[] theta) {
        ParamValues v = scenario;
        for (int k = 0; k < free.size(); k++) {
            v = v.with(free.get(k).path(), ParameterPoint.value(free.get(k), theta[k]));
        }
        return v;
    }

    private static Map<String, Double> run(ParamValues values, long seed) {
        return new District(seed, new ModelConfig(values)).run().summary();
    }

    private static double value(Map<String, Double> summary, Target t, ParamValues values) {
        Double v = summary.get(t.metric());
        if (v == null) {
            throw new IllegalStateException("the run has no metric '" + t.metric() + "'");
        }
        return t.perYear() ? v * DAYS_PER_YEAR / values.integer("run.days") : v;
    }
}
