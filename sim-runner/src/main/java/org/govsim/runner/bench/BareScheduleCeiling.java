package org.govsim.runner.bench;

import ec.util.MersenneTwisterFast;
import java.util.Arrays;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * The ceiling that the model's own work is measured against: as many events as the model ran, pushed through
 * a bare MASON {@code Schedule} (a fresh {@code SimState}) that holds as many pending events as the model's
 * schedule held on average ({@link PendingEvents}). Each event is a token that does nothing but schedule
 * itself again at an exponential interval, so the time is the Schedule's alone: its binary heap, its keys
 * and the step loop. The model's events per second over this is the share of the ceiling the model keeps.
 */
public final class BareScheduleCeiling {
    private BareScheduleCeiling() {
    }

    /** Events per second of the bare schedule, and the pending events it held. */
    public record Ceiling(double eventsPerSecond, int pending) {
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

    /** The median over {@code repeat} runs of {@code events} events over {@code days} with {@code pending} tokens. */
    public static Ceiling measure(long events, double days, int pending, int repeat) {
        double[] rates = new double[Math.max(1, repeat)];
        for (int i = 0; i < rates.length; i++) {
            rates[i] = eventsPerSecond(events, days, pending);
        }
        Arrays.sort(rates);
        return new Ceiling(rates[(rates.length - 1) / 2], Math.max(1, pending));
    }

    static double eventsPerSecond(long events, double days, int pending) {
        int tokens = Math.max(1, pending);
        SimState state = new SimState(1);
        state.start();
        MersenneTwisterFast rng = new MersenneTwisterFast(2);
        double rate = events / days / tokens;
        for (int i = 0; i < tokens; i++) {
            state.schedule.scheduleOnce(-Math.log(1 - rng.nextDouble()) / rate, 0, new Token(rng, rate));
        }
        long steps = 0;
        long t0 = System.nanoTime();
        while (steps < events && state.schedule.step(state)) {
            steps++;
        }
        long t1 = System.nanoTime();
        state.finish();
        return steps / ((t1 - t0) / 1e9);
    }
}
