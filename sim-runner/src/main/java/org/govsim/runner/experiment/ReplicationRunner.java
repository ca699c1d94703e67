package org.govsim.runner.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.govsim.model.District;
import org.govsim.model.ModelConfig;
import org.govsim.model.metrics.RunResult;

/**
 * Runs a list of runs on a pool of threads. Each run is single-threaded and draws only from its own seed,
 * and outcomes are returned in the order of the specs, so results do not depend on the number of threads.
 */
public final class ReplicationRunner {
    private final int threads;

    public ReplicationRunner(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
        this.threads = threads;
    }

    public List<RunOutcome> run(List<RunSpec> specs, Progress progress) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "govsim-run");
            t.setDaemon(true);
            return t;
        });
        try {
            AtomicInteger done = new AtomicInteger();
            List<Future<RunOutcome>> futures = new ArrayList<>();
            for (RunSpec spec : specs) {
                futures.add(pool.submit(() -> {
                    RunOutcome outcome = runOne(spec);
                    progress.finished(done.incrementAndGet(), specs.size());
                    return outcome;
                }));
            }
            List<RunOutcome> outcomes = new ArrayList<>();
            for (Future<RunOutcome> f : futures) {
                try {
                    outcomes.add(f.get());
                } catch (ExecutionException e) {
                    throw new IllegalStateException("a run's task failed outside the model", e.getCause());
                }
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }

    /** Runs one replication; a model error becomes the outcome's error instead of stopping the batch. */
    public static RunOutcome runOne(RunSpec spec) {
        try {
            RunResult result = new District(spec.seed(), new ModelConfig(spec.values())).run();
            return new RunOutcome(spec, result, null);
        } catch (RuntimeException | StackOverflowError e) {
            return new RunOutcome(spec, null, e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }
}
