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
 * <p>A target's value for one replication is the metric of the run (the sum of the columns of a metric "a + b"), or with
 * {@code compound:} the compounds.csv figure of the case compound of that name (placed in every district the scenario
 * draws); with {@code per: year}, times 360 / run.days (a window total scaled to a year); a district-wide window total
 * stands for the whole district's (see {@link #wholeDistrict}: the block's {@code district_share}); with {@code relative_to},
 * divided by (or, with {@code relation: difference}, less) the same figure of a run of the same point with the reference
 * values, on the same seed (so both meet the same luck: common random numbers); with {@code under}, read from that run
 * instead of the point's own.
 */
public final class ModelSimulator implements ModelVocabulary {
    private static final double DAYS_PER_YEAR = 360.0;
    /** the counters of runs.csv and the counts of compounds.csv: totals over the observed window, which {@code per: year} scales */
    private static final List<String> WINDOW_TOTALS = windowTotals();

    private final ParamValues scenario;
    private final double districtShare;
    private List<String> runMetrics;

    /** @param scenario the calibration file's values, which the free parameters then override */
    public ModelSimulator(ParamValues scenario) {
        this(scenario, 1);
    }

    /**
     * @param scenario      the calibration file's values, which the free parameters then override
     * @param districtShare the share of the targets' district the scenario simulates, in (0, 1]
     */
    public ModelSimulator(ParamValues scenario, double districtShare) {
        this.scenario = scenario;
        this.districtShare = districtShare;
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
            if (!t.reference().isEmpty() && !references.contains(t.reference())) {
                references.add(t.reference());
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
                    RunResult other = t.reference().isEmpty() ? null : refs.get(references.indexOf(t.reference()));
                    ParamValues otherPoint = t.reference().isEmpty() ? null : point.withAll(t.reference());
                    double v;
                    if (!t.under().isEmpty()) {
                        v = value(other, t, otherPoint);
                    } else if (t.relative()) {
                        double mine = value(own, t, point);
                        double theirs = value(other, t, otherPoint);
                        v = t.relation() == Target.Relation.DIFFERENCE ? mine - theirs : mine / theirs;
                    } else {
                        v = value(own, t, point);
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

    private double value(RunResult result, Target t, ParamValues values) {
        double v = 0;
        for (String metric : t.metrics()) {
            v += t.compound() == null && isWindowTotal(metric) ? wholeDistrict(result, metric) : column(result, t.compound(), metric);
        }
        return t.perYear() ? v * DAYS_PER_YEAR / values.integer("run.days") : v;
    }

    /**
     * A district-wide window total as the whole district's: the named case compounds keep their size in a reduced
     * district, so they are counted once, and the rest of the district stands for {@code 1 / district_share} times
     * itself. Dividing the whole total by the share would count the case compounds four times in a quarter district
     * (with Junyuwan's and Qiongyuan Plaza's 5,000 households, 9% of the quarter's households against 2% of the whole's).
     */
    double wholeDistrict(RunResult result, String metric) {
        double total = column(result, null, metric);
        if (districtShare == 1) {
            return total;
        }
        CompoundResults c = result.compounds();
        double cases = 0;
        if (c.columns().contains(metric)) {
            for (String name : compoundNames()) {
                int k = c.names().indexOf(name);
                if (k >= 0) {
                    cases += c.value(k, metric);
                }
            }
        }
        return cases + (total - cases) / districtShare;
    }

    private static double column(RunResult result, String compound, String metric) {
        if (compound != null) {
            CompoundResults c = result.compounds();
            int k = c.names().indexOf(compound);
            if (k < 0) {
                throw new IllegalStateException("the run has no compound named '" + compound + "'");
            }
            return c.value(k, metric);
        }
        Double d = result.summary().get(metric);
        if (d == null) {
            throw new IllegalStateException("the run has no metric '" + metric + "'");
        }
        return d;
    }
}
