package org.govsim.runner.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.reflect.Field;
import java.util.Arrays;
import org.govsim.model.District;
import org.govsim.model.config.ModelConfig;
import sim.engine.Schedule;
import sim.util.Heap;

/** Times the model on one thread: build, then the years, with the events counted and the collector's time. */
public final class ModelTiming {
    private ModelTiming() {
    }

    public static Timing once(ModelConfig config, long seed) {
        District d = new District(seed, config);
        long t0 = System.nanoTime();
        d.start();
        long t1 = System.nanoTime();
        long gc0 = gcMillis();
        d.advanceToEnd();
        long t2 = System.nanoTime();
        long gc1 = gcMillis();
        Timing t = new Timing((t1 - t0) / 1e6, (t2 - t1) / 1e9, config.run().days() / 360, d.schedule.getSteps(),
                d.metrics().arrived(), d.residents(), d.households().count(), pendingEvents(d.schedule), (gc1 - gc0) / 1000.0);
        d.finish();
        return t;
    }

    /** The median of {@code repeat} warm runs after {@code warmup} untimed ones. */
    public static Timing warm(ModelConfig config, long seed, int warmup, int repeat) {
        for (int i = 0; i < warmup; i++) {
            once(config, seed);
        }
        Timing[] runs = new Timing[repeat];
        for (int i = 0; i < repeat; i++) {
            runs[i] = once(config, seed);
        }
        Arrays.sort(runs, (a, b) -> Double.compare(a.runSeconds(), b.runSeconds()));
        return runs[repeat / 2];
    }

    /**
     * Events waiting on the schedule. MASON 18 has no public accessor for the size of its queue, so the bench
     * (never the model) reads the Schedule's heap by reflection; -1 if it cannot.
     */
    static int pendingEvents(Schedule schedule) {
        try {
            Field f = Schedule.class.getDeclaredField("queue");
            f.setAccessible(true);
            return ((Heap) f.get(schedule)).size();
        } catch (ReflectiveOperationException | RuntimeException e) {
            return -1;
        }
    }

    static long gcMillis() {
        long total = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            total += Math.max(0, gc.getCollectionTime());
        }
        return total;
    }
}
