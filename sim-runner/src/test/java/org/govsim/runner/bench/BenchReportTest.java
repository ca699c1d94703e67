package org.govsim.runner.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The report and the targets from made-up figures: what is printed, and which targets pass. */
class BenchReportTest {

    private static SizeResult size(SizePreset preset, double runSeconds, long events, long residents, double bytesPerResident,
                                   double bareEventsPerSecond) {
        Timing t = new Timing(30, runSeconds, 1, events, events / 3, residents, (int) (residents / 2.8), runSeconds / 50);
        return new SizeResult(preset, preset.compounds(), new ColdStart.Cold(t, true), new Runs(List.of(t)),
                new PendingEvents.Sample(15_000, 19_000, 19_500), new BareScheduleCeiling.Ceiling(1_800_000, bareEventsPerSecond, 15_000),
                new MemoryProbe.Memory(residents, (long) (bytesPerResident * residents), 3_800_000, 19_000, 59_000, 8_000_000));
    }

    private static BenchResults results(double lSeconds, double efficiency) {
        SizeResult m = size(SizePreset.M, 0.05, 100_000, 50_000, 17, 3_000_000);
        SizeResult l = size(SizePreset.L, lSeconds, 1_000_000, 500_000, 16, 2_500_000);
        Timing lt = l.warm().median();
        ScalingRatios scaling = ScalingRatios.of(m.warm().median(), lt,
                new Timing(30, 3 * lSeconds, 3, 3_000_000, 1_000_000, 500_000, 178_571, 0), new Timing(30, 2 * lSeconds, 1, 2_000_000, 666_666,
                        500_000, 178_571, 0));
        BatchThroughput.Throughput batch = new BatchThroughput.Throughput(4, 3000, 6000 * efficiency);
        BenchSettings settings = new BenchSettings(List.of(SizePreset.M, SizePreset.L), 1, 2, 3, 1, false, 4);
        return new BenchResults(new MachineInfo(2, "Test CPU", 24L << 30, "Test VM 17", 380L << 20, 6L << 30, 100, 0.5), settings, List.of(m, l),
                Optional.of(batch), Optional.of(scaling), Targets.of(l, Optional.of(m), batch, scaling), 42);
    }

    private static BenchResults r(double lSeconds) {
        return results(lSeconds, 0.8);
    }

    @Test
    void targetsPassAndMissOnTheFiguresGiven() {
        BenchResults r = results(0.5, 0.95);
        List<Targets.Target> t = r.targets();
        assertEquals(6, t.size());
        assertTrue(t.get(0).pass(), "0.5 s per year is under 1 s");
        assertEquals("stretch MISS", t.get(0).remark());
        assertTrue(t.get(1).pass(), "16 B per resident is under 128");
        assertTrue(t.get(2).pass(), "1,000,000 events in 0.5 s is 2 million per second");
        assertTrue(t.get(3).pass(), "efficiency 0.95");
        assertTrue(t.get(4).pass(), "L/M: 0.5 s over 0.05 s is 10 x the time for 10 x the residents");
        assertTrue(t.get(5).pass(), "3 years take 3 x one year");
        assertEquals(0, Targets.misses(t));
    }

    @Test
    void slowerFiguresMiss() {
        List<Targets.Target> t = results(1.5, 0.8).targets();
        assertFalse(t.get(0).pass());
        assertFalse(t.get(2).pass());
        assertFalse(t.get(3).pass());
        assertFalse(t.get(4).pass(), "1.5 s over 0.05 s is 30 x the time for 10 x the residents");
        assertEquals(3.0, r(1.5).scaling().orElseThrow().residents().normalised(), 1e-9);
        assertEquals(4, Targets.misses(t));
    }

    @Test
    void reportHasOneTablePerSectionAndTheTargets() {
        List<String> lines = BenchReport.lines(results(0.5, 0.95));
        String text = String.join("\n", lines);
        for (String heading : List.of("speed (one thread):", "bare schedule ceiling", "memory (retained heap", "batch: 4 replications of L",
                "scaling:", "targets (size L")) {
            assertTrue(text.contains(heading), heading);
        }
        assertTrue(text.contains("machine: 2 processors, Test CPU, 24.0 GiB"));
        // the model's 2,000,000 events/s over the bare district schedule's 2,500,000 at L
        assertTrue(lines.stream().anyMatch(l -> l.matches("  L +1,000,000 .* 2,500,000 +0\\.80")), text);
        assertTrue(lines.stream().anyMatch(l -> l.contains("batch efficiency") && l.contains("PASS")));
        // the bare queue ran 3,000,000 events/s at M's depth and 2,500,000 at L's: 1.2 x the time per event
        assertTrue(lines.stream().anyMatch(l -> l.contains("L/M within 15%") && l.contains("bare EventSchedule alone: 1.20 x")), text);
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("  2 ") && l.endsWith("0.95")), "the 2-thread row shows the efficiency");
    }

    @Test
    void tableAlignsColumnsAndChecksRowWidth() {
        Table t = new Table("t", "name", "value").row("a", "1").row("longer", "1,000");
        assertEquals(List.of("t", "  name    value", "  a           1", "  longer  1,000"), t.lines());
        assertThrows(IllegalArgumentException.class, () -> t.row("only one"));
        assertEquals("  a     1", new Table("t", "name", "value").leftAligned(1).row("a", "1").lines().get(2));
    }
}
