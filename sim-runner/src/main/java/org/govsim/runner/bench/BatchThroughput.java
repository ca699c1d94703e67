package org.govsim.runner.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.govsim.model.param.ParamValues;
import org.govsim.runner.experiment.Progress;
import org.govsim.runner.experiment.ReplicationRunner;
import org.govsim.runner.experiment.ReplicationSeeds;
import org.govsim.runner.experiment.RunOutcome;
import org.govsim.runner.experiment.RunSpec;

/**
 * Simulated years per hour of a batch of replications run by {@link ReplicationRunner} (what {@code govsim run}
 * uses) on 1 and on 2 threads, and the parallel efficiency. The two are timed in turn, {@code repeat} times
 * each, and the medians are reported, so that a burst of load from elsewhere does not fall on one side only.
 */
public final class BatchThroughput {
    private BatchThroughput() {
    }

    /** Simulated years per hour on one and on two threads, for {@code replications} replications. */
    public record Throughput(int replications, double oneThread, double twoThreads) {
        /** throughput(2) ÷ (2 × throughput(1)); 1 is perfect scaling. */
        public double efficiency() {
            return twoThreads / (2 * oneThread);
        }
    }

    public static Throughput measure(ParamValues values, int replications, long seed, int repeat) throws InterruptedException {
        double years = (values.integer("run.burnInDays") + values.integer("run.days")) / 360.0;
        List<RunSpec> specs = new ArrayList<>();
        for (int i = 0; i < replications; i++) {
            specs.add(new RunSpec(i, "bench", i, ReplicationSeeds.seed(seed, i), values));
        }
        int n = Math.max(1, repeat);
        double[] one = new double[n];
        double[] two = new double[n];
        for (int i = 0; i < n; i++) {
            one[i] = yearsPerHour(specs, 1, years);
            two[i] = yearsPerHour(specs, 2, years);
        }
        return new Throughput(replications, median(one), median(two));
    }

    static double median(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        return v[(v.length - 1) / 2];
    }

    private static double yearsPerHour(List<RunSpec> specs, int threads, double years) throws InterruptedException {
        long t0 = System.nanoTime();
        List<RunOutcome> outcomes = new ReplicationRunner(threads).run(specs, Progress.NONE);
        double hours = (System.nanoTime() - t0) / 3.6e12;
        for (RunOutcome o : outcomes) {
            if (!o.ok()) {
                throw new IllegalStateException("a bench replication failed: " + o.error());
            }
        }
        return specs.size() * years / hours;
    }
}
