package org.govsim.model.param;

import java.io.Serializable;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.govsim.model.world.CaseCompound;

/**
 * An immutable, complete and checked assignment of a value to every parameter of a {@link ParamCatalog}.
 * Built once at the edge (scenario loading, tests); the model only reads it.
 */
public final class ParamValues implements Serializable {
    private static final long serialVersionUID = 1L;

    private final ParamCatalog catalog;
    private final Map<String, Object> values;
    private final List<CaseCompound> cases;

    private ParamValues(ParamCatalog catalog, Map<String, Object> values, List<CaseCompound> cases) {
        this.catalog = catalog;
        this.values = Collections.unmodifiableMap(values);
        this.cases = List.copyOf(cases);
    }

    /** Every parameter at its default. */
    public static ParamValues defaults(ParamCatalog catalog) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (ParamDef d : catalog.all()) {
            m.put(d.path(), d.defaultValue());
        }
        return new ParamValues(catalog, m, List.of());
    }

    /** A copy with these named case compounds (replacing any it had). */
    public ParamValues withCases(List<CaseCompound> newCases) {
        return new ParamValues(catalog, new LinkedHashMap<>(values), newCases);
    }

    /** The named case compounds, in the order the scenario gives them. */
    public List<CaseCompound> cases() {
        return cases;
    }

    /** A copy with one value changed; throws {@link IllegalArgumentException} naming the path if not allowed. */
    public ParamValues with(String path, Object value) {
        ParamDef def = catalog.require(path);
        Object v = (def.type() == ParamType.REAL && value instanceof Integer i) ? Double.valueOf(i) : value;
        String problem = def.check(v);
        if (problem != null) {
            throw new IllegalArgumentException(path + " " + problem);
        }
        Map<String, Object> m = new LinkedHashMap<>(values);
        m.put(path, v);
        return new ParamValues(catalog, m, cases);
    }

    public ParamValues withAll(Map<String, Object> changes) {
        ParamValues p = this;
        for (Map.Entry<String, Object> e : changes.entrySet()) {
            p = p.with(e.getKey(), e.getValue());
        }
        return p;
    }

    public ParamCatalog catalog() {
        return catalog;
    }

    public Object get(String path) {
        catalog.require(path);
        return values.get(path);
    }

    public double real(String path) {
        return (Double) get(path);
    }

    public int integer(String path) {
        return (Integer) get(path);
    }

    public boolean bool(String path) {
        return (Boolean) get(path);
    }

    public String choice(String path) {
        return (String) get(path);
    }

    public <E extends Enum<E>> E choice(String path, Class<E> type) {
        return Enum.valueOf(type, choice(path));
    }

    /** Values in declaration order (the order of {@link ParamCatalog#all()}). */
    public Map<String, Object> asMap() {
        return values;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ParamValues p && p.values.equals(values) && p.cases.equals(cases);
    }

    @Override
    public int hashCode() {
        return values.hashCode() * 31 + cases.hashCode();
    }
}
