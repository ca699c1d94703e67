package org.govsim.runner.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.govsim.runner.analysis.MetricStatistics;
import org.govsim.runner.scenario.Scenario;

/**
 * Adds replications to a scenario until a {@link PrecisionTarget} is met (Law and Kelton's sequential procedure,
 * §9.4.1): after each batch, for each metric whose half-width h over n replications is above the target
 * r·|mean|, it needs about n·(h / (r·|mean|))² replications; the next total is the largest such need, at least
 * n + 1, at most 2n (an early, noisy estimate must not overshoot much), rounded up to fill every thread, and at most
 * the maximum. Replication i always runs on {@link ReplicationSeeds#seed}(seed, i), so a longer batch extends a
 * shorter one and common random numbers with other scenarios are kept.
 */
public final class AdaptiveReplication {

    /**
     * The outcome.
     *
     * @param outcomes  every replication, in order
     * @param reached   whether every metric met the target
     * @param widest    the metric furthest from (or, when reached, closest to) the target
     * @param widestShare its half-width as a share of its mean
     * @param batches   how many batches ran
     */
    public record Result(List<RunOutcome> outcomes, boolean reached, String widest, double widestShare, int batches) {

        /** "precision ±5% reached after 23 replications (widest: x ±4.8%)", or why not. */
        public String describe(PrecisionTarget target) {
            String widestText = String.format(Locale.ROOT, "%s ±%.1f%%", widest, 100 * widestShare);
            if (reached) {
                return String.format(Locale.ROOT, "precision ±%s reached after %d replications in %d batch%s (widest: %s)",
                        target.percent(), outcomes.size(), batches, batches == 1 ? "" : "es", widestText);
            }
            return String.format(Locale.ROOT, "precision ±%s not reached after %d replications (the maximum, or a run failed): widest %s",
                    target.percent(), outcomes.size(), widestText);
        }
    }

    private AdaptiveReplication() {
    }

    public static Result run(Scenario scenario, long seed, int initial, int threads, PrecisionTarget target, Progress progress)
            throws InterruptedException {
        List<RunOutcome> outcomes = new ArrayList<>();
        int next = Math.min(Math.max(2, initial), target.maxReplications());
        int batches = 0;
        while (true) {
            int from = outcomes.size();
            List<RunSpec> specs = new ArrayList<>();
            for (int i = from; i < next; i++) {
                specs.add(new RunSpec(i, scenario.name(), i, ReplicationSeeds.seed(seed, i), scenario.values()));
            }
            outcomes.addAll(new ReplicationRunner(Math.min(threads, specs.size())).run(specs, progress));
            batches++;
            int n = outcomes.size();
            double worst = -1;
            String widest = null;
            double widestShare = Double.NaN;
            double need = n;
            for (String metric : target.metrics()) {
                MetricStatistics s = statistics(outcomes, metric);
                double shortfall = target.shortfall(s);
                double f = Double.isNaN(shortfall) ? Double.POSITIVE_INFINITY : shortfall;
                if (f > worst) {
                    worst = f;
                    widest = metric;
                    widestShare = s.halfWidth() / Math.abs(s.mean());
                }
                need = Math.max(need, Math.ceil(n * f * f));
            }
            boolean failed = outcomes.stream().anyMatch(o -> !o.ok());
            if (worst <= 1 || failed || n >= target.maxReplications()) {
                return new Result(outcomes, worst <= 1 && !failed, widest, widestShare, batches);
            }
            int total = (int) Math.max(n + 1, Math.min(2.0 * n, need));
            int batch = total - n;
            batch = (batch + threads - 1) / threads * threads;
            next = Math.min(target.maxReplications(), n + batch);
        }
    }

    private static MetricStatistics statistics(List<RunOutcome> outcomes, String metric) {
        return MetricStatistics.of(outcomes.stream().filter(RunOutcome::ok)
                .mapToDouble(o -> o.result().summary().getOrDefault(metric, Double.NaN)).toArray());
    }
}
