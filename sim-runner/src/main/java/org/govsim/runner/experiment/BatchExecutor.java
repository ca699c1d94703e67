package org.govsim.runner.experiment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * Runs an experiment's runs on worker threads and writes each to the {@link RunJournal} as it finishes, so
 * memory holds only the runs in progress. A run that throws is recorded as failed and the batch goes on; only a
 * journal that cannot be written stops it. Results do not depend on the number of threads: each run draws only
 * from its own seed, and the outputs are put in run-id order afterwards.
 */
public final class BatchExecutor {
    private final int threads;
    private final Function<RunSpec, RunOutcome> runner;

    /** @param runner how one run is made: {@link ReplicationRunner#runOne} (tests inject failing runs here) */
    public BatchExecutor(int threads, Function<RunSpec, RunOutcome> runner) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
        this.threads = threads;
        this.runner = runner;
    }

    /** Runs the given run ids of the plan; returns how many failed. */
    public int run(ExperimentPlan plan, long[] runIds, RunJournal journal, Progress progress) throws IOException, InterruptedException {
        AtomicInteger next = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        AtomicBoolean stop = new AtomicBoolean();
        AtomicReference<Throwable> fatal = new AtomicReference<>();
        Runnable worker = () -> {
            for (int i = next.getAndIncrement(); i < runIds.length && !stop.get(); i = next.getAndIncrement()) {
                RunOutcome o = runSafely(plan.run(runIds[i]));
                try {
                    if (o.ok()) {
                        journal.recordRun(RunRows.timeseriesRows(plan, o), RunRows.runsRow(plan, o));
                    } else {
                        failed.incrementAndGet();
                        journal.recordFailure(RunRows.failureRow(o));
                    }
                } catch (IOException | RuntimeException e) {
                    fatal.compareAndSet(null, e);
                    stop.set(true);
                    return;
                }
                progress.finished(done.incrementAndGet(), runIds.length);
            }
        };
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < Math.min(threads, Math.max(1, runIds.length)); t++) {
            Thread th = new Thread(worker, "govsim-batch-" + t);
            th.setDaemon(true);
            workers.add(th);
            th.start();
        }
        try {
            for (Thread th : workers) {
                th.join();
            }
        } catch (InterruptedException e) {
            stop.set(true);
            throw e;
        }
        Throwable f = fatal.get();
        if (f instanceof IOException io) {
            throw io;
        }
        if (f != null) {
            throw new UncheckedIOException(new IOException("the journal could not be written: " + f.getMessage(), f));
        }
        return failed.get();
    }

    private RunOutcome runSafely(RunSpec spec) {
        try {
            return runner.apply(spec);
        } catch (RuntimeException | Error e) {
            return new RunOutcome(spec, null, e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }
}
