package org.govsim.model.engine;

import java.io.Serializable;
import sim.engine.Schedule;
import sim.engine.SimState;

/**
 * The schedule a district runs on, as a part that can be swapped: MASON's own {@link Schedule} or the
 * {@link EventSchedule} built for a district's event traffic. A run ends the MASON way (the last event clears
 * and seals the schedule), so a headless run steps until the schedule runs dry and the GUI's Console stops by
 * itself. The two differ only in how events that share a time stamp and ordering are shuffled, so a seed's
 * runs agree in distribution, not draw for draw.
 */
public abstract class Engine implements Serializable {
    private static final long serialVersionUID = 1L;

    /** The schedule to build the SimState on. */
    public abstract Schedule schedule();

    /** Steps the schedule until nothing is pending. */
    public abstract void runToEnd(SimState state);

    /** The current day, for events running on the thread that steps the schedule. */
    public abstract double now();

    /** The default: {@link EventSchedule}. */
    public static Engine events() {
        return new EventEngine();
    }

    /** MASON's stock {@link Schedule}, step by step. */
    public static Engine mason() {
        return new MasonEngine();
    }

    private static final class EventEngine extends Engine {
        private static final long serialVersionUID = 1L;
        private final EventSchedule schedule = new EventSchedule();

        @Override
        public Schedule schedule() {
            return schedule;
        }

        @Override
        public void runToEnd(SimState state) {
            schedule.stepUntilDry(state);
        }

        @Override
        public double now() {
            return schedule.now();
        }
    }

    private static final class MasonEngine extends Engine {
        private static final long serialVersionUID = 1L;
        private final Schedule schedule = new Schedule();

        @Override
        public Schedule schedule() {
            return schedule;
        }

        @Override
        public void runToEnd(SimState state) {
            while (schedule.step(state)) {
                // each step runs one time stamp's events
            }
        }

        @Override
        public double now() {
            return schedule.getTime();
        }
    }
}
