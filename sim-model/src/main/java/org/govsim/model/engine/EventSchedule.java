package org.govsim.model.engine;

import sim.engine.Schedule;
import sim.engine.SimState;
import sim.engine.Steppable;
import sim.util.Bag;
import sim.util.Heap;

/**
 * MASON's {@link Schedule} with the same API and the same rules, made cheap for a district's event traffic:
 * its pending events are held in an {@link EventQueue}, and one-shot events and steps take no schedule key.
 *
 * <p>The rules kept from MASON 18: a step advances time to the first pending event and runs every event at
 * that time, orderings in ascending order, each ordering's group shuffled with the model's generator when it
 * holds more than one event; an event scheduled at the current time runs just after it (the next
 * representable time); a time before the current one, before the epoch or NaN is an error; a sealed schedule
 * or a time at or after {@link #AFTER_SIMULATION} refuses the event. What differs: events of equal time and
 * ordering enter their shuffle in the queue's order (by slot) rather than in MASON's heap order, so at such
 * time stamps a run does not repeat, draw for draw, the same run on a stock Schedule; it repeats itself exactly.
 *
 * <p>Why: at Meilan's size a year is about a million events over ~19,000 pending ones. MASON's step allocates
 * a key per event, takes its lock three times and moves every event through two bags; most steps run a
 * single event, which here goes straight from the queue to its {@code step}.
 */
public final class EventSchedule extends Schedule {
    private static final long serialVersionUID = 1L;

    private final Bag simultaneous = new Bag();
    private final Bag group = new Bag();
    private boolean stepping;

    @Override
    protected Heap createHeap() {
        return new EventQueue();
    }

    private EventQueue events() {
        return (EventQueue) queue;
    }

    @Override
    public boolean scheduleOnce(double when, int ordering, Steppable event) {
        synchronized (lock) {
            double t = when;
            if (t == time && t != AFTER_SIMULATION) {
                // MASON's rule: an event for "now" runs at the next representable time, after the current step
                t = Math.nextUp(t);
            }
            if (sealed || t >= AFTER_SIMULATION) {
                return false;
            }
            if (t < EPOCH) {
                throw badTime(event, t, "is < EPOCH (" + EPOCH + ")");
            }
            if (Double.isNaN(t)) {
                throw badTime(event, t, "is NaN");
            }
            if (t < time) {
                throw badTime(event, t, "is less than the current time (" + time + ")");
            }
            if (event == null) {
                throw new IllegalArgumentException("The provided Steppable is null");
            }
            events().add(t, ordering, event);
            return true;
        }
    }

    /** MASON's wording, so that a refused time reads the same on either schedule. */
    private static IllegalArgumentException badTime(Steppable event, double t, String why) {
        return new IllegalArgumentException("For the Steppable...\n\n" + event + "\n\n...the time provided (" + t + ") " + why);
    }

    @Override
    public synchronized boolean step(SimState state) {
        enterStep();
        try {
            Steppable single;
            synchronized (lock) {
                if (!advanceTime()) {
                    return false;
                }
                single = takeDue(state);
            }
            try {
                run(single, state);
            } finally {
                synchronized (lock) {
                    steps++;
                }
            }
            return true;
        } finally {
            stepping = false;
        }
    }

    /**
     * Steps until nothing is pending (the run's last event clears the schedule): the same events in the same
     * order as calling {@link #step} in a loop, but the locks are taken once for the whole loop rather than
     * three times an event. Other threads that read the time or schedule events wait until it returns, so it
     * is for headless runs; the GUI steps one time stamp at a time.
     */
    public synchronized void stepUntilDry(SimState state) {
        enterStep();
        try {
            synchronized (lock) {
                while (advanceTime()) {
                    Steppable single = takeDue(state);
                    touchNext();
                    try {
                        run(single, state);
                    } finally {
                        steps++;
                    }
                }
            }
        } finally {
            stepping = false;
        }
    }

    /**
     * The current time, read without the lock: for the model's events, which run on the thread that steps
     * the schedule. Other threads use {@link #getTime()}.
     */
    public double now() {
        return time;
    }

    private void enterStep() {
        if (stepping) {
            throw new RuntimeException("Schedule.step() is not reentrant, yet is being called recursively.");
        }
        stepping = true;
    }

    /** Moves time to the first pending event; false (and time after the simulation) when there is none. */
    private boolean advanceTime() {
        EventQueue queue = events();
        if (time == AFTER_SIMULATION || queue.isEmpty()) {
            time = AFTER_SIMULATION;
            return false;
        }
        time = queue.firstTime();
        return true;
    }

    /**
     * Takes the events due now: the only one (the usual case: issue events are at continuous times), or null
     * after gathering several into {@code simultaneous}.
     */
    private Steppable takeDue(SimState state) {
        EventQueue queue = events();
        int ordering = queue.firstOrdering();
        Steppable first = (Steppable) queue.pollFirst();
        if (queue.isEmpty() || queue.firstTime() != time) {
            return first;
        }
        gatherSimultaneous(queue, first, ordering, state);
        return null;
    }

    private transient int touched;

    /**
     * Loads the header of the next pending event while this one runs. At L the ~17,000 pending events, with the
     * dead issues allocated between them, are megabytes: more than the core's own cache, so the first touch of
     * an event at its dispatch missed and stalled the step (the profile charged it to {@link #takeDue}). Issued
     * here, the miss overlaps the current event's work. The count exists only so that the load cannot be
     * optimised away; it is an int so that the touch pays no reference-store barrier.
     */
    private void touchNext() {
        EventQueue queue = events();
        if (!queue.isEmpty()) {
            touched += queue.peekFirst().getClass() == EventSchedule.class ? 1 : 0;
        }
    }

    private void run(Steppable single, SimState state) {
        if (single != null) {
            single.step(state);
        } else {
            runSimultaneous(state);
        }
    }

    /** Every event at the current time, by ordering, each ordering's group shuffled as MASON does. */
    private void gatherSimultaneous(EventQueue queue, Steppable first, int firstOrdering, SimState state) {
        group.add(first);
        int ordering = firstOrdering;
        while (!queue.isEmpty() && queue.firstTime() == time) {
            int next = queue.firstOrdering();
            if (next != ordering) {
                flushGroup(state);
                ordering = next;
            }
            group.add(queue.pollFirst());
        }
        flushGroup(state);
    }

    private void flushGroup(SimState state) {
        if (group.numObjs > 1) {
            group.shuffle(state.random);
        }
        simultaneous.addAll(group);
        group.clear();
    }

    private void runSimultaneous(SimState state) {
        try {
            for (int i = 0; i < simultaneous.numObjs; i++) {
                ((Steppable) simultaneous.objs[i]).step(state);
            }
        } finally {
            simultaneous.clear();
        }
    }

    /** How many events are pending (MASON's Schedule does not say). */
    public int pending() {
        synchronized (lock) {
            return queue.size();
        }
    }

    /** The time of a key made by a Schedule ({@code Schedule.Key} is visible only to subclasses). */
    static double timeOf(Comparable<?> key) {
        return ((Key) key).getTime();
    }

    static int orderingOf(Comparable<?> key) {
        return ((Key) key).getOrdering();
    }

    static Comparable<?> key(double time, int ordering) {
        return new Key(time, ordering);
    }
}
