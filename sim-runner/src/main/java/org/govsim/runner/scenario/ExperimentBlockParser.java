package org.govsim.runner.scenario;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.govsim.model.param.ParamCatalog;
import org.govsim.model.param.ParamDef;
import org.govsim.model.param.ParamType;

/**
 * Reads a scenario file's {@code experiment:} block from the YAML token stream, keeping each key's line, and
 * checks it as a whole ({@link ExperimentRules}). Problems are added to the file's list; the spec is null when
 * there are any. Factor paths are written dotted ({@code advisors.total}), as {@code govsim params} lists them.
 */
final class ExperimentBlockParser {
    static final String KEY = "experiment";
    static final List<String> KEYS = List.of("design", "replications", "samples", "trajectories", "levels", "table", "policies",
            "uncertainties");
    /** The most Morris levels: beyond a few dozen the grid is as fine as a continuous range, and Δ stays about half of it. */
    static final int MAX_LEVELS = 1000;

    private final ParamCatalog catalog;
    private final Path file;
    private final YAMLParser p;
    private final List<ScenarioProblem> problems;
    private final ExperimentRules.Draft draft;
    /** The full key of the factor being read, for messages. */
    private String key;

    private ExperimentBlockParser(ParamCatalog catalog, Path file, YAMLParser p, List<ScenarioProblem> problems, int line) {
        this.catalog = catalog;
        this.file = file;
        this.p = p;
        this.problems = problems;
        this.draft = new ExperimentRules.Draft(file, line);
    }

    /** Reads the block whose value is the current token; returns the checked spec, or null after adding problems. */
    static ExperimentSpec read(ParamCatalog catalog, Path file, YAMLParser p, int line, List<ScenarioProblem> problems) throws IOException {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            problems.add(new ScenarioProblem(file, line, KEY, "must be a mapping with " + String.join(", ", KEYS)));
            p.skipChildren();
            return null;
        }
        int before = problems.size();
        ExperimentBlockParser parser = new ExperimentBlockParser(catalog, file, p, problems, line);
        parser.readBlock();
        if (problems.size() > before) {
            return null;
        }
        return ExperimentRules.check(catalog, parser.draft, problems);
    }

    private void readBlock() throws IOException {
        Map<String, Integer> seen = new HashMap<>();
        for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
            String key = p.currentName();
            String path = KEY + "." + key;
            int line = line();
            p.nextToken();
            Integer first = seen.putIfAbsent(key, line);
            if (first != null) {
                problem(line, path, "given twice (first at line " + first + ")");
            } else {
                readKey(key, path, line);
            }
            p.skipChildren();
        }
    }

    private void readKey(String key, String path, int line) throws IOException {
        JsonToken t = p.currentToken();
        switch (key) {
            case "design" -> {
                String text = t == JsonToken.VALUE_STRING ? p.getText().trim().toUpperCase(Locale.ROOT).replace('-', '_') : "";
                try {
                    draft.design = ExperimentDesign.valueOf(text);
                    draft.designLine = line;
                } catch (IllegalArgumentException e) {
                    problem(line, path, "is " + shown(t) + ", not one of " + Arrays.toString(ExperimentDesign.values()));
                }
            }
            case "replications" -> {
                long n = wholeNumber(t);
                if (n >= 1 && n <= 1_000_000) {
                    draft.replications = (int) n;
                    draft.replicationsLine = line;
                } else {
                    problem(line, path, "must be an integer in [1, 1000000], not " + shown(t));
                }
            }
            case "samples" -> {
                long n = wholeNumber(t);
                if (n >= 2) {
                    draft.samples = n;    // a count too large to run is refused with the design's size, saying to what to lower it
                    draft.samplesLine = line;
                } else {
                    problem(line, path, "must be an integer of at least 2, not " + shown(t));
                }
            }
            case "trajectories" -> {
                long n = wholeNumber(t);
                if (n >= 2) {
                    draft.trajectories = n;
                    draft.trajectoriesLine = line;
                } else {
                    problem(line, path, "must be an integer of at least 2 (the spread of the elementary effects needs two), not " + shown(t));
                }
            }
            case "levels" -> {
                long n = wholeNumber(t);
                if (n >= 2 && n <= MAX_LEVELS && n % 2 == 0) {
                    draft.levels = (int) n;
                    draft.levelsLine = line;
                } else {
                    problem(line, path, "must be an even integer from 2 to " + MAX_LEVELS + " (with an even number of levels Morris's step of "
                            + "levels/(2(levels-1)) reaches every level equally often), not " + shown(t));
                }
            }
            case "table" -> readTable(path, line);
            case "policies" -> readFactors(path, line, draft.policies);
            case "uncertainties" -> readFactors(path, line, draft.uncertainties);
            default -> {
                String near = KeyHints.nearest(key, KEYS);
                problem(line, path, "unknown key" + (near == null ? "" : " (did you mean '" + near + "'?)")
                        + "; allowed here: " + String.join(", ", KEYS));
            }
        }
    }

    private void readTable(String path, int line) throws IOException {
        JsonToken t = p.currentToken();
        if (t != JsonToken.VALUE_STRING || p.getText().isBlank()) {
            problem(line, path, "must be the path of a CSV file, relative to this file, not " + shown(t));
            return;
        }
        try {
            draft.table = file.resolveSibling(p.getText().trim()).normalize();
            draft.tableLine = line;
        } catch (InvalidPathException e) {
            problem(line, path, "'" + p.getText() + "' is not a valid file path");
        }
    }

    private void readFactors(String section, int sectionLine, List<ExperimentFactor> into) throws IOException {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            problem(sectionLine, section, "must be a mapping of parameter paths to values, e.g. 'advisors.total: [0, 800, 1600]'");
            return;
        }
        Map<String, Integer> seen = new HashMap<>();
        for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
            String path = p.currentName();
            int line = line();
            p.nextToken();
            Integer first = seen.putIfAbsent(path, line);
            if (first != null) {
                problem(line, section + "." + path, "given twice (first at line " + first + ")");
            } else {
                readFactor(section, path, line, into);
            }
            p.skipChildren();
        }
    }

    private void readFactor(String section, String path, int line, List<ExperimentFactor> into) throws IOException {
        Optional<ParamDef> def = catalog.find(path);
        key = section + "." + path;
        if (def.isEmpty()) {
            problem(line, key, ExperimentRules.unknownPath(catalog, path));
            return;
        }
        JsonToken t = p.currentToken();
        if (t == JsonToken.START_ARRAY) {
            readList(def.get(), line).ifPresent(levels -> into.add(ExperimentFactor.listed(def.get(), levels, line)));
        } else if (t == JsonToken.START_OBJECT) {
            readRange(def.get(), line).ifPresent(into::add);
        } else {
            problem(line, key, "must be a list of values, e.g. [0, 800, 1600], or a range, e.g. {min: 14, max: 60}, not " + shown(t));
        }
    }

    private Optional<List<Object>> readList(ParamDef def, int line) throws IOException {
        List<Object> levels = new ArrayList<>();
        Set<Object> seen = new HashSet<>();    // a long list is checked for repeats in linear time, not quadratic
        boolean bad = false;
        for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
            int at = line();
            if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
                problem(at, key, "list items must be single values (" + def.allowed() + "), not " + shown(t));
                p.skipChildren();
                bad = true;
                continue;
            }
            ScalarReader.Result r = ScalarReader.read(def, p);
            if (r.problem() != null) {
                problem(at, key, "value " + (levels.size() + 1) + " " + r.problem());
                bad = true;
            } else if (!seen.add(r.value())) {
                problem(at, key, "value " + ParamDef.format(r.value()) + " is listed twice");
                bad = true;
            } else {
                levels.add(r.value());
            }
        }
        if (!bad && levels.isEmpty()) {
            problem(line, key, "the list is empty: an empty design runs nothing; list at least one value");
            bad = true;
        }
        return bad ? Optional.empty() : Optional.of(levels);
    }

    private Optional<ExperimentFactor> readRange(ParamDef def, int line) throws IOException {
        Double min = null;
        Double max = null;
        for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
            String bound = p.currentName();
            int at = line();
            JsonToken v = p.nextToken();
            String spelling = NumberSpelling.problem(p);
            Double number = v.isNumeric() && spelling == null ? p.getDoubleValue() : null;
            if (!bound.equals("min") && !bound.equals("max")) {
                problem(at, key + "." + bound, "unknown key; a range has min and max");
            } else if (spelling != null) {
                problem(at, key + "." + bound, spelling);
            } else if (number == null) {
                problem(at, key + "." + bound, "must be a number, not " + shown(v));
            } else if (bound.equals("min")) {
                min = number;
            } else {
                max = number;
            }
            p.skipChildren();
        }
        if (def.type() != ParamType.INT && def.type() != ParamType.REAL) {
            problem(line, key, "is " + def.allowed() + ": a range needs a number parameter; list the values instead");
            return Optional.empty();
        }
        if (min == null || max == null) {
            problem(line, key, "a range needs both min and max, e.g. {min: 14, max: 60}");
            return Optional.empty();
        }
        String outside = ExperimentRules.rangeProblem(def, min, max);
        if (outside != null) {
            problem(line, key, outside);
            return Optional.empty();
        }
        return Optional.of(ExperimentFactor.range(def, min, max, line));
    }

    /** The token's value if it is an integer (Long.MAX_VALUE beyond the long range), else -1. */
    private long wholeNumber(JsonToken t) throws IOException {
        if (t != JsonToken.VALUE_NUMBER_INT || NumberSpelling.problem(p) != null) {
            return -1;
        }
        if (p.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
            return p.getBigIntegerValue().signum() > 0 ? Long.MAX_VALUE : -1;
        }
        return p.getLongValue();
    }

    private String shown(JsonToken t) throws IOException {
        return switch (t) {
            case START_OBJECT -> "a mapping";
            case START_ARRAY -> "a list";
            case VALUE_NULL -> "nothing";
            case VALUE_STRING -> "the text " + ScalarReader.quote(p.getText());
            default -> NumberSpelling.problem(p) == null ? p.getText() : ScalarReader.quote(p.getText()) + ", which " + NumberSpelling.problem(p);
        };
    }

    private int line() {
        return p.currentTokenLocation().getLineNr();
    }

    private void problem(int line, String key, String message) {
        problems.add(new ScenarioProblem(file, line, key, message));
    }
}
