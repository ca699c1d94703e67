package org.govsim.runner.bench;

import java.util.Comparator;
import java.util.List;

/**
 * Repeated timings of one configuration. The bench reports the median run (by run time; the lower middle one
 * for an even count), since the machine is shared and a mean would follow the slowest, disturbed run.
 */
public record Runs(List<Timing> timings) {

    public Runs {
        if (timings.isEmpty()) {
            throw new IllegalArgumentException("at least one timing is needed");
        }
        timings = List.copyOf(timings);
    }

    public Timing median() {
        List<Timing> sorted = timings.stream().sorted(Comparator.comparingDouble(Timing::runSeconds)).toList();
        return sorted.get((sorted.size() - 1) / 2);
    }

    /** (slowest − fastest) ÷ median run time: how much the repeats disagree. */
    public double spread() {
        double min = timings.stream().mapToDouble(Timing::runSeconds).min().orElseThrow();
        double max = timings.stream().mapToDouble(Timing::runSeconds).max().orElseThrow();
        return (max - min) / median().runSeconds();
    }
}
