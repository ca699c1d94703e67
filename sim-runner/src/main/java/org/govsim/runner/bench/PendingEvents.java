package org.govsim.runner.bench;

import org.govsim.model.District;
import org.govsim.model.ModelConfig;
import org.govsim.model.engine.EventSchedule;

/** How many events wait on the model's schedule, sampled before every step of one untimed run. */
public final class PendingEvents {
    private PendingEvents() {
    }

    /** Mean over the run's steps, at the end and the largest. */
    public record Sample(double mean, int atEnd, int max) {
        public boolean known() {
            return !Double.isNaN(mean);
        }
    }

    public static Sample sample(ModelConfig config, long seed) {
        District d = new District(seed, config);
        d.start();
        EventSchedule schedule = (EventSchedule) d.schedule;
        double sum = 0;
        long steps = 0;
        int max = 0;
        while (!d.hasEnded()) {
            int size = schedule.pending();
            if (!schedule.step(d)) {
                break;
            }
            sum += size;
            steps++;
            max = Math.max(max, size);
        }
        Sample s = new Sample(steps == 0 ? 0 : sum / steps, schedule.pending(), max);
        d.finish();
        return s;
    }
}
