package org.govsim.model.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ec.util.MersenneTwisterFast;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import sim.engine.Schedule;
import sim.engine.SimState;
import sim.engine.Steppable;

/** The district's schedule keeps MASON's rules: the same run as a stock Schedule where no two events tie. */
class EventScheduleTest {

    /** A model of tokens that each log their firing and reschedule themselves at a random later time. */
    static final class Tokens extends SimState {
        private static final long serialVersionUID = 1L;
        final List<String> log = new ArrayList<>();
        private final boolean ties;

        Tokens(long seed, Schedule schedule, boolean ties) {
            super(seed, schedule);
            this.ties = ties;
        }

        @Override
        public void start() {
            super.start();
            random = new MersenneTwisterFast(seed());
            for (int i = 0; i < 300; i++) {
                Token token = new Token(i, seed());
                schedule.scheduleOnce(token.delay(ties), i % 3, token);
            }
        }
    }

    /**
     * Draws its delays from a generator of its own, so that the events of a time stamp and what they schedule
     * do not depend on the order in which they run (the schedule's shuffle uses the model's generator).
     */
    static final class Token implements Steppable {
        private static final long serialVersionUID = 1L;
        final int id;
        private final MersenneTwisterFast rng;

        Token(int id, long seed) {
            this.id = id;
            this.rng = new MersenneTwisterFast(seed * 1_000 + id);
        }

        double delay(boolean ties) {
            // with ties: whole days, so many tokens share a time; without: continuous times
            return ties ? 1 + rng.nextInt(20) : rng.nextDouble() * 20;
        }

        @Override
        public void step(SimState state) {
            Tokens t = (Tokens) state;
            t.log.add(id + "@" + state.schedule.getTime());
            state.schedule.scheduleOnce(state.schedule.getTime() + delay(t.ties), id % 3, this);
        }
    }

    private static List<String> run(Schedule schedule, boolean ties, int steps) {
        Tokens model = new Tokens(11, schedule, ties);
        model.start();
        for (int i = 0; i < steps; i++) {
            assertTrue(model.schedule.step(model));
        }
        return model.log;
    }

    @Test
    void withoutTiesTheRunIsMasonsRunEventForEvent() {
        List<String> mason = run(new Schedule(), false, 50_000);
        List<String> ours = run(new EventSchedule(), false, 50_000);
        assertEquals(mason, ours);
    }

    /**
     * With ties the order inside a time stamp may differ from MASON's (another shuffle input), but each time
     * stamp runs the same events, orderings ascending, and the schedule counts one step per time stamp.
     */
    @Test
    void withTiesEachTimeStampRunsTheSameEventsByOrdering() {
        Tokens mason = new Tokens(5, new Schedule(), true);
        Tokens ours = new Tokens(5, new EventSchedule(), true);
        mason.start();
        ours.start();
        for (int step = 0; step < 30; step++) {
            mason.log.clear();
            ours.log.clear();
            mason.schedule.step(mason);
            ours.schedule.step(ours);
            assertEquals(mason.schedule.getTime(), ours.schedule.getTime());
            assertEquals(sorted(mason.log), sorted(ours.log));
            assertTrue(ours.log.size() > 1, "whole-day delays make tokens share time stamps");
            assertOrderingsAscend(ours.log);
        }
        assertEquals(30, ours.schedule.getSteps());
    }

    private static List<String> sorted(List<String> log) {
        List<String> copy = new ArrayList<>(log);
        copy.sort(null);
        return copy;
    }

    private static void assertOrderingsAscend(List<String> log) {
        int last = Integer.MIN_VALUE;
        for (String entry : log) {
            int ordering = Integer.parseInt(entry.substring(0, entry.indexOf('@'))) % 3;
            assertTrue(ordering >= last, "orderings must ascend within a time stamp: " + log);
            last = ordering;
        }
    }

    /** A run ends the MASON way, as a district's does: an event at day 200 kills the schedule. */
    private static void endAt(SimState state, double day) {
        state.schedule.scheduleOnce(day, 9, s -> s.kill());
    }

    @Test
    void stepUntilDryIsALoopOfSteps() {
        Tokens stepped = new Tokens(3, new EventSchedule(), true);
        stepped.start();
        endAt(stepped, 200);
        while (stepped.schedule.step(stepped)) {
            // one time stamp at a time
        }
        EventSchedule schedule = new EventSchedule();
        Tokens looped = new Tokens(3, schedule, true);
        looped.start();
        endAt(looped, 200);
        schedule.stepUntilDry(looped);
        assertTrue(looped.log.size() > 1000, "the tokens ran: " + looped.log.size());
        assertEquals(stepped.log, looped.log);
        assertEquals(stepped.schedule.getSteps(), looped.schedule.getSteps());
        assertEquals(Schedule.AFTER_SIMULATION, schedule.now());
        assertTrue(schedule.isSealed());
    }

    @Test
    void anEventForNowRunsJustAfterIt() {
        EventSchedule schedule = new EventSchedule();
        SimState state = new SimState(1, schedule) { };
        List<Double> times = new ArrayList<>();
        schedule.scheduleOnce(4.0, 0, s -> {
            times.add(s.schedule.getTime());
            s.schedule.scheduleOnce(s.schedule.getTime(), 0, s2 -> times.add(s2.schedule.getTime()));
        });
        schedule.step(state);
        schedule.step(state);
        assertEquals(List.of(4.0, Math.nextUp(4.0)), times);
        assertEquals(2, schedule.getSteps());
        assertFalse(schedule.step(state), "nothing left");
        assertEquals(Schedule.AFTER_SIMULATION, schedule.getTime());
    }

    @Test
    void refusesWhatMasonRefuses() {
        EventSchedule schedule = new EventSchedule();
        SimState state = new SimState(1, schedule) { };
        Steppable nothing = s -> { };
        schedule.scheduleOnce(10.0, 0, nothing);
        schedule.step(state);
        assertThrows(IllegalArgumentException.class, () -> schedule.scheduleOnce(9.0, 0, nothing));
        assertThrows(IllegalArgumentException.class, () -> schedule.scheduleOnce(Double.NaN, 0, nothing));
        assertThrows(IllegalArgumentException.class, () -> schedule.scheduleOnce(11.0, 0, null));
        assertFalse(schedule.scheduleOnce(Schedule.AFTER_SIMULATION, 0, nothing));
        schedule.seal();
        assertFalse(schedule.scheduleOnce(12.0, 0, nothing));
        assertEquals(0, schedule.pending());
    }

    @Test
    void repeatingEventsAndResetBehaveAsInMason() {
        EventSchedule schedule = new EventSchedule();
        SimState state = new SimState(1, schedule) { };
        List<Double> times = new ArrayList<>();
        schedule.scheduleRepeating(0.5, 1, s -> times.add(s.schedule.getTime()), 2.0);
        for (int i = 0; i < 3; i++) {
            schedule.step(state);
        }
        assertEquals(List.of(0.5, 2.5, 4.5), times);
        schedule.reset();
        assertEquals(0, schedule.pending());
        assertEquals(Schedule.BEFORE_SIMULATION, schedule.getTime());
    }

    @Test
    void aCheckpointContinuesTheSameRun() throws Exception {
        Tokens whole = new Tokens(8, new EventSchedule(), true);
        whole.start();
        for (int i = 0; i < 400; i++) {
            whole.schedule.step(whole);
        }
        Tokens half = new Tokens(8, new EventSchedule(), true);
        half.start();
        for (int i = 0; i < 200; i++) {
            half.schedule.step(half);
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(half);
        }
        Tokens restored;
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            restored = (Tokens) in.readObject();
        }
        for (int i = 0; i < 200; i++) {
            restored.schedule.step(restored);
        }
        assertEquals(whole.log, restored.log);
    }
}
