package org.govsim.runner.bench;

import java.lang.reflect.Field;
import org.govsim.model.District;
import org.govsim.model.config.ModelConfig;
import sim.engine.Schedule;
import sim.util.Heap;

/**
 * How many events wait on the model's schedule, sampled before every step of one untimed run: the depth of
 * MASON's binary heap that each event meets. MASON 18's Schedule has no public accessor for its size, so
 * the bench (never the model) reads the Schedule's private {@code queue} ({@code sim.util.Heap}) by
 * reflection; if that fails the sample is empty and the ceiling falls back to the live issues.
 */
public final class PendingEvents {
    private PendingEvents() {
    }

    /** Mean over the run's steps, at the end and the largest; {@code mean} is NaN if the queue could not be read. */
    public record Sample(double mean, int atEnd, int max) {
        public boolean known() {
            return !Double.isNaN(mean);
        }
    }

    public static Sample sample(ModelConfig config, long seed) {
        District d = new District(seed, config);
        d.start();
        Field queue = queueField();
        if (queue == null) {
            d.advanceToEnd();
            d.finish();
            return new Sample(Double.NaN, -1, -1);
        }
        double sum = 0;
        long steps = 0;
        int max = 0;
        while (!d.hasEnded()) {
            int size = size(queue, d.schedule);
            if (!d.schedule.step(d)) {
                break;
            }
            sum += size;
            steps++;
            max = Math.max(max, size);
        }
        Sample s = new Sample(steps == 0 ? 0 : sum / steps, size(queue, d.schedule), max);
        d.finish();
        return s;
    }

    private static Field queueField() {
        try {
            Field f = Schedule.class.getDeclaredField("queue");
            f.setAccessible(true);
            return Heap.class.isAssignableFrom(f.getType()) ? f : null;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }

    private static int size(Field queue, Schedule schedule) {
        try {
            return ((Heap) queue.get(schedule)).size();
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("the Schedule's queue became unreadable", e);
        }
    }
}
