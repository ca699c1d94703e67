package org.govsim.runner.calibration;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One observed figure the model should reproduce.
 *
 * @param name        what the figure is, unique within the calibration
 * @param metric      the runs.csv column (or, with {@code compound}, the compounds.csv column) that measures it; "a + b"
 *                    sums several columns of the same kind (a figure the article counts across what the model keeps apart)
 * @param compound    the named compound it is measured in, or null for the whole district
 * @param perYear     scale a total over the observed window to one year (× 360 / run.days)
 * @param observation the observed value
 * @param relativeTo  parameter values of a reference run: the target is then the ratio (or difference, by
 *                    {@code relation}) of the metric to the metric of that run on the same seeds (empty: the metric itself)
 * @param relation    how the metric meets the reference run's, when {@code relativeTo} is given
 * @param under       parameter values of the run the metric is read from instead of the scenario's own (same seeds;
 *                    empty: the scenario's run), e.g. the flat-contract collection rate of a district that links some fees
 * @param source      where the figure comes from (empty when not given)
 * @param lines       the line of each key as written ("" for the item itself), for messages; empty when not from a file
 * @param origin      the file and key the target was written at, for messages (null when not from a file)
 */
public record Target(String name, String metric, String compound, boolean perYear, Observation observation,
                     Map<String, Object> relativeTo, Relation relation, Map<String, Object> under, String source,
                     Map<String, Integer> lines, Origin origin) {

    /** Where a target was written: the file (a calibration file or a targets file it names) and the item's key there. */
    public record Origin(Path file, String key) {
    }

    /** How a target's metric meets the same metric of its reference run. */
    public enum Relation {
        /** metric ÷ the reference's (a relative change: 0.6 is "−40%") */
        RATIO,
        /** metric − the reference's (a change in the metric's own unit: a gap filled, in yuan) */
        DIFFERENCE;

        /** as written in a file */
        public String word() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public Target {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(observation, "observation");
        relativeTo = Collections.unmodifiableMap(new LinkedHashMap<>(relativeTo == null ? Map.of() : relativeTo));
        relation = relation == null ? Relation.RATIO : relation;
        under = Collections.unmodifiableMap(new LinkedHashMap<>(under == null ? Map.of() : under));
        if (!relativeTo.isEmpty() && !under.isEmpty()) {
            throw new IllegalArgumentException("a target is read either relative to a reference run or under other values, not both: " + name);
        }
        source = source == null ? "" : source;
        lines = Map.copyOf(lines == null ? Map.of() : lines);
    }

    /** A target read from the scenario's own run, or as a ratio to the reference run. */
    public Target(String name, String metric, String compound, boolean perYear, Observation observation, Map<String, Object> relativeTo,
                  String source, Map<String, Integer> lines) {
        this(name, metric, compound, perYear, observation, relativeTo, Relation.RATIO, Map.of(), source, lines, null);
    }

    /** A target of a test model: a name, the observation, nothing else. */
    public static Target of(String name, Observation observation) {
        return new Target(name, name, null, false, observation, Map.of(), "", Map.of());
    }

    public boolean relative() {
        return !relativeTo.isEmpty();
    }

    /** The columns whose sum is the figure (one for most targets). */
    public List<String> metrics() {
        return metrics(metric);
    }

    /** The columns of a metric as written: "a + b" is a and b. */
    static List<String> metrics(String metric) {
        return Arrays.stream(metric.split("\\+", -1)).map(String::trim).toList();
    }

    /** The parameter values of the other run the target needs (relative_to or under), empty when it needs none. */
    public Map<String, Object> reference() {
        return relative() ? relativeTo : under;
    }

    /** The line of a key of this target (the item's own line when the key was not written). */
    public int line(String key) {
        return lines.getOrDefault(key, lines.getOrDefault("", 0));
    }
}
