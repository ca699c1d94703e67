package org.govsim.runner.bench;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The performance targets (size L, one thread, warm JVM, unless a target says otherwise), each with the
 * measured figure and PASS or MISS.
 */
public final class Targets {
    /** Tolerance of the linearity targets: within 15% of ideal. */
    public static final double LINEAR_TOLERANCE = 0.15;

    private Targets() {
    }

    /** One target: what it asks, what was measured, whether it was met, and a remark (e.g. the stretch goal). */
    public record Target(String name, String measured, boolean pass, String remark) {
        public String verdict() {
            return pass ? "PASS" : "MISS";
        }
    }

    /**
     * @param m size M's result when it was measured: the L/M target then notes how much dearer an event is for the
     *          bare event queue alone at L's pending depth than at M's, the part of the ratio that is the queue's
     */
    public static List<Target> of(SizeResult l, Optional<SizeResult> m, BatchThroughput.Throughput batch, ScalingRatios scaling) {
        Timing t = l.warm().median();
        double perYear = t.secondsPerYear();
        double perResident = l.memory().bytesPerResident();
        double eventsPerSecond = t.eventsPerSecond();
        return List.of(
                new Target("L: under 1 s per simulated year (stretch 0.3 s)", fmt("%.3f s", perYear), perYear < 1,
                        perYear < 0.3 ? "stretch PASS" : "stretch MISS"),
                new Target("L: under 128 bytes per resident", fmt("%.1f B", perResident), perResident < 128, ""),
                new Target("L: at least 2 million events per second", fmt("%,.0f events/s", eventsPerSecond), eventsPerSecond >= 2e6,
                        fmt("bare schedules: MASON %,.0f, district %,.0f", l.ceiling().masonEventsPerSecond(),
                                l.ceiling().eventsPerSecond())),
                new Target("batch efficiency on 2 cores at least 0.9", fmt("%.2f", batch.efficiency()), batch.efficiency() >= 0.9,
                        fmt("%d replications of L; the machine itself: %.2f", batch.replications(), batch.machineEfficiency())),
                new Target("cost linear in residents (L/M within 15%)", fmt("%.2f x ideal", scaling.residents().normalised()),
                        scaling.residents().linear(LINEAR_TOLERANCE),
                        m.map(mr -> fmt("bare EventSchedule alone: %.2f x the time per event at L's depth as at M's",
                                mr.ceiling().eventsPerSecond() / l.ceiling().eventsPerSecond())).orElse("")),
                new Target("cost linear in years (3 years/1 within 15%)", fmt("%.2f x ideal", scaling.years().normalised()),
                        scaling.years().linear(LINEAR_TOLERANCE), ""));
    }

    public static long misses(List<Target> targets) {
        return targets.stream().filter(t -> !t.pass()).count();
    }

    private static String fmt(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }
}
