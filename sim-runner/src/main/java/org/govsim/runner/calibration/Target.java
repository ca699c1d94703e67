package org.govsim.runner.calibration;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One observed figure the model should reproduce.
 *
 * @param name        what the figure is, unique within the calibration
 * @param metric      the runs.csv column (or, with {@code compound}, the compounds.csv column) that measures it
 * @param compound    the named compound it is measured in, or null for the whole district
 * @param perYear     scale a total over the observed window to one year (× 360 / run.days)
 * @param observation the observed value
 * @param relativeTo  parameter values of a reference run: the target is then the ratio of the metric to the metric
 *                    of that run on the same seeds (empty: the metric itself)
 * @param source      where the figure comes from (empty when not given)
 * @param lines       the line of each key as written ("" for the item itself), for messages; empty when not from a file
 */
public record Target(String name, String metric, String compound, boolean perYear, Observation observation,
                     Map<String, Object> relativeTo, String source, Map<String, Integer> lines) {

    public Target {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(observation, "observation");
        relativeTo = Collections.unmodifiableMap(new LinkedHashMap<>(relativeTo == null ? Map.of() : relativeTo));
        source = source == null ? "" : source;
        lines = Map.copyOf(lines == null ? Map.of() : lines);
    }

    /** A target of a test model: a name, the observation, nothing else. */
    public static Target of(String name, Observation observation) {
        return new Target(name, name, null, false, observation, Map.of(), "", Map.of());
    }

    public boolean relative() {
        return !relativeTo.isEmpty();
    }

    /** The line of a key of this target (the item's own line when the key was not written). */
    public int line(String key) {
        return lines.getOrDefault(key, lines.getOrDefault("", 0));
    }
}
