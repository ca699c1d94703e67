package org.govsim.runner.bench;

import java.util.ArrayList;
import java.util.List;
import org.govsim.model.param.ParamValues;
import org.govsim.runner.experiment.Progress;
import org.govsim.runner.experiment.ReplicationRunner;
import org.govsim.runner.experiment.ReplicationSeeds;
import org.govsim.runner.experiment.RunSpec;

/** Simulated years per hour of a batch of replications on 1 and on 2 threads, and the parallel efficiency. */
public final class BatchThroughput {
    private BatchThroughput() {
    }

    /** Years per hour on one and on two threads. */
    public record Throughput(double oneThread, double twoThreads) {
        /** throughput(2) / (2 × throughput(1)); 1 is perfect scaling. */
        public double efficiency() {
            return twoThreads / (2 * oneThread);
        }
    }

    public static Throughput measure(ParamValues values, int replications) throws InterruptedException {
        int years = values.integer("run.days") / 360;
        List<RunSpec> specs = new ArrayList<>();
        for (int i = 0; i < replications; i++) {
            specs.add(new RunSpec(i, "bench", i, ReplicationSeeds.seed(1, i), values));
        }
        return new Throughput(yearsPerHour(specs, 1, years), yearsPerHour(specs, 2, years));
    }

    private static double yearsPerHour(List<RunSpec> specs, int threads, int years) throws InterruptedException {
        long t0 = System.nanoTime();
        new ReplicationRunner(threads).run(specs, Progress.NONE);
        double hours = (System.nanoTime() - t0) / 3.6e12;
        return specs.size() * years / hours;
    }
}
