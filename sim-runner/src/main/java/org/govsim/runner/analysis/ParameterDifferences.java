package org.govsim.runner.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The parameters whose values differ between the scenarios compared: from each manifest's resolved parameters,
 * and from runs.csv's parameter columns (which a design may vary within a folder: then the values are listed).
 */
public final class ParameterDifferences {
    /** Shown where a scenario has no value for the parameter (no manifest). */
    public static final String UNKNOWN = "?";

    /**
     * One parameter that differs.
     *
     * @param path   the parameter path
     * @param values per scenario label, in the comparison's order: the value, or several joined by ", "
     */
    public record Row(String path, Map<String, String> values) {
    }

    private ParameterDifferences() {
    }

    public static List<Row> of(List<ScenarioResults> scenarios) {
        Set<String> paths = new LinkedHashSet<>();
        for (ScenarioResults s : scenarios) {
            paths.addAll(s.parameterColumns());
            s.manifest().ifPresent(m -> paths.addAll(m.parameters().keySet()));
        }
        List<Row> rows = new ArrayList<>();
        for (String path : paths) {
            Map<String, String> values = new LinkedHashMap<>();
            for (ScenarioResults s : scenarios) {
                Set<String> seen = new LinkedHashSet<>();
                for (ScenarioResults.Run r : s.runs()) {
                    seen.add(s.parameter(r, path).orElse(UNKNOWN));
                }
                values.put(s.label(), String.join(", ", seen));
            }
            boolean differs = new LinkedHashSet<>(values.values()).size() > 1 || values.values().stream().anyMatch(v -> v.contains(", "));
            if (differs) {
                rows.add(new Row(path, values));
            }
        }
        return rows;
    }
}
