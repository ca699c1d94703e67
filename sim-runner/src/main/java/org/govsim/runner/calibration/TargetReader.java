package org.govsim.runner.calibration;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.govsim.model.param.ParamDef;

/**
 * Reads one target's mapping from the block's token stream; the current token is its START_OBJECT. It reports
 * through the {@link CalibrationBlockParser} of the file the target stands in, so its problems carry that file,
 * its lines and the key the block gave the target, in the order the block reads them.
 */
final class TargetReader {
    private static final List<String> KEYS = List.of("name", "metric", "compound", "per", "value", "sd", "min", "relative_to", "relation",
            "under", "source");

    private final CalibrationBlockParser block;
    private final JsonParser p;
    private final String key;
    private final int line;
    private final Map<String, Integer> lines = new LinkedHashMap<>();
    private final Map<String, Object> relativeTo = new LinkedHashMap<>();
    private final Map<String, Object> under = new LinkedHashMap<>();
    private Target.Relation relation;
    private String name;
    private String metric;
    private String compound;
    private String source;
    private boolean perYear;
    private Double value;
    private Double sd;
    private Double min;
    private boolean bad;

    TargetReader(CalibrationBlockParser block, String key, int line) {
        this.block = block;
        this.p = block.p;
        this.key = key;
        this.line = line;
        lines.put("", line);
    }

    /** The name the target gave, or null; the block checks it against the other targets' names. */
    String name() {
        return name;
    }

    Target read() throws IOException {
        for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
            String k = p.currentName();
            int at = block.line();
            p.nextToken();
            Integer first = lines.putIfAbsent(k, at);
            if (first != null) {
                fail(at, k, "given twice (first at line " + first + ")");
            } else {
                readKey(k, at);
            }
            p.skipChildren();
        }
        return bad ? null : build();
    }

    private void readKey(String k, int at) throws IOException {
        switch (k) {
            case "name" -> name = text(k, at);
            case "metric" -> metric = text(k, at);
            case "compound" -> compound = text(k, at);
            case "source" -> source = text(k, at);
            case "per" -> {
                String per = text(k, at);
                perYear = per != null && per.equals("year");
                if (per != null && !perYear) {
                    fail(at, k, "must be 'year' (scale a total over the observed window to one year), not '" + per + "'");
                }
            }
            case "value" -> value = finite(k, at);
            case "sd" -> {
                sd = finite(k, at);
                if (sd != null && !(sd > 0)) {
                    fail(at, k, "must be above 0 (how far off the simulated value may be and still fit), not " + ParamDef.format(sd));
                }
            }
            case "min" -> min = finite(k, at);
            case "relative_to" -> readValues(k, at, relativeTo);
            case "under" -> readValues(k, at, under);
            case "relation" -> {
                String word = text(k, at);
                for (Target.Relation r : Target.Relation.values()) {
                    if (r.word().equals(word)) {
                        relation = r;
                    }
                }
                if (word != null && relation == null) {
                    fail(at, k, "must be 'ratio' (the metric over the reference run's) or 'difference' (the metric minus the "
                            + "reference run's), not '" + word + "'");
                }
            }
            default -> fail(at, k, CalibrationBlockParser.unknownKey(k, KEYS));
        }
    }

    private Target build() {
        if (name == null) {
            fail(line, "", "needs a name (what the figure is)");
        }
        if (metric == null) {
            fail(line, "", "needs a metric: the runs.csv column that measures the figure (or a compounds.csv column with compound:)");
        }
        Observation observation = null;
        if (value != null && min != null) {
            fail(line, "", "gives both value and min: give value and sd for a figure, or min for a floor such as '200+'");
        } else if (value != null) {
            if (sd == null) {
                fail(lines.get("value"), "value", "needs sd: how far off the simulated value may be and still fit (the figure's own uncertainty)");
            } else if (sd > 0) {
                observation = new Observation.Point(value, sd);
            }
        } else if (min != null) {
            if (sd == null && !(min > 0)) {
                fail(lines.get("min"), "min", "a floor of 0 or less needs sd: the unit in which a shortfall is measured");
            } else if (sd == null || sd > 0) {
                observation = new Observation.AtLeast(min, sd == null ? min : sd, sd != null);
            }
        } else {
            fail(line, "", "needs value and sd (a figure and its uncertainty) or min (a floor such as '200+')");
        }
        if (!relativeTo.isEmpty() && !under.isEmpty()) {
            fail(lines.get("under"), "under", "a target is read either relative to a reference run (relative_to) or under other values "
                    + "(under), not both");
        }
        if (relation != null && !lines.containsKey("relative_to")) {
            fail(lines.get("relation"), "relation", "says how the metric meets a reference run: it needs relative_to");
        }
        if (metric != null && Target.metrics(metric).stream().anyMatch(String::isEmpty)) {
            fail(lines.get("metric"), "metric", "a sum of columns is written 'a + b', each term a column, not '" + metric + "'");
        }
        if (bad) {
            return null;
        }
        return new Target(name, metric, compound, perYear, observation, relativeTo, relation, under, source, lines,
                new Target.Origin(block.file, key));
    }

    /** relative_to and under: a mapping of parameter paths to values of the scenario's type. */
    private void readValues(String k, int at, Map<String, Object> values) throws IOException {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            fail(at, k, "must be a mapping of parameter paths to values, e.g. {property.contract: FLAT}, not " + block.shown());
            return;
        }
        for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
            String path = p.currentName();
            int pathLine = block.line();
            p.nextToken();
            String pathKey = key + "." + k + "." + path;
            Optional<ParamDef> def = block.knownParameter(path, pathKey, pathLine);
            if (def.isEmpty()) {
                bad = true;
            } else if (values.containsKey(path)) {
                fail(pathLine, k + "." + path, "given twice");
            } else {
                String problem = TypedScalar.read(def.get(), p, values);
                if (problem != null) {
                    fail(pathLine, k + "." + path, problem);
                }
            }
            p.skipChildren();
        }
        if (values.isEmpty() && !bad) {
            fail(at, k, "is empty: name the parameter values of the other run, e.g. {property.contract: FLAT}");
        }
    }

    private String text(String k, int at) throws IOException {
        JsonToken t = p.currentToken();
        if (!t.isScalarValue() || t == JsonToken.VALUE_NULL || p.getText().isBlank() || p.getText().contains("\n")) {
            fail(at, k, "must be one line of text, not " + block.shown());
            return null;
        }
        return p.getText().trim();
    }

    private Double finite(String k, int at) throws IOException {
        Double n = block.number();
        if (n == null || !Double.isFinite(n)) {
            fail(at, k, "must be a finite number, not " + block.shown());
            return null;
        }
        return n;
    }

    private void fail(int at, String k, String message) {
        block.problem(at, k.isEmpty() ? key : key + "." + k, message);
        bad = true;
    }
}
