package org.govsim.runner.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import org.govsim.model.District;
import org.govsim.model.ModelConfig;

/** Times the model on one thread: the build, then the years, with the events counted and the collectors' time. */
public final class ModelTiming {
    private ModelTiming() {
    }

    public static Timing once(ModelConfig config, long seed) {
        // start from a collected heap, so that no run pays for the garbage of the one before it
        System.gc();
        District d = new District(seed, config);
        long t0 = System.nanoTime();
        d.start();
        long t1 = System.nanoTime();
        long gc0 = gcMillis();
        d.advanceToEnd();
        long t2 = System.nanoTime();
        long gc1 = gcMillis();
        Timing t = new Timing((t1 - t0) / 1e6, (t2 - t1) / 1e9, (int) Math.round(config.core().run().endDay() / 360), d.schedule.getSteps(),
                d.metrics().arrived(), d.residents(), d.households().count(), (gc1 - gc0) / 1000.0);
        d.finish();
        return t;
    }

    /**
     * {@code times} runs in a row timed as one: a short run (M takes a twentieth of a second) timed alone is at
     * the mercy of one scheduler tick or one collection. The result is the mean run; counts are one run's.
     */
    public static Timing meanOf(ModelConfig config, long seed, int times) {
        double build = 0;
        double run = 0;
        double gc = 0;
        Timing last = null;
        for (int i = 0; i < times; i++) {
            last = once(config, seed);
            build += last.buildMillis();
            run += last.runSeconds();
            gc += last.gcSeconds();
        }
        return new Timing(build / times, run / times, last.years(), last.events(), last.issues(), last.residents(), last.households(),
                gc / times);
    }

    /**
     * Warm-up runs last at least this long in all: three runs of S or M (10 to 40 ms each) leave the hot methods
     * still short of their final compilation, and their "warm" time was a third above the same size's time once
     * the JIT had settled (M: 0.034 s against 0.026 s per year).
     */
    static final double MIN_WARMUP_SECONDS = 2.0;

    /**
     * {@code repeat} timed runs after {@code warmup} untimed ones, more while the warm-up has lasted less than
     * {@link #MIN_WARMUP_SECONDS}, in this (already running) JVM.
     */
    public static Runs warm(ModelConfig config, long seed, int warmup, int repeat) {
        long start = System.nanoTime();
        for (int i = 0; i < warmup || (System.nanoTime() - start) / 1e9 < MIN_WARMUP_SECONDS; i++) {
            once(config, seed);
        }
        List<Timing> runs = new ArrayList<>();
        for (int i = 0; i < Math.max(1, repeat); i++) {
            runs.add(once(config, seed));
        }
        return new Runs(runs);
    }

    /** Milliseconds the collectors have spent so far (for G1 on Java 17: pauses, young and full). */
    static long gcMillis() {
        long total = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            total += Math.max(0, gc.getCollectionTime());
        }
        return total;
    }
}
