package org.govsim.bench;

import ec.util.MersenneTwisterFast;
import java.util.concurrent.TimeUnit;
import org.govsim.model.engine.EventSchedule;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * A schedule alone: one event (step + reschedule) with as many pending as the model has at M and L, on MASON's
 * own Schedule and on the district's EventSchedule.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class ScheduleKernel {

    @Param({"2000", "20000"})
    int pending;

    @Param({"mason", "district"})
    String schedule;

    private SimState state;

    /** Reschedules itself at an exponential interval. */
    static final class Token implements Steppable {
        private static final long serialVersionUID = 1L;
        private final MersenneTwisterFast rng;

        Token(MersenneTwisterFast rng) {
            this.rng = rng;
        }

        @Override
        public void step(SimState s) {
            s.schedule.scheduleOnce(s.schedule.getTime() - Math.log(1 - rng.nextDouble()), 0, this);
        }
    }

    @Setup
    public void setUp() {
        state = "district".equals(schedule) ? new SimState(1, new EventSchedule()) { } : new SimState(1);
        state.start();
        MersenneTwisterFast rng = new MersenneTwisterFast(2);
        for (int i = 0; i < pending; i++) {
            state.schedule.scheduleOnce(-Math.log(1 - rng.nextDouble()), 0, new Token(rng));
        }
    }

    @Benchmark
    public boolean oneEvent() {
        return state.schedule.step(state);
    }
}
