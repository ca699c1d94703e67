package org.govsim.runner.calibration;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.govsim.runner.experiment.WorkerThreads;

/**
 * Runs a generation's proposals on worker threads, each taking the next index as it becomes free. The first
 * failure stops the others taking more; it is rethrown once they have finished what they hold.
 */
final class ParticleRunner {

    /** One proposal's work: draw, simulate, journal. */
    @FunctionalInterface
    interface Task {
        void run(int index) throws SimulationFailed, IOException;
    }

    private final int threads;
    private final int[] indices;
    private final Task task;
    private final AbcSmc.Listener listener;

    ParticleRunner(int threads, int[] indices, Task task, AbcSmc.Listener listener) {
        this.threads = threads;
        this.indices = indices;
        this.task = task;
        this.listener = listener;
    }

    void run() throws SimulationFailed, IOException, InterruptedException {
        AtomicInteger next = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        AtomicBoolean stop = new AtomicBoolean();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Runnable worker = () -> {
            for (int k = next.getAndIncrement(); k < indices.length && !stop.get(); k = next.getAndIncrement()) {
                try {
                    task.run(indices[k]);
                } catch (SimulationFailed | IOException | RuntimeException | Error e) {
                    failure.compareAndSet(null, e);
                    stop.set(true);
                    return;
                }
                listener.simulationFinished(done.incrementAndGet(), indices.length);
            }
        };
        WorkerThreads.runAll("govsim-calibrate", Math.min(threads, indices.length), worker, stop);
        Throwable f = failure.get();
        if (f instanceof SimulationFailed s) {
            throw s;
        }
        if (f instanceof IOException io) {
            throw io;
        }
        if (f instanceof RuntimeException r) {
            throw r;
        }
        if (f instanceof Error e) {
            throw e;
        }
    }
}
