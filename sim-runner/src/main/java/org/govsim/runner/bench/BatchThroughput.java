package org.govsim.runner.bench;

import ec.util.MersenneTwisterFast;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.govsim.model.param.ParamValues;
import org.govsim.runner.experiment.Progress;
import org.govsim.runner.experiment.BatchExecutor;
import org.govsim.runner.experiment.ExperimentPlan;
import org.govsim.runner.scenario.Scenario;
import java.util.Map;

/**
 * Simulated years per hour of a batch of replications run by {@link BatchExecutor} (what {@code govsim run}
 * uses) on 1 and on 2 threads, and the parallel efficiency. The two are timed in turn, {@code repeat} times
 * each, and the medians are reported, so that a burst of load from elsewhere does not fall on one side only.
 */
public final class BatchThroughput {
    private BatchThroughput() {
    }

    /**
     * Simulated years per hour on one and on two threads, for {@code replications} replications, and the
     * machine's own efficiency: the same 1-against-2-thread measure for work that is arithmetic only (no
     * memory traffic), timed in turn with the batch. On a shared machine whose second core is partly taken
     * by others that reference is below 1 too, and it bounds what any batch can reach there.
     */
    public record Throughput(int replications, double oneThread, double twoThreads, double machineEfficiency) {
        public Throughput(int replications, double oneThread, double twoThreads) {
            this(replications, oneThread, twoThreads, Double.NaN);
        }

        /** throughput(2) ÷ (2 × throughput(1)); 1 is perfect scaling. */
        public double efficiency() {
            return twoThreads / (2 * oneThread);
        }
    }

    public static Throughput measure(ParamValues values, int replications, long seed, int repeat) throws InterruptedException {
        double years = (values.integer("run.burnInDays") + values.integer("run.days")) / 360.0;
        ExperimentPlan specs = ExperimentPlan.replications(new Scenario("bench", "", null, List.of(), values, Map.of()), seed,
                replications, List.of());
        int n = Math.max(1, repeat);
        double[] one = new double[n];
        double[] two = new double[n];
        double[] machine = new double[n];
        for (int i = 0; i < n; i++) {
            one[i] = yearsPerHour(specs, 1, years);
            two[i] = yearsPerHour(specs, 2, years);
            machine[i] = arithmeticEfficiency(replications);
        }
        return new Throughput(replications, median(one), median(two), median(machine));
    }

    /** {@code tasks} equal arithmetic tasks on 1 and then on 2 threads: throughput(2) ÷ (2 × throughput(1)). */
    static double arithmeticEfficiency(int tasks) throws InterruptedException {
        double one = arithmeticSeconds(tasks, 1);
        double two = arithmeticSeconds(tasks, 2);
        return one / (2 * two);
    }

    private static double arithmeticSeconds(int tasks, int threads) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Callable<Double>> work = new ArrayList<>();
            for (int i = 0; i < tasks; i++) {
                long seed = i;
                work.add(() -> arithmetic(seed));
            }
            long t0 = System.nanoTime();
            double sink = 0;
            for (Future<Double> f : pool.invokeAll(work)) {
                sink += f.get();
            }
            long t1 = System.nanoTime();
            if (sink == 42) {
                System.err.print(""); // keeps the sum alive so the JIT cannot drop the work
            }
            return (t1 - t0) / 1e9;
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** About a tenth of a second of generator draws and arithmetic, in registers and the first-level cache. */
    private static double arithmetic(long seed) {
        MersenneTwisterFast rng = new MersenneTwisterFast(seed);
        double sum = 0;
        for (int i = 0; i < 20_000_000; i++) {
            sum += rng.nextDouble() * 1.0000001;
        }
        return sum;
    }

    static double median(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        return v[(v.length - 1) / 2];
    }

    private static double yearsPerHour(ExperimentPlan plan, int threads, double years) throws InterruptedException {
        long[] ids = java.util.stream.LongStream.range(0, plan.totalRuns()).toArray();
        long t0 = System.nanoTime();
        try {
            new BatchExecutor(threads, BatchExecutor::runOne).run(plan, ids, o -> {
                if (!o.ok()) {
                    throw new IllegalStateException("a bench replication failed: " + o.error());
                }
            }, Progress.NONE);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        double hours = (System.nanoTime() - t0) / 3.6e12;
        return plan.totalRuns() * years / hours;
    }
}
