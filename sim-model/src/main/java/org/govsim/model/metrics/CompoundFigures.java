package org.govsim.model.metrics;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.govsim.model.world.Compound;

/**
 * The per-compound figures levers declare (scope COMPOUND; the core's own are {@link CompoundSummary}'s), each with
 * the lever's way of reading it. A figure whose lever is off reads 0, so every run has every figure and compounds
 * compare across scenarios.
 */
public final class CompoundFigures implements Serializable {
    private static final long serialVersionUID = 1L;

    private final Map<String, CompoundFigure> figures = new LinkedHashMap<>();
    private final List<MetricDef> declared;

    public CompoundFigures(MetricCatalog catalog) {
        List<MetricDef> core = CoreMetrics.compound();
        this.declared = catalog.of(MetricDef.Scope.COMPOUND).stream().filter(d -> !core.contains(d)).toList();
        for (MetricDef d : declared) {
            figures.put(d.column(), new CompoundFigure.Zero());
        }
    }

    /** The declared figures, in column order. */
    public List<MetricDef> declared() {
        return declared;
    }

    public void set(String column, CompoundFigure figure) {
        if (!figures.containsKey(column)) {
            throw new IllegalArgumentException("no compound figure '" + column + "' is declared");
        }
        figures.put(column, figure);
    }

    public double value(String column, Compound compound) {
        CompoundFigure f = figures.get(column);
        if (f == null) {
            throw new IllegalArgumentException("no compound figure '" + column + "' is declared");
        }
        return f.of(compound);
    }
}
