package org.govsim.runner.experiment;

import java.io.IOException;
import java.util.Locale;
import org.govsim.runner.analysis.MetricStatistics;
import org.govsim.runner.output.Manifest;

/**
 * Adds replications to a plain run until a {@link PrecisionTarget} is met (Law and Kelton's sequential procedure,
 * §9.4.1): after each batch, for each metric whose half-width h over n replications is above the target
 * r·|mean|, it needs about n·(h / (r·|mean|))² replications; the next total is the largest such need, at least
 * n + 1, at most 2n (an early, noisy estimate must not overshoot much), and at most the maximum. Batch sizes come
 * from these figures alone, never from the number of threads, so the replications made (and the outputs) are the
 * same on any machine. Replication i always runs on {@link ReplicationSeeds#seed}(seed, i), so a longer batch
 * extends a shorter one and common random numbers with other scenarios are kept; a resumed batch replays the
 * same decisions from the runs its journal holds.
 */
final class AdaptiveReplication {

    /** The batches the procedure extends. */
    interface Batches {
        /** Makes replications 0 to n − 1 that are not made yet; true when any of them failed. */
        boolean extendTo(int n) throws IOException, InterruptedException;

        /** The metric's values in replications 0 to n − 1 that succeeded. */
        double[] values(String metric, int n);
    }

    /**
     * The outcome.
     *
     * @param replications how many replications were made
     * @param reached      whether every metric met the target
     * @param widest       the metric furthest from (or, when reached, closest to) the target
     * @param widestShare  its half-width as a share of its mean
     * @param batches      how many batches ran
     */
    record Result(int replications, boolean reached, String widest, double widestShare, int batches) {

        /** "precision ±5% reached after 23 replications (widest: x ±4.8%)", or why not. */
        String describe(PrecisionTarget target) {
            String widestText = String.format(Locale.ROOT, "%s ±%.1f%%", widest, 100 * widestShare);
            if (reached) {
                return String.format(Locale.ROOT, "precision ±%s reached after %d replications in %d batch%s (widest: %s)",
                        target.percent(), replications, batches, batches == 1 ? "" : "es", widestText);
            }
            return String.format(Locale.ROOT, "precision ±%s NOT reached after %d replications (the maximum, or a run failed): widest %s",
                    target.percent(), replications, widestText);
        }

        Manifest.Precision record(PrecisionTarget target) {
            return new Manifest.Precision(target.percent(), target.metrics(), target.maxReplications(), reached, widest,
                    Double.isNaN(widestShare) ? null : widestShare, batches);
        }
    }

    private AdaptiveReplication() {
    }

    static Result run(Batches batches, int initial, PrecisionTarget target) throws IOException, InterruptedException {
        int n = Math.min(Math.max(2, initial), target.maxReplications());
        int count = 0;
        while (true) {
            boolean failed = batches.extendTo(n);
            count++;
            double worst = -1;
            String widest = null;
            double widestShare = Double.NaN;
            double need = n;
            for (String metric : target.metrics()) {
                MetricStatistics s = MetricStatistics.of(batches.values(metric, n));
                double shortfall = target.shortfall(s);
                double f = Double.isNaN(shortfall) ? Double.POSITIVE_INFINITY : shortfall;
                if (f > worst) {
                    worst = f;
                    widest = metric;
                    widestShare = s.halfWidth() / Math.abs(s.mean());
                }
                need = Math.max(need, Math.ceil(n * f * f));
            }
            if (worst <= 1 || failed || n >= target.maxReplications()) {
                return new Result(n, worst <= 1 && !failed, widest, widestShare, count);
            }
            int total = (int) Math.max(n + 1, Math.min(2.0 * n, need));
            n = Math.min(target.maxReplications(), total);
        }
    }
}
