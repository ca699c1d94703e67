package org.govsim.model.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ec.util.MersenneTwisterFast;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Set;
import org.junit.jupiter.api.Test;
import sim.engine.Schedule;
import sim.util.Bag;
import sim.util.Heap;

/** The queue against a reference priority queue, and the parts of MASON's Heap contract it keeps. */
class EventQueueTest {

    private record Entry(double time, int ordering, long id) {
    }

    private static final Comparator<Entry> ORDER = Comparator.comparingDouble(Entry::time)
            .thenComparingInt(Entry::ordering).thenComparingLong(Entry::id);

    /**
     * 200,000 random adds and polls (times on a coarse grid so that equal keys are common, orderings from -3 to
     * 3, depths up to several thousand): every poll returns an event of the reference's first key, and each
     * group of equal keys comes out as the same set of events.
     */
    @Test
    void pollsInKeyOrderAgainstAReference() {
        MersenneTwisterFast rng = new MersenneTwisterFast(7);
        EventQueue queue = new EventQueue();
        PriorityQueue<Entry> reference = new PriorityQueue<>(ORDER);
        double now = 0;
        long next = 0;
        for (int op = 0; op < 200_000; op++) {
            boolean add = reference.isEmpty() || rng.nextDouble() < (op < 100_000 ? 0.55 : 0.45);
            if (add) {
                double time = now + Math.floor(rng.nextDouble() * 400) / 4.0;
                Entry e = new Entry(time, rng.nextInt(7) - 3, next++);
                queue.add(e.time(), e.ordering(), e);
                reference.add(e);
            } else {
                Entry head = reference.peek();
                assertEquals(head.time(), queue.firstTime());
                assertEquals(head.ordering(), queue.firstOrdering());
                // equal keys may leave in another order: take the whole group from both and compare as sets
                Set<Entry> expected = new HashSet<>();
                while (!reference.isEmpty() && ORDER.compare(withId(reference.peek(), 0), withId(head, 0)) == 0) {
                    expected.add(reference.poll());
                }
                Set<Entry> actual = new HashSet<>();
                for (int i = 0; i < expected.size(); i++) {
                    Object peeked = queue.peekFirst();
                    assertSame(peeked, queue.pollFirst(), "peekFirst must show the event pollFirst takes");
                    actual.add((Entry) peeked);
                }
                assertEquals(expected, actual);
                now = head.time();
            }
            assertEquals(reference.size(), queue.size());
        }
    }

    private static Entry withId(Entry e, long id) {
        return new Entry(e.time(), e.ordering(), id);
    }

    @Test
    void extractMinTakesTheWholeGroupOfTheFirstKeyOnly() {
        EventQueue queue = new EventQueue();
        queue.add(2.0, 1, "c");
        queue.add(2.0, 0, "a");
        queue.add(2.0, 0, "b");
        queue.add(3.0, 0, "d");
        Bag first = queue.extractMin(new Bag());
        assertEquals(2, first.numObjs);
        assertEquals(Set.of("a", "b"), Set.of(first.objs[0], first.objs[1]));
        assertEquals("c", queue.extractMin());
        assertEquals("d", queue.getMin());
        Comparable<?> key = queue.getMinKey();
        assertEquals(3.0, EventSchedule.timeOf(key));
        assertEquals(0, EventSchedule.orderingOf(key));
        queue.clear();
        assertTrue(queue.isEmpty());
        assertNull(queue.getMinKey());
        assertNull(queue.extractMin());
        assertEquals(0, queue.extractMin((Bag) null).numObjs);
    }

    @Test
    void mergeHoldsBothQueuesAndLeavesThemAlone() {
        EventQueue a = new EventQueue();
        a.add(1.0, 0, "a1");
        a.add(5.0, 0, "a5");
        Heap b = new Heap();
        b.add("b3", EventSchedule.key(3.0, 0));
        Heap merged = a.merge(b);
        assertEquals(3, merged.size());
        assertEquals(2, a.size());
        List<Object> order = new ArrayList<>();
        while (!merged.isEmpty()) {
            order.add(merged.extractMin());
        }
        assertEquals(List.of("a1", "b3", "a5"), order);
        assertEquals(Set.of("a1", "a5"), new HashSet<>(List.of(a.getObjects())));
        assertEquals(2, a.getKeys().length);
    }

    @Test
    void refusesTimesASortOnBitsCannotOrder() {
        EventQueue queue = new EventQueue();
        assertThrows(IllegalArgumentException.class, () -> queue.add(-1.0, 0, "x"));
        assertThrows(IllegalArgumentException.class, () -> queue.add(Double.NaN, 0, "x"));
        assertThrows(IllegalArgumentException.class, () -> queue.add(Double.POSITIVE_INFINITY, 0, "x"));
        queue.add(-0.0, 0, "zero");
        queue.add(Double.MIN_VALUE, 0, "tiny");
        assertEquals("zero", queue.pollFirst(), "-0.0 must sort as 0, not before every time");
    }

    @Test
    void slotsAreReusedSoTheTableDoesNotGrowWithTheRun() {
        EventQueue queue = new EventQueue();
        for (int i = 0; i < 1_000_000; i++) {
            queue.add(i, 0, Schedule.class);
            queue.pollFirst();
        }
        assertTrue(queue.isEmpty());
        assertEquals(64, queue.slotCapacity(), "one event at a time never needs more than the first table");
    }
}
