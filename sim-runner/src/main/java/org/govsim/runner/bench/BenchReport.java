package org.govsim.runner.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The bench's figures as text: the machine, then one table per section, then the targets with PASS or MISS. */
public final class BenchReport {
    private BenchReport() {
    }

    public static List<String> lines(BenchResults r) {
        List<String> out = new ArrayList<>();
        BenchSettings s = r.settings();
        MachineInfo m = r.machine();
        out.add(f("govsim bench: %d simulated year(s) per run, no burn-in, seed %d; warm = median of %d runs after %d warm-up "
                + "(more until they have lasted %.0f s); cold = first run in a fresh JVM", s.years(), s.seed(), s.repeat(), Math.max(1, s.warmup()),
                ModelTiming.MIN_WARMUP_SECONDS));
        out.add(f("machine: %d processors, %s, %.1f GiB; %s; heap %,d MiB at the start, %,d MiB max, MaxHeapFreeRatio %d%s; "
                + "load average %.2f at the start", m.processors(), m.cpuModel(), m.memoryBytes() / 1073741824.0, m.java(),
                m.initialHeapBytes() >> 20, m.maxHeapBytes() >> 20, m.maxHeapFreeRatio(),
                m.maxHeapFreeRatio() == 100 ? " (never shrunk)" : m.maxHeapFreeRatio() < 100 ? " (shrinks after full collections)" : "",
                m.loadAverage()));
        out.add("");
        section(out, speed(r));
        if (r.sizes().stream().anyMatch(sr -> !sr.cold().freshJvm())) {
            out.add("* no child JVM could be started: the first run in this JVM stands in for the cold run");
            out.add("");
        }
        section(out, ceiling(r));
        section(out, memory(r));
        r.batch().ifPresent(b -> section(out, new Table(f("batch: %d replications of L by ReplicationRunner (median of %d)", b.replications(),
                s.repeat()), "threads", "simulated years/hour", "efficiency")
                .row("1", f("%,.0f", b.oneThread()), "")
                .row("2", f("%,.0f", b.twoThreads()), f("%.2f", b.efficiency()))
                .row("machine", "arithmetic only, same measure", Double.isNaN(b.machineEfficiency()) ? "n/a" : f("%.2f", b.machineEfficiency()))));
        r.scaling().ifPresent(sc -> {
            Table t = new Table("scaling: run time, observed ratio (median of the rounds' ratios) against the linear (ideal) ratio", "comparison", "observed",
                    "ideal", "observed/ideal");
            for (ScalingRatios.Ratio ratio : List.of(sc.residents(), sc.years(), sc.issueRate())) {
                t.row(ratio.what(), f("%.2f", ratio.observed()), f("%.2f", ratio.ideal()), f("%.2f", ratio.normalised()));
            }
            section(out, t);
        });
        if (!r.targets().isEmpty()) {
            Table t = new Table("targets (size L, one thread, warm JVM):", "target", "measured", "", "").leftAligned(2, 3);
            for (Targets.Target target : r.targets()) {
                t.row(target.name(), target.measured(), target.verdict(), target.remark());
            }
            section(out, t);
            out.add(f("%d of %d targets met", r.targets().size() - Targets.misses(r.targets()), r.targets().size()));
        } else if (!s.fullSuite()) {
            out.add("(batch, scaling and targets need size L and no --quick)");
        }
        out.add(f("bench took %.0f s", r.wallSeconds()));
        return out;
    }

    static Table speed(BenchResults r) {
        Table t = new Table("speed (one thread):", "size", "residents", "households", "compounds", "build ms", "cold build ms",
                "s/year", "cold s/year", "spread", "events/s", "issues/s", "ns/event", "GC %");
        for (SizeResult sr : r.sizes()) {
            Timing w = sr.warm().median();
            Timing c = sr.cold().timing();
            t.row(sr.size().name(), f("%,d", w.residents()), f("%,d", w.households()), f("%,d", sr.compounds()), f("%.0f", w.buildMillis()),
                    f("%.0f", c.buildMillis()) + (sr.cold().freshJvm() ? "" : "*"), f("%.3f", w.secondsPerYear()),
                    f("%.3f", c.secondsPerYear()) + (sr.cold().freshJvm() ? "" : "*"), f("%.0f%%", 100 * sr.warm().spread()),
                    f("%,.0f", w.eventsPerSecond()), f("%,.0f", w.issuesPerSecond()), f("%.0f", w.nanosPerEvent()), f("%.1f", 100 * w.gcShare()));
        }
        return t;
    }

    static Table ceiling(BenchResults r) {
        Table t = new Table("bare schedule ceiling (the model's events through self-rescheduling tokens, same pending depth;"
                + " MASON's Schedule, and the district's EventSchedule the model runs on):",
                "size", "events", "pending mean", "pending end", "pending max", "model events/s", "bare MASON events/s",
                "bare district events/s", "model/bare district");
        for (SizeResult sr : r.sizes()) {
            Timing w = sr.warm().median();
            PendingEvents.Sample p = sr.pending();
            t.row(sr.size().name(), f("%,d", w.events()), p.known() ? f("%,.0f", p.mean()) : "n/a", p.known() ? f("%,d", p.atEnd()) : "n/a",
                    p.known() ? f("%,d", p.max()) : "n/a", f("%,.0f", w.eventsPerSecond()), f("%,.0f", sr.ceiling().masonEventsPerSecond()),
                    f("%,.0f", sr.ceiling().eventsPerSecond()), f("%.2f", sr.ceiling().share(w.eventsPerSecond())));
        }
        return t;
    }

    static Table memory(BenchResults r) {
        Table t = new Table("memory (retained heap after full GCs; B/live issue: backlog run minus normal run; whole run: end minus start):",
                "size", "district MiB", "B/resident", "live issues", "backlog live issues", "B/live issue", "whole run B/live issue");
        for (SizeResult sr : r.sizes()) {
            MemoryProbe.Memory m = sr.memory();
            t.row(sr.size().name(), f("%.1f", m.districtBytes() / 1048576.0), f("%.1f", m.bytesPerResident()), f("%,d", m.liveIssues()),
                    f("%,d", m.backlogLiveIssues()), Double.isNaN(m.bytesPerLiveIssue()) ? "n/a" : f("%.0f", m.bytesPerLiveIssue()),
                    Double.isNaN(m.grownBytesPerLiveIssue()) ? "n/a" : f("%.0f", m.grownBytesPerLiveIssue()));
        }
        return t;
    }

    private static void section(List<String> out, Table t) {
        out.addAll(t.lines());
        out.add("");
    }

    private static String f(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }
}
