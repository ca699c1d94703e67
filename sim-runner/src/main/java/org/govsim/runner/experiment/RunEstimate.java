package org.govsim.runner.experiment;

import java.util.List;
import java.util.Locale;
import org.govsim.model.District;
import org.govsim.model.ModelConfig;
import org.govsim.model.metrics.RunResult;
import org.govsim.model.param.ParamValues;

/**
 * A short pilot run of the experiment's first point (30 simulated days, no burn-in), timed, and what it tells
 * before the batch: the metric names of runs.csv and timeseries.csv, and the batch's likely duration,
 * extrapolated to each point by its simulated days and its households (compounds × mean compound size).
 */
public final class RunEstimate {
    static final int PILOT_DAYS = 30;

    private final List<String> metrics;
    private final List<String> monthly;
    private final double secondsPerHouseholdDay;

    private RunEstimate(List<String> metrics, List<String> monthly, double secondsPerHouseholdDay) {
        this.metrics = metrics;
        this.monthly = monthly;
        this.secondsPerHouseholdDay = secondsPerHouseholdDay;
    }

    /** Runs the pilot twice (the first warms the JIT up) on the first point's values. */
    public static RunEstimate pilot(ExperimentPlan plan) {
        ParamValues v = plan.values(0).with("run.days", PILOT_DAYS).with("run.burnInDays", 0);
        long seed = ReplicationSeeds.seed(plan.baseSeed(), 0);
        RunResult r = new District(seed, new ModelConfig(v)).run();
        long t0 = System.nanoTime();
        new District(seed, new ModelConfig(v)).run();
        double seconds = (System.nanoTime() - t0) / 1e9;
        List<String> monthly = r.months().isEmpty() ? List.of() : List.copyOf(r.months().get(0).values().keySet());
        return new RunEstimate(List.copyOf(r.summary().keySet()), monthly, seconds / (PILOT_DAYS * households(v)));
    }

    public List<String> metrics() {
        return metrics;
    }

    public List<String> monthly() {
        return monthly;
    }

    /** Estimated wall-clock seconds of the given runs on the given threads. */
    public double seconds(ExperimentPlan plan, long[] runIds, int threads) {
        double[] perPoint = new double[plan.pointCount()];
        double total = 0;
        for (long id : runIds) {
            int p = plan.pointOf(id);
            if (perPoint[p] == 0) {
                ParamValues v = plan.values(p);
                perPoint[p] = secondsPerHouseholdDay * households(v) * (v.integer("run.days") + v.integer("run.burnInDays"));
            }
            total += perPoint[p];
        }
        return total / Math.max(1, Math.min(threads, runIds.length));
    }

    private static double households(ParamValues v) {
        return Math.max(1, v.integer("district.compounds") * v.real("district.householdsPerCompoundMean"));
    }

    /** "12 s", "4.5 min", "2.3 h". */
    public static String duration(double seconds) {
        if (seconds < 90) {
            return String.format(Locale.ROOT, "%.0f s", Math.max(1, seconds));
        }
        if (seconds < 5400) {
            return String.format(Locale.ROOT, "%.1f min", seconds / 60);
        }
        return String.format(Locale.ROOT, "%.1f h", seconds / 3600);
    }
}
