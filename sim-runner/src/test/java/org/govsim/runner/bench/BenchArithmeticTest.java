package org.govsim.runner.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The bench's arithmetic on made-up timings (never a timing of its own). */
class BenchArithmeticTest {

    static Timing timing(double runSeconds, int years, long events, long issues, long residents) {
        return new Timing(40, runSeconds, years, events, issues, residents, (int) (residents / 2.8), 0.1);
    }

    @Test
    void timingDerivesRatesFromItsCounts() {
        Timing t = new Timing(40, 2.0, 2, 4_000_000, 1_000_000, 500_000, 180_000, 0.1);
        assertEquals(1.0, t.secondsPerYear());
        assertEquals(2_000_000, t.eventsPerSecond());
        assertEquals(500_000, t.issuesPerSecond());
        assertEquals(500, t.nanosPerEvent(), 1e-9);
        assertEquals(0.05, t.gcShare(), 1e-12);
    }

    @Test
    void timingSurvivesTheTripFromAChildJvm() {
        Timing t = new Timing(38.5, 0.765, 1, 975_338, 314_000, 522_272, 188_182, 0.022);
        assertEquals(t, Timing.fromLine(t.toLine()));
    }

    @Test
    void runsReportTheMedianAndTheSpread() {
        Runs runs = new Runs(List.of(timing(1.2, 1, 1, 1, 1), timing(0.8, 1, 1, 1, 1), timing(1.0, 1, 1, 1, 1)));
        assertEquals(1.0, runs.median().runSeconds());
        assertEquals(0.4, runs.spread(), 1e-12);
        // an even count takes the lower middle run
        assertEquals(0.8, new Runs(List.of(timing(1.2, 1, 1, 1, 1), timing(0.8, 1, 1, 1, 1))).median().runSeconds());
    }

    @Test
    void scalingIsObservedOverIdeal() {
        Timing m = timing(0.05, 1, 100_000, 30_000, 50_000);
        Timing l = timing(0.75, 1, 1_000_000, 300_000, 500_000);     // 15 x the time for 10 x the residents
        Timing three = timing(2.25, 3, 3_000_000, 900_000, 500_000); // 3 x the time for 3 x the years
        Timing doubled = timing(1.65, 1, 2_000_000, 600_000, 500_000); // 2.2 x the time for 2 x the issues
        ScalingRatios s = ScalingRatios.of(m, l, three, doubled);
        assertEquals(15, s.residents().observed(), 1e-9);
        assertEquals(10, s.residents().ideal(), 1e-9);
        assertEquals(1.5, s.residents().normalised(), 1e-9);
        assertFalse(s.residents().linear(0.15));
        assertEquals(1.0, s.years().normalised(), 1e-9);
        assertTrue(s.years().linear(0.15));
        assertEquals(1.1, s.issueRate().normalised(), 1e-9);
        assertTrue(new ScalingRatios.Ratio("", 1.14, 1).linear(0.15));
        assertTrue(new ScalingRatios.Ratio("", 0.86, 1).linear(0.15));
        assertFalse(new ScalingRatios.Ratio("", 1.16, 1).linear(0.15));
    }

    @Test
    void scalingPairsEachRoundThenTakesTheMedian() {
        // round 2 ran while the machine was busy for L only: its L/M ratio is off, the other two agree
        List<Timing> m = List.of(timing(0.05, 1, 100_000, 30_000, 50_000), timing(0.04, 1, 100_000, 30_000, 50_000),
                timing(0.06, 1, 100_000, 30_000, 50_000));
        List<Timing> l = List.of(timing(0.60, 1, 1_000_000, 300_000, 500_000), timing(0.80, 1, 1_000_000, 300_000, 500_000),
                timing(0.72, 1, 1_000_000, 300_000, 500_000));
        List<Timing> three = List.of(timing(1.80, 3, 3_000_000, 900_000, 500_000), timing(2.40, 3, 3_000_000, 900_000, 500_000),
                timing(2.16, 3, 3_000_000, 900_000, 500_000));
        List<Timing> doubled = List.of(timing(1.20, 1, 2_000_000, 600_000, 500_000), timing(1.60, 1, 2_000_000, 600_000, 500_000),
                timing(1.44, 1, 2_000_000, 600_000, 500_000));
        ScalingRatios s = ScalingRatios.paired(m, l, three, doubled);
        // per round L/M: 12, 20, 12 -> median 12 (the ratio of medians would be 0.72 / 0.05 = 14.4)
        assertEquals(12, s.residents().observed(), 1e-9);
        assertEquals(10, s.residents().ideal(), 1e-9);
        assertEquals(3, s.years().observed(), 1e-9);
        assertEquals(2, s.issueRate().observed(), 1e-9);
        assertThrows(IllegalArgumentException.class, () -> ScalingRatios.paired(m, l.subList(0, 2), three, doubled));
        assertThrows(IllegalArgumentException.class, () -> ScalingRatios.paired(List.of(), List.of(), List.of(), List.of()));
    }

    @Test
    void doubledRatesDoubleEveryIssueType() {
        var base = SizePreset.M.values(1);
        var doubled = ScalingRatios.doubledRates(base);
        for (var type : org.govsim.model.issue.IssueType.values()) {
            String path = "issues." + type.key() + ".ratePer1000HouseholdsMonth";
            assertEquals(Math.min(10_000, 2 * base.real(path)), doubled.real(path), 1e-12, path);
        }
    }

    @Test
    void efficiencyComparesTwoThreadsWithTwiceOne() {
        assertEquals(0.9, new BatchThroughput.Throughput(4, 1000, 1800).efficiency(), 1e-12);
        assertEquals(1.0, new BatchThroughput.Throughput(4, 1000, 2000).efficiency(), 1e-12);
        assertEquals(2.0, BatchThroughput.median(new double[] {3, 1, 2, 9}), 1e-12);
    }

    @Test
    void memoryDividesTheBacklogsExtraBytesByItsExtraIssues() {
        // 8 MB for 500,000 residents; the backlog run holds 10,000 more live issues in 2 MB more
        MemoryProbe.Memory m = new MemoryProbe.Memory(500_000, 8_000_000, 1_000_000, 5_000, 15_000, 2_000_000);
        assertEquals(16, m.bytesPerResident());
        assertEquals(200, m.bytesPerLiveIssue());
        assertEquals(200, m.grownBytesPerLiveIssue());
        assertTrue(Double.isNaN(new MemoryProbe.Memory(1, 1, 0, 10, 10, 0).bytesPerLiveIssue()));
    }

    @Test
    void memoryProbeObservesOnlyTheLastDayOfTheSameRun() {
        var v = MemoryProbe.observeLastDayOnly(SizePreset.S.values(2));
        assertEquals(719, v.integer("run.burnInDays"));
        assertEquals(1, v.integer("run.days"));
    }

    @Test
    void ceilingShareIsModelOverBare() {
        assertEquals(0.5, new BareScheduleCeiling.Ceiling(1_500_000, 2_000_000, 19_000).share(1_000_000), 1e-12);
    }

    @Test
    void sizesScaleCompoundsWithResidents() {
        assertEquals(800, SizePreset.L.compounds());
        assertEquals(80, SizePreset.M.compounds());
        assertEquals(2400, SizePreset.XL.compounds());
        assertEquals(360 * 3, SizePreset.S.values(3).integer("run.days"));
        assertEquals(0, SizePreset.S.values(3).integer("run.burnInDays"));
    }
}
