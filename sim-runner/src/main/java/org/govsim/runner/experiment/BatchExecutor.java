package org.govsim.runner.experiment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.govsim.model.District;
import org.govsim.model.ModelConfig;

/**
 * Runs a batch's runs on worker threads and hands each to a {@link RunSink} (the journal) as it finishes, so
 * memory holds only the runs in progress. A run that throws is recorded as failed and the batch goes on; a sink
 * that cannot take a run (the journal cannot be written) or a full heap stops it. Results do not depend on the
 * number of threads: each run draws only from its own seed, and the outputs are put in run-id order afterwards.
 */
public final class BatchExecutor {
    private final int threads;
    private final Function<RunSpec, RunOutcome> runner;

    /** @param runner how one run is made: {@link #runOne} (tests inject failing runs here) */
    public BatchExecutor(int threads, Function<RunSpec, RunOutcome> runner) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
        this.threads = threads;
        this.runner = runner;
    }

    /** Runs one replication; a model error becomes the outcome's error instead of stopping the batch. */
    public static RunOutcome runOne(RunSpec spec) {
        try {
            return new RunOutcome(spec, new District(spec.seed(), new ModelConfig(spec.values())).run(), null);
        } catch (RuntimeException | StackOverflowError e) {
            return new RunOutcome(spec, null, e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    /**
     * Runs the given run ids of the plan; returns how many failed.
     *
     * @throws OutOfMemoryError when a run filled the heap (the batch stops: its runs would all fail the same way)
     */
    public int run(ExperimentPlan plan, long[] runIds, RunSink sink, Progress progress) throws IOException, InterruptedException {
        AtomicInteger next = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        AtomicBoolean stop = new AtomicBoolean();
        AtomicReference<Throwable> fatal = new AtomicReference<>();
        Runnable worker = () -> {
            for (int i = next.getAndIncrement(); i < runIds.length && !stop.get(); i = next.getAndIncrement()) {
                try {
                    RunOutcome o = runSafely(plan.run(runIds[i]));
                    if (!o.ok()) {
                        failed.incrementAndGet();
                    }
                    sink.accept(o);
                } catch (IOException | RuntimeException | OutOfMemoryError e) {
                    fatal.compareAndSet(null, e);
                    stop.set(true);
                    return;
                }
                progress.finished(done.incrementAndGet(), runIds.length);
            }
        };
        WorkerThreads.runAll("govsim-batch", Math.min(threads, Math.max(1, runIds.length)), worker, stop);
        Throwable f = fatal.get();
        if (f instanceof OutOfMemoryError oom) {
            throw oom;
        }
        if (f instanceof IOException io) {
            throw io;
        }
        if (f != null) {
            throw new UncheckedIOException(new IOException("the batch's outputs could not be written: " + f, f));
        }
        return failed.get();
    }

    private RunOutcome runSafely(RunSpec spec) {
        try {
            return runner.apply(spec);
        } catch (OutOfMemoryError e) {
            throw e;
        } catch (RuntimeException | Error e) {
            return new RunOutcome(spec, null, e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }
}
