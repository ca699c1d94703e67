package org.govsim.model.param;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A set of declared parameters, in declaration order. The model's own catalogue (the core's sections, then each
 * lever's) is assembled by {@code org.govsim.model.ModelCatalog}.
 */
public final class ParamCatalog implements Serializable {
    private static final long serialVersionUID = 1L;

    private final Map<String, ParamDef> byPath;

    public ParamCatalog(List<ParamDef> defs) {
        Map<String, ParamDef> m = new LinkedHashMap<>();
        for (ParamDef d : defs) {
            if (m.put(d.path(), d) != null) {
                throw new IllegalArgumentException("parameter declared twice: " + d.path());
            }
        }
        this.byPath = Collections.unmodifiableMap(m);
        for (String path : byPath.keySet()) {
            for (String other : byPath.keySet()) {
                if (other.startsWith(path + ".")) {
                    throw new IllegalArgumentException(path + " is both a parameter and a section (" + other + ")");
                }
            }
        }
    }

    public List<ParamDef> all() {
        return new ArrayList<>(byPath.values());
    }

    public Optional<ParamDef> find(String path) {
        return Optional.ofNullable(byPath.get(path));
    }

    public ParamDef require(String path) {
        ParamDef d = byPath.get(path);
        if (d == null) {
            throw new IllegalArgumentException("unknown parameter '" + path + "'" + suggestion(path));
        }
        return d;
    }

    /** True when {@code prefix} names a section (a path prefix) rather than a parameter. */
    public boolean isSection(String prefix) {
        String p = prefix + ".";
        for (String path : byPath.keySet()) {
            if (path.startsWith(p)) {
                return true;
            }
        }
        return false;
    }

    /** The keys allowed directly under a section ("" for the top level), in declaration order. */
    public List<String> childKeys(String section) {
        String p = section.isEmpty() ? "" : section + ".";
        List<String> keys = new ArrayList<>();
        for (String path : byPath.keySet()) {
            if (path.startsWith(p)) {
                String rest = path.substring(p.length());
                int dot = rest.indexOf('.');
                String key = dot < 0 ? rest : rest.substring(0, dot);
                if (!keys.contains(key)) {
                    keys.add(key);
                }
            }
        }
        return keys;
    }

    /** A "did you mean" hint for a misspelt path: the declared path closest in edit distance, if close. */
    public String suggestion(String path) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String p : byPath.keySet()) {
            int d = editDistance(path.toLowerCase(java.util.Locale.ROOT), p.toLowerCase(java.util.Locale.ROOT));
            if (d < bestDistance) {
                bestDistance = d;
                best = p;
            }
        }
        return (best != null && bestDistance <= Math.max(2, path.length() / 5)) ? " (did you mean '" + best + "'?)" : "";
    }

    /** Levenshtein distance between two strings. */
    public static int editDistance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
