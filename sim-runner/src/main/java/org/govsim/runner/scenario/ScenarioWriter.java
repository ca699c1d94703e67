package org.govsim.runner.scenario;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.govsim.model.param.ParamCatalog;
import org.govsim.model.param.ParamDef;
import org.govsim.model.param.ParamValues;
import org.govsim.model.world.CaseCompound;

/**
 * Renders parameter values as a scenario file, nested by section in declaration order. Written by hand rather
 * than through a YAML emitter so the layout is fixed and diffs between two runs' resolved scenarios stay small;
 * {@link ScenarioLoader} reads the output back to equal values.
 */
public final class ScenarioWriter {
    private static final String INDENT = "  ";
    /** Text YAML reads back as the same text when unquoted: no number, boolean, null or indicator look-alikes. */
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z_][A-Za-z0-9_-]*");
    private static final List<String> RESERVED = List.of("true", "false", "yes", "no", "on", "off", "y", "n", "null");

    private ScenarioWriter() {
    }

    /** Every parameter, without metadata. */
    public static String write(ParamValues values) {
        return write(null, null, values);
    }

    /** Every parameter under a {@code name} key, as a run's resolved scenario. */
    public static String write(String name, ParamValues values) {
        return write(name, null, values);
    }

    /** Every parameter, after {@code name} and {@code description} keys when these are not null. */
    public static String write(String name, String description, ParamValues values) {
        StringBuilder out = new StringBuilder();
        if (name != null) {
            out.append(ScenarioFileParser.NAME).append(": ").append(text(name)).append('\n');
        }
        if (description != null && !description.isBlank()) {
            out.append(ScenarioFileParser.DESCRIPTION).append(": ").append(text(description)).append('\n');
        }
        section(out, values.catalog(), values.asMap(), "", "");
        cases(out, values.cases());
        return out.toString();
    }

    /** The named case compounds, one per line, as {@link CasesBlockParser} reads them. */
    private static void cases(StringBuilder out, List<CaseCompound> cases) {
        if (cases.isEmpty()) {
            return;
        }
        out.append(CasesBlockParser.KEY).append(":\n");
        for (CaseCompound c : cases) {
            out.append(INDENT).append(c.name()).append(": {households: ").append(c.households()).append(", old: ").append(c.old());
            for (Map.Entry<String, Double> a : c.attributes().entrySet()) {
                double v = a.getValue();
                out.append(", ").append(a.getKey()).append(": ").append(v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v));
            }
            out.append("}\n");
        }
    }

    /**
     * A scenario as a batch ran it: its name, every parameter, and its {@code experiment:} block when it has one,
     * so that the file reruns the batch as it was (a TABLE design's table named as {@code tableFile}, a file the
     * caller puts beside this one).
     */
    public static String write(Scenario scenario, String tableFile) {
        String text = write(scenario.name(), scenario.values());
        ExperimentSpec e = scenario.experiment();
        if (e == null) {
            return text;
        }
        StringBuilder out = new StringBuilder(text);
        out.append(ScenarioFileParser.EXPERIMENT).append(":\n");
        out.append(INDENT).append("design: ").append(e.design().name()).append('\n');
        out.append(INDENT).append("replications: ").append(e.replications()).append('\n');
        if (e.samples() > 0) {
            out.append(INDENT).append("samples: ").append(e.samples()).append('\n');
        }
        if (e.trajectories() > 0) {
            // a MORRIS design's own settings: without them the file is not the batch's plan (merge rebuilds the plan from it)
            out.append(INDENT).append("trajectories: ").append(e.trajectories()).append('\n');
            out.append(INDENT).append("levels: ").append(e.levels()).append('\n');
        }
        if (e.table() != null) {
            out.append(INDENT).append("table: ").append(text(tableFile)).append('\n');
        }
        factors(out, "policies", e.policies());
        factors(out, "uncertainties", e.uncertainties());
        return out.toString();
    }

    private static void factors(StringBuilder out, String key, List<ExperimentFactor> factors) {
        if (factors.isEmpty()) {
            return;
        }
        out.append(INDENT).append(key).append(":\n");
        for (ExperimentFactor f : factors) {
            out.append(INDENT).append(INDENT).append(f.path()).append(": ");
            if (f.isRange()) {
                // Double.toString reads back as the same double, so the design's points (and the plan's hash) are the same
                out.append("{min: ").append(Double.toString(f.min())).append(", max: ").append(Double.toString(f.max())).append('}');
            } else {
                out.append('[').append(String.join(", ", f.levels().stream().map(ScenarioWriter::value).toList())).append(']');
            }
            out.append('\n');
        }
    }

    /** Only the given paths (e.g. {@link Scenario#fileSettings()}), nested the same way. */
    public static String writeSettings(ParamCatalog catalog, Map<String, Object> settings) {
        for (String path : settings.keySet()) {
            catalog.require(path);
        }
        StringBuilder out = new StringBuilder();
        section(out, catalog, settings, "", "");
        return out.toString();
    }

    private static void section(StringBuilder out, ParamCatalog catalog, Map<String, Object> settings, String section,
                                String indent) {
        for (String key : catalog.childKeys(section)) {
            String path = section.isEmpty() ? key : section + "." + key;
            if (catalog.find(path).isPresent()) {
                if (settings.containsKey(path)) {
                    out.append(indent).append(text(key)).append(": ").append(value(settings.get(path))).append('\n');
                }
            } else if (settings.keySet().stream().anyMatch(p -> p.startsWith(path + "."))) {
                out.append(indent).append(text(key)).append(":\n");
                section(out, catalog, settings, path, indent + INDENT);
            }
        }
    }

    private static String value(Object v) {
        return v instanceof String s ? text(s) : ParamDef.format(v);
    }

    /** Plain when that reads back as the same text, else double-quoted with YAML escapes. */
    static String text(String s) {
        if (PLAIN.matcher(s).matches() && !RESERVED.contains(s.toLowerCase(Locale.ROOT))) {
            return s;
        }
        return quoted(s);
    }

    /** Double-quoted with YAML's escapes, so any text reads back as the same text. */
    public static String quoted(String s) {
        StringBuilder q = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> q.append("\\\"");
                case '\\' -> q.append("\\\\");
                case '\n' -> q.append("\\n");
                case '\r' -> q.append("\\r");
                case '\t' -> q.append("\\t");
                default -> {
                    if (c < 0x20) {
                        q.append(String.format("\\x%02X", (int) c));
                    } else {
                        q.append(c);
                    }
                }
            }
        }
        return q.append('"').toString();
    }
}
