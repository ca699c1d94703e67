package org.govsim.runner.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Daemon worker threads that share one job: the batch and the calibration each start up to {@code threads} of them on
 * the same loop and wait for all. Daemons, so that a JVM told to exit is not held by a run in progress; an interrupted
 * wait raises {@code stop} so the workers take no more work before the interruption is passed on.
 */
public final class WorkerThreads {
    private WorkerThreads() {
    }

    /**
     * Runs {@code worker} on {@code count} threads named {@code name-0}, {@code name-1}, … and returns when every one
     * has finished.
     */
    public static void runAll(String name, int count, Runnable worker, AtomicBoolean stop) throws InterruptedException {
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < count; t++) {
            Thread th = new Thread(worker, name + "-" + t);
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
    }
}
