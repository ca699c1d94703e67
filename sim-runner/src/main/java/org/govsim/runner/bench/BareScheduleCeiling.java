package org.govsim.runner.bench;

import ec.util.MersenneTwisterFast;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * The ceiling the model's own work is measured against: the same number of events pushed through a bare
 * MASON Schedule holding the same number of pending events, each event doing nothing but reschedule itself
 * at an exponential interval. What the model adds per event is the difference.
 */
public final class BareScheduleCeiling {
    private BareScheduleCeiling() {
    }

    /** A token that, when stepped, schedules itself again. */
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

    /** Events per second of a bare schedule running {@code events} events over a year with {@code pending} in flight. */
    public static double eventsPerSecond(long events, int pending) {
        int tokens = Math.max(1, pending);
        SimState state = new SimState(1);
        state.start();
        MersenneTwisterFast rng = new MersenneTwisterFast(2);
        double rate = events / 360.0 / tokens;
        for (int i = 0; i < tokens; i++) {
            Token t = new Token(rng, rate);
            state.schedule.scheduleOnce(-Math.log(1 - rng.nextDouble()) / rate, 0, t);
        }
        long steps = 0;
        long t0 = System.nanoTime();
        while (steps < events && state.schedule.step(state)) {
            steps++;
        }
        long t1 = System.nanoTime();
        return steps / ((t1 - t0) / 1e9);
    }
}
