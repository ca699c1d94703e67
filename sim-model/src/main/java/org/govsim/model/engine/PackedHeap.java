package org.govsim.model.engine;

import java.io.Serializable;
import java.util.Arrays;

/**
 * A 4-ary min-heap of packed entries, each two longs side by side: the time's bits (for times ≥ 0 their
 * order as signed longs is the times' order) and a tie-breaker (ordering in the high half, slot in the low
 * half). A node's four children are eight adjacent longs, one cache line, so a sift level costs one line.
 */
final class PackedHeap implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final int ARITY = 4;

    private long[] pairs = new long[2 * 64];
    private int size;

    int size() {
        return size;
    }

    long firstTime() {
        return pairs[0];
    }

    long firstTie() {
        return pairs[1];
    }

    long timeAt(int i) {
        return pairs[2 * i];
    }

    long tieAt(int i) {
        return pairs[2 * i + 1];
    }

    void push(long time, long tie) {
        ensureCapacity(size + 1);
        int hole = size++;
        while (hole > 0) {
            int parent = (hole - 1) / ARITY;
            long tp = pairs[2 * parent];
            if (time > tp || (time == tp && tie > pairs[2 * parent + 1])) {
                break;
            }
            pairs[2 * hole] = tp;
            pairs[2 * hole + 1] = pairs[2 * parent + 1];
            hole = parent;
        }
        pairs[2 * hole] = time;
        pairs[2 * hole + 1] = tie;
    }

    /** Removes the first entry (the caller has read it). */
    void removeFirst() {
        int last = --size;
        if (last > 0) {
            siftDown(0, pairs[2 * last], pairs[2 * last + 1]);
        }
    }

    void clear() {
        size = 0;
    }

    private void siftDown(int start, long time, long tie) {
        int hole = start;
        while (true) {
            int first = hole * ARITY + 1;
            if (first >= size) {
                break;
            }
            int end = Math.min(first + ARITY, size);
            int least = first;
            long tl = pairs[2 * first];
            long il = pairs[2 * first + 1];
            for (int c = first + 1; c < end; c++) {
                long tc = pairs[2 * c];
                if (tc < tl || (tc == tl && pairs[2 * c + 1] < il)) {
                    least = c;
                    tl = tc;
                    il = pairs[2 * c + 1];
                }
            }
            if (tl > time || (tl == time && il > tie)) {
                break;
            }
            pairs[2 * hole] = tl;
            pairs[2 * hole + 1] = il;
            hole = least;
        }
        pairs[2 * hole] = time;
        pairs[2 * hole + 1] = tie;
    }

    private void ensureCapacity(int entries) {
        if (2 * entries > pairs.length) {
            pairs = Arrays.copyOf(pairs, Math.max(2 * entries, 2 * pairs.length));
        }
    }
}
