package org.govsim.runner.bench;

import ec.util.MersenneTwisterFast;
import org.govsim.model.engine.EventSchedule;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * The ceiling that the model's own work is measured against: as many events as the model ran, pushed through
 * a bare schedule (a fresh {@code SimState}) that holds as many pending events as the model's schedule held
 * on average ({@link PendingEvents}). Each event is a token that does nothing but schedule itself again at an
 * exponential interval, so the time is the schedule's alone. Two schedules are measured: MASON's own
 * {@code Schedule} (binary heap of key objects, stepped one time stamp at a time), and the district's
 * {@link EventSchedule} driven as {@code District.advanceToEnd} drives it. The model's events per second over
 * the latter is the share of its ceiling that the model keeps.
 */
public final class BareScheduleCeiling {
    private BareScheduleCeiling() {
    }

    /** Events per second of the bare schedules (MASON's, the district's), and the pending events they held. */
    public record Ceiling(double masonEventsPerSecond, double eventsPerSecond, int pending) {
        /** The model's throughput as a share of this ceiling. */
        public double share(double modelEventsPerSecond) {
            return modelEventsPerSecond / eventsPerSecond;
        }
    }

    /** A token that, when stepped, schedules itself again an exponential interval later. */
    private static final class Token implements Steppable {
        private static final long serialVersionUID = 1L;
        private final MersenneTwisterFast rng;
        private final double rate;

        Token(MersenneTwisterFast rng, double rate) {
            this.rng = rng;
            this.rate = rate;
        }

        @Override
        public void step(SimState state) {
            state.schedule.scheduleOnce(state.schedule.getTime() - Math.log(1 - rng.nextDouble()) / rate, 0, this);
        }
    }

    /** Ends the bare run. */
    private static final class EndOfRun implements Steppable {
        private static final long serialVersionUID = 1L;

        @Override
        public void step(SimState state) {
            state.kill();
        }
    }

    /** The median over {@code repeat} runs of {@code events} events over {@code days} with {@code pending} tokens. */
    public static Ceiling measure(long events, double days, int pending, int repeat) {
        double[] mason = new double[Math.max(1, repeat)];
        double[] district = new double[mason.length];
        for (int i = 0; i < mason.length; i++) {
            mason[i] = eventsPerSecond(events, days, pending, false);
            district[i] = eventsPerSecond(events, days, pending, true);
        }
        return new Ceiling(BatchThroughput.median(mason), BatchThroughput.median(district), Math.max(1, pending));
    }

    static double eventsPerSecond(long events, double days, int pending, boolean districtSchedule) {
        int tokens = Math.max(1, pending);
        SimState state = districtSchedule ? new SimState(1, new EventSchedule()) { } : new SimState(1);
        state.start();
        MersenneTwisterFast rng = new MersenneTwisterFast(2);
        double rate = events / days / tokens;
        for (int i = 0; i < tokens; i++) {
            state.schedule.scheduleOnce(-Math.log(1 - rng.nextDouble()) / rate, 0, new Token(rng, rate));
        }
        long t0 = System.nanoTime();
        if (districtSchedule) {
            // the run ends as a district's does, by an event that kills the schedule: here after about `events` events
            state.schedule.scheduleOnce(days, Integer.MAX_VALUE, new EndOfRun());
            ((EventSchedule) state.schedule).stepUntilDry(state);
        } else {
            long steps = 0;
            while (steps < events && state.schedule.step(state)) {
                steps++;
            }
        }
        long t1 = System.nanoTime();
        long steps = state.schedule.getSteps();
        state.finish();
        return steps / ((t1 - t0) / 1e9);
    }
}
