package org.govsim.model.world;

import java.io.Serializable;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A compound a scenario names because the article reports figures of it (Junyuwan, Qiongyuan Plaza): its size and
 * kind, and what the levers are to do there (a hall, the reformed fee contract, advisors), each lever reading the
 * attributes it declares. The builder places it in the district, so compounds.csv has a row named for it.
 *
 * @param name       lower-case words joined by hyphens, e.g. {@code qiongyuan-plaza}
 * @param attributes levers' settings for this compound (1/0 for yes/no), by the key each lever declares
 */
public record CaseCompound(String name, int households, boolean old, Map<String, Double> attributes) implements Serializable {

    public CaseCompound {
        Objects.requireNonNull(name, "name");
        if (!name.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            throw new IllegalArgumentException("case name '" + name + "' must be lower-case words joined by hyphens");
        }
        if (households < 1) {
            throw new IllegalArgumentException("case " + name + ": households must be at least 1, got " + households);
        }
        attributes = Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
    }

    /** A lever's attribute for this compound, or NaN when the scenario leaves it to the lever's own rule. */
    public double attribute(String key) {
        Double v = attributes.get(key);
        return v == null ? Double.NaN : v;
    }
}
