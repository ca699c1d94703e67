package org.govsim.model.metrics;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every metric the model declares, in the order of the output columns: the core's, then each lever's. A column
 * is declared once per scope; a ratio's inputs must be counters declared before it.
 */
public final class MetricCatalog implements Serializable {
    private static final long serialVersionUID = 1L;

    private final List<MetricDef> all;
    private final Map<String, MetricDef> run = new LinkedHashMap<>();
    private final Map<String, MetricDef> month = new LinkedHashMap<>();
    private final Map<String, MetricDef> compound = new LinkedHashMap<>();

    public MetricCatalog(List<MetricDef> defs) {
        this.all = List.copyOf(defs);
        for (MetricDef d : defs) {
            Map<String, MetricDef> scope = byScope(d.scope());
            if (scope.put(d.column(), d) != null) {
                throw new IllegalArgumentException("metric " + d.column() + " is declared twice");
            }
            if (d.ratio() != null) {
                for (String input : List.of(d.ratio().numerator(), d.ratio().denominator())) {
                    MetricDef in = scope.get(input);
                    if (in == null || !in.isCounter()) {
                        throw new IllegalArgumentException(d.column() + " is a ratio of " + input + ", which is not a counter declared before it");
                    }
                }
            }
        }
    }

    private Map<String, MetricDef> byScope(MetricDef.Scope s) {
        return switch (s) {
            case RUN -> run;
            case MONTH -> month;
            case COMPOUND -> compound;
        };
    }

    /** Every declaration, in order. */
    public List<MetricDef> all() {
        return all;
    }

    /** The metrics of one scope, in column order. */
    public List<MetricDef> of(MetricDef.Scope scope) {
        return Collections.unmodifiableList(new ArrayList<>(byScope(scope).values()));
    }

    /** The columns of one scope, in order. */
    public List<String> columns(MetricDef.Scope scope) {
        return List.copyOf(byScope(scope).keySet());
    }

    /** A run metric (a runs.csv column) by name. */
    public Optional<MetricDef> find(String column) {
        return Optional.ofNullable(run.get(column));
    }

    /** A metric of the given scope by name. */
    public Optional<MetricDef> find(MetricDef.Scope scope, String column) {
        return Optional.ofNullable(byScope(scope).get(column));
    }

    /** The counters of runs.csv, in order. */
    public List<MetricDef> counters() {
        return run.values().stream().filter(MetricDef::isCounter).toList();
    }
}
