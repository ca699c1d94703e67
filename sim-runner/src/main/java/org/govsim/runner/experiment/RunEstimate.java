package org.govsim.runner.experiment;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.govsim.model.District;
import org.govsim.model.ModelConfig;
import org.govsim.model.metrics.RunResult;
import org.govsim.model.param.ParamValues;

/**
 * Short pilot runs of a batch's first point, timed, and what they tell before the batch: the metric names of
 * runs.csv and timeseries.csv, the size of a run's rows, and the batch's likely duration. The pilot runs until
 * the JIT has settled (at least three runs and 0.3 s), then times a one-day run (building the district) and a
 * 30-day run, so that a run's cost is its build plus its days, each scaled to a point by its households.
 */
public final class RunEstimate {
    static final int PILOT_DAYS = 30;
    private static final double WARM_SECONDS = 0.3;
    private static final int MAX_WARM_RUNS = 12;

    private final List<String> metrics;
    private final List<String> monthly;
    private final int runsRowBytes;
    private final int monthRowBytes;
    private final int compoundsBytes;
    private final double buildSecondsPerHousehold;
    private final double secondsPerHouseholdDay;

    private RunEstimate(List<String> metrics, List<String> monthly, int runsRowBytes, int monthRowBytes, int compoundsBytes,
                        double buildSecondsPerHousehold, double secondsPerHouseholdDay) {
        this.metrics = metrics;
        this.monthly = monthly;
        this.runsRowBytes = runsRowBytes;
        this.monthRowBytes = monthRowBytes;
        this.compoundsBytes = compoundsBytes;
        this.buildSecondsPerHousehold = buildSecondsPerHousehold;
        this.secondsPerHouseholdDay = secondsPerHouseholdDay;
    }

    /** Pilots the plan's first point; a model error there is thrown (the batch would fail the same way). */
    public static RunEstimate pilot(ExperimentPlan plan) {
        ParamValues v = plan.values(0).with("run.days", PILOT_DAYS).with("run.burnInDays", 0);
        ParamValues oneDay = v.with("run.days", 1);
        long seed = ReplicationSeeds.seed(plan.baseSeed(), 0);
        RunResult r = null;
        long warmStart = System.nanoTime();
        for (int i = 0; i < MAX_WARM_RUNS && (i < 3 || System.nanoTime() - warmStart < WARM_SECONDS * 1e9); i++) {
            r = new District(seed, new ModelConfig(v)).run();
        }
        long t0 = System.nanoTime();
        new District(seed, new ModelConfig(oneDay)).run();
        long t1 = System.nanoTime();
        new District(seed, new ModelConfig(v)).run();
        long t2 = System.nanoTime();
        double build = (t1 - t0) / 1e9;
        double perDay = Math.max(0, (t2 - t1) / 1e9 - build) / (PILOT_DAYS - 1);
        double hh = households(v);
        List<String> metrics = List.copyOf(r.summary().keySet());
        List<String> monthly = r.months().isEmpty() ? List.of() : List.copyOf(r.months().get(0).values().keySet());
        RunOutcome o = new RunOutcome(plan.run(0), r, null);
        int runsRow = RunRows.runsRow(plan, o, metrics).length();
        int monthRow = r.months().isEmpty() ? 0 : RunRows.timeseriesRows(plan, o).length() / r.months().size();
        int compoundsRows = RunRows.compoundsRows(plan, o).getBytes(StandardCharsets.UTF_8).length;
        return new RunEstimate(metrics, monthly, runsRow, monthRow, compoundsRows, build / hh, perDay / hh);
    }

    public List<String> metrics() {
        return metrics;
    }

    public List<String> monthly() {
        return monthly;
    }

    /**
     * Estimated wall-clock seconds of the given runs: their cost, spread over the threads that can run at once
     * (no more than the processors), at the parallel efficiency measured on two cores (docs/PERFORMANCE.md: 0.9).
     */
    public double seconds(ExperimentPlan plan, long[] runIds, int threads) {
        double[] perPoint = new double[plan.pointCount()];
        double total = 0;
        for (long id : runIds) {
            int p = plan.pointOf(id);
            if (perPoint[p] == 0) {
                ParamValues v = plan.values(p);
                double hh = households(v);
                perPoint[p] = buildSecondsPerHousehold * hh + secondsPerHouseholdDay * hh * (v.integer("run.days") + v.integer("run.burnInDays"));
            }
            total += perPoint[p];
        }
        int parallel = Math.max(1, Math.min(Math.min(threads, runIds.length), Runtime.getRuntime().availableProcessors()));
        return total / (parallel == 1 ? 1 : parallel * 0.9);
    }

    /**
     * Bytes the runs' rows take in runs.csv, timeseries.csv and (unless switched off) compounds.csv, which for a district
     * of many compounds is the largest of them; twice that while the journal holds them too.
     */
    public double outputBytes(ExperimentPlan plan, long runs, boolean compounds) {
        ParamValues v = plan.values(0);
        double months = v.integer("run.days") / 30.0;
        return runs * (runsRowBytes + months * monthRowBytes + (compounds ? compoundsBytes : 0));
    }

    static double households(ParamValues v) {
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
