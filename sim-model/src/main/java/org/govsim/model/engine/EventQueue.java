package org.govsim.model.engine;

import java.util.Arrays;
import sim.util.Bag;
import sim.util.Heap;

/**
 * The pending events of a district, ordered by time, then ordering: a {@link PackedHeap} of primitive keys
 * over a slot table that holds the events themselves.
 *
 * <p>Why not MASON's {@link Heap}: it compares {@code Comparable} keys through a virtual call and a pointer
 * to a separate key object at every level of every sift, and moves two object references per level. A
 * Meilan-sized district has ~17,000 pending events, and each of its million events a year was sifted in and
 * out through them: a chain of cache misses, and every reference moved paid the collector's write barrier
 * (the profile put {@code Heap.heapify} first). Here the sifts move packed longs, four children to a cache
 * line, and an event's reference is written once when added and once when taken.
 *
 * <p>Events with the same time and ordering leave in an order fixed by the run's history (their slots), which
 * {@link EventSchedule} then shuffles with the district's generator, as MASON does with such groups.
 *
 * <p>{@link EventSchedule} uses the primitive methods ({@link #add(double, int, Object)}, {@link #firstTime},
 * {@link #pollFirst}); the {@link Heap} methods keep their contract for MASON's own callers, making schedule
 * keys on demand. Times must be finite and not negative, as on a MASON Schedule.
 */
public final class EventQueue extends Heap {
    private static final long serialVersionUID = 1L;
    private static final long SLOT_MASK = 0xFFFF_FFFFL;

    private final PackedHeap heap = new PackedHeap();

    private Object[] events = new Object[64];
    private int[] freeSlots = new int[64];
    private int freeCount;
    private int slotsUsed;

    /** Adds an event at a time (finite, ≥ 0) and ordering. */
    public void add(double time, int ordering, Object event) {
        double t = time + 0.0; // -0.0 would sort before every positive time as raw bits
        if (!(t >= 0) || t == Double.POSITIVE_INFINITY) {
            throw new IllegalArgumentException("event time must be finite and >= 0: " + time);
        }
        int slot = takeSlot();
        events[slot] = event;
        long tie = ((long) ordering << 32) | slot;
        heap.push(Double.doubleToRawLongBits(t), tie);
    }

    /** The time of the first event; only when not empty. */
    public double firstTime() {
        return Double.longBitsToDouble(heap.firstTime());
    }

    /** The ordering of the first event; only when not empty. */
    public int firstOrdering() {
        return (int) (heap.firstTie() >> 32);
    }

    /** Removes and returns the first event; only when not empty. */
    public Object pollFirst() {
        int slot = (int) (heap.firstTie() & SLOT_MASK);
        heap.removeFirst();
        Object event = events[slot];
        events[slot] = null;
        freeSlots[freeCount++] = slot;
        return event;
    }

    /** The first event, left in place; only when not empty. */
    public Object peekFirst() {
        return events[(int) (heap.firstTie() & SLOT_MASK)];
    }

    /** Adds an event under a key made by a {@code Schedule} (MASON's own scheduling methods come here). */
    @Override
    public void add(Object event, Comparable key) {
        add(EventSchedule.timeOf(key), EventSchedule.orderingOf(key), event);
    }

    @Override
    public Comparable getMinKey() {
        return isEmpty() ? null : EventSchedule.key(firstTime(), firstOrdering());
    }

    @Override
    public Object getMin() {
        if (isEmpty()) {
            return null;
        }
        return events[(int) (heap.firstTie() & SLOT_MASK)];
    }

    @Override
    public Object extractMin() {
        return isEmpty() ? null : pollFirst();
    }

    /** Removes the first event and every event with the same time and ordering. */
    @Override
    public Bag extractMin(Bag into) {
        Bag bag = into == null ? new Bag() : into;
        if (isEmpty()) {
            return bag;
        }
        double time = firstTime();
        int ordering = firstOrdering();
        do {
            bag.add(pollFirst());
        } while (!isEmpty() && firstTime() == time && firstOrdering() == ordering);
        return bag;
    }

    @Override
    public int size() {
        return heap.size();
    }

    @Override
    public boolean isEmpty() {
        return size() == 0;
    }

    @Override
    public void clear() {
        Arrays.fill(events, 0, slotsUsed, null);
        heap.clear();
        freeCount = 0;
        slotsUsed = 0;
    }

    /** The keys in no particular order, as {@link Heap#getKeys} gives them. */
    @Override
    public Comparable[] getKeys() {
        long[] all = allEntries();
        Comparable[] keys = new Comparable[all.length / 2];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = EventSchedule.key(Double.longBitsToDouble(all[2 * i]), (int) (all[2 * i + 1] >> 32));
        }
        return keys;
    }

    /** The events in the same order as {@link #getKeys}. */
    @Override
    public Object[] getObjects() {
        long[] all = allEntries();
        Object[] objects = new Object[all.length / 2];
        for (int i = 0; i < objects.length; i++) {
            objects[i] = events[(int) (all[2 * i + 1] & SLOT_MASK)];
        }
        return objects;
    }

    /** A new queue holding this queue's events and the other's; both stay as they were. */
    @Override
    public Heap merge(Heap other) {
        EventQueue merged = new EventQueue();
        for (Heap source : new Heap[] {this, other}) {
            Comparable[] keys = source.getKeys();
            Object[] objects = source.getObjects();
            for (int i = 0; i < keys.length; i++) {
                merged.add(objects[i], keys[i]);
            }
        }
        return merged;
    }

    private long[] allEntries() {
        long[] all = new long[2 * heap.size()];
        for (int i = 0; i < heap.size(); i++) {
            all[2 * i] = heap.timeAt(i);
            all[2 * i + 1] = heap.tieAt(i);
        }
        return all;
    }

    /** How many event slots the table holds (grown, never shrunk). */
    int slotCapacity() {
        return events.length;
    }

    private int takeSlot() {
        if (freeCount > 0) {
            return freeSlots[--freeCount];
        }
        if (slotsUsed == events.length) {
            events = Arrays.copyOf(events, events.length * 2);
            freeSlots = Arrays.copyOf(freeSlots, freeSlots.length * 2);
        }
        return slotsUsed++;
    }
}
