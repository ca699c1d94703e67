package org.govsim.runner.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The performance targets of size L, each with the measured figure and PASS or MISS. */
public final class Targets {
    private final List<String> lines = new ArrayList<>();

    public Targets check(String target, double measured, String unit, boolean pass) {
        lines.add(String.format(Locale.ROOT, "  %-4s %-52s measured %,.3f %s", pass ? "PASS" : "MISS", target, measured, unit));
        return this;
    }

    public List<String> lines() {
        return List.copyOf(lines);
    }

    public long misses() {
        return lines.stream().filter(l -> l.startsWith("  MISS")).count();
    }
}
