package org.govsim.runner.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The bench's arithmetic on made-up timings (never a timing of its own). */
class BenchArithmeticTest {

    @Test
    void timingDerivesRatesFromItsCounts() {
        Timing t = new Timing(40, 2.0, 2, 4_000_000, 1_000_000, 500_000, 180_000, 19_000, 0.1);
        assertEquals(1.0, t.secondsPerYear());
        assertEquals(2_000_000, t.eventsPerSecond());
        assertEquals(500, t.nanosPerEvent(), 1e-9);
        assertEquals(0.05, t.gcShare(), 1e-12);
    }

    @Test
    void scalingIsObservedOverIdeal() {
        // ten times the residents at ten times the cost is linear; at fifteen times it is 1.5 x ideal
        assertEquals(1.0, Scaling.ratio(10, 1, 10), 1e-12);
        assertEquals(1.5, Scaling.ratio(15, 1, 10), 1e-12);
        assertTrue(Scaling.linear(1.14, 0.15));
        assertFalse(Scaling.linear(1.16, 0.15));
        assertTrue(Scaling.linear(0.86, 0.15));
    }

    @Test
    void efficiencyComparesTwoThreadsWithTwiceOne() {
        assertEquals(0.9, new BatchThroughput.Throughput(1000, 1800).efficiency(), 1e-12);
        assertEquals(1.0, new BatchThroughput.Throughput(1000, 2000).efficiency(), 1e-12);
    }

    @Test
    void memoryPerUnit() {
        MemoryProbe.Memory m = new MemoryProbe.Memory(500_000, 8_000_000, 10_000, 2_000_000);
        assertEquals(16, m.bytesPerResident());
        assertEquals(200, m.bytesPerLiveIssue());
        assertTrue(Double.isNaN(new MemoryProbe.Memory(1, 1, 0, 0).bytesPerLiveIssue()));
    }

    @Test
    void targetsCountTheirMisses() {
        Targets t = new Targets().check("a", 1, "s", true).check("b", 2, "s", false);
        assertEquals(1, t.misses());
        assertTrue(t.lines().get(0).startsWith("  PASS"));
        assertTrue(t.lines().get(1).startsWith("  MISS"));
    }

    @Test
    void sizesScaleCompoundsWithResidents() {
        assertEquals(800, SizePreset.L.compounds());
        assertEquals(80, SizePreset.M.compounds());
        assertEquals(2400, SizePreset.XL.compounds());
        assertEquals(360 * 3, SizePreset.S.values(3).integer("run.days"));
    }
}
