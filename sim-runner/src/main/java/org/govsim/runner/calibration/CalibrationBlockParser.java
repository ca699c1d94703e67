package org.govsim.runner.calibration;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import com.fasterxml.jackson.core.JacksonException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.govsim.model.param.ParamCatalog;
import org.govsim.model.param.ParamDef;
import org.govsim.model.param.ParamType;
import org.govsim.runner.scenario.ScenarioProblem;

/**
 * Reads a scenario file's {@code calibration:} block from the YAML token stream, keeping each key's line, as
 * the scenario parser reads the rest of the file. It checks what the file alone can tell (known parameter paths,
 * priors inside the declared ranges, min below max, target names given once across the block and its targets files);
 * each target's own mapping is read by a {@link TargetReader}, and the metric and compound names are checked against
 * the model by {@link TargetCheck}. Problems are added to the caller's list; the spec is null when there are any.
 */
public final class CalibrationBlockParser {
    public static final String KEY = "calibration";
    static final String PARAMETERS = "parameters";
    static final String TARGETS = "targets";
    static final String TARGETS_FROM = "targets_from";
    static final String DISTRICT_SHARE = "district_share";
    static final List<String> KEYS = List.of(PARAMETERS, TARGETS, TARGETS_FROM, DISTRICT_SHARE);

    private final ParamCatalog catalog;
    // the file, the token stream and the helpers below are shared with TargetReader, so a target's problems carry
    // the lines of the file it stands in and keep their place among the block's
    final Path file;
    final JsonParser p;
    private final List<ScenarioProblem> problems;
    private final List<Prior> priors = new ArrayList<>();
    private final List<Target> targets = new ArrayList<>();
    /** where each target name was first given ("line 12" or "file line 12"), shared with the targets files read */
    private final Map<String, String> names;
    private boolean sawTargets;
    private boolean inTargetsFile;
    private double districtShare = 1;

    private CalibrationBlockParser(ParamCatalog catalog, Path file, JsonParser p, List<ScenarioProblem> problems, Map<String, String> names) {
        this.catalog = catalog;
        this.file = file;
        this.p = p;
        this.problems = problems;
        this.names = names;
    }

    /** Reads the block whose value is the parser's current token; returns the spec, or null after adding problems. */
    static CalibrationSpec read(ParamCatalog catalog, Path file, JsonParser p, int line, List<ScenarioProblem> problems) throws IOException {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            problems.add(new ScenarioProblem(file, line, KEY, "must be a mapping with " + String.join(" and ", KEYS)
                    + ", e.g. 'parameters:' with 'advisors.visitsPerWeek: {min: 0.5, max: 10}' under it"));
            p.skipChildren();
            return null;
        }
        int before = problems.size();
        CalibrationBlockParser parser = new CalibrationBlockParser(catalog, file, p, problems, new HashMap<>());
        parser.readBlock();
        if (!parser.sawTargets) {
            parser.problem(line, KEY, "has no targets: list the observed figures under 'targets:', each with name, metric and value/sd "
                    + "or min, or name files of them under 'targets_from:'");
        } else if (problems.size() == before && parser.targets.isEmpty()) {
            parser.problem(line, KEY, "has no targets: its lists and files hold none");
        }
        return problems.size() > before ? null : new CalibrationSpec(file, line, parser.priors, parser.targets, parser.districtShare);
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
            } else if (key.equals(PARAMETERS)) {
                readParameters(path, line);
            } else if (key.equals(TARGETS)) {
                sawTargets = true;
                readTargets(path, line, true);
            } else if (key.equals(TARGETS_FROM)) {
                sawTargets = true;
                readTargetsFrom(path, line);
            } else if (key.equals(DISTRICT_SHARE)) {
                Double share = number();
                if (share == null || !(share > 0 && share <= 1)) {
                    problem(line, path, "must be a number in (0, 1]: the share of the targets' district this scenario simulates "
                            + "(district-wide counts are divided by it), not " + shown());
                } else {
                    districtShare = share;
                }
            } else {
                problem(line, path, unknownKey(key, KEYS));
            }
            p.skipChildren();
        }
    }

    private void readParameters(String section, int sectionLine) throws IOException {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            problem(sectionLine, section, "must be a mapping of parameter paths to priors, e.g. 'advisors.visitsPerWeek: {min: 0.5, max: 10}', not "
                    + shown());
            return;
        }
        Map<String, Integer> seen = new HashMap<>();
        for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
            String path = p.currentName();
            String key = section + "." + path;
            int line = line();
            p.nextToken();
            Integer first = seen.putIfAbsent(path, line);
            if (first != null) {
                problem(line, key, "given twice (first at line " + first + ")");
            } else {
                Optional<ParamDef> def = knownParameter(path, key, line);
                if (def.isPresent()) {
                    readPrior(def.get(), key, line).ifPresent(priors::add);
                }
            }
            p.skipChildren();
        }
    }

    Optional<ParamDef> knownParameter(String path, String key, int line) {
        Optional<ParamDef> def = catalog.find(path);
        if (def.isEmpty()) {
            problem(line, key, catalog.isSection(path)
                    ? "is a section, not a parameter; its keys: " + String.join(", ", catalog.childKeys(path))
                    : "unknown parameter" + catalog.suggestion(path) + "; `govsim params` lists every parameter path");
        }
        return def;
    }

    private Optional<Prior> readPrior(ParamDef def, String key, int line) throws IOException {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            problem(line, key, "must be a uniform prior, e.g. {min: 0.5, max: 10}, not " + shown());
            return Optional.empty();
        }
        Double min = null;
        Double max = null;
        boolean bad = false;
        for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
            String bound = p.currentName();
            int at = line();
            p.nextToken();
            Double number = number();
            if (!bound.equals("min") && !bound.equals("max")) {
                problem(at, key + "." + bound, "unknown key; a uniform prior has min and max");
                bad = true;
            } else if (number == null) {
                problem(at, key + "." + bound, "must be a number, not " + shown());
                bad = true;
            } else if (bound.equals("min")) {
                min = number;
            } else {
                max = number;
            }
            p.skipChildren();
        }
        if (bad) {
            return Optional.empty();
        }
        if (def.type() != ParamType.INT && def.type() != ParamType.REAL) {
            problem(line, key, "is " + def.allowed() + ": a prior needs a number parameter");
        } else if (min == null || max == null) {
            problem(line, key, "a uniform prior needs both min and max, e.g. {min: 0.5, max: 10}");
        } else if (min >= max) {
            problem(line, key, "min (" + ParamDef.format(min) + ") must be below max (" + ParamDef.format(max) + ")");
        } else if (min < def.min() || max > def.max()) {
            problem(line, key, "the prior [" + ParamDef.format(min) + ", " + ParamDef.format(max)
                    + "] reaches outside the parameter's allowed range: " + def.allowed());
        } else {
            return Optional.of(new Prior(def.path(), min, max, def.type() == ParamType.INT, line));
        }
        return Optional.empty();
    }

    private void readTargets(String section, int sectionLine, boolean needsOne) throws IOException {
        if (p.currentToken() != JsonToken.START_ARRAY) {
            problem(sectionLine, section, "must be a list of targets ('- name: ...'), not " + shown());
            return;
        }
        int index = 0;
        for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
            index++;
            String key = section + "[" + index + "]";
            int line = line();
            if (t != JsonToken.START_OBJECT) {
                problem(line, key, "a target must be a mapping with name, metric and value/sd or min, not " + shown());
                p.skipChildren();
                continue;
            }
            TargetReader reader = new TargetReader(this, key, line);
            Target target = reader.read();
            String first = reader.name() == null ? null : names.putIfAbsent(reader.name(), where(line));
            if (first != null) {
                problem(line, key + ".name", "'" + reader.name() + "' names another target too (" + first + ")");
            } else if (target != null) {
                targets.add(target);
            }
        }
        if (index == 0 && needsOne) {
            problem(sectionLine, section, "the list is empty: a calibration needs at least one target");
        }
    }

    /**
     * {@code targets_from:} one path or a list of paths of targets files (relative to this file), each a mapping with a
     * {@code targets:} list read as the block's own; their targets follow the block's, in order. A targets file keeps the
     * article's figures once for every calibration and check of its case.
     */
    private void readTargetsFrom(String section, int sectionLine) throws IOException {
        List<String> paths = new ArrayList<>();
        if (p.currentToken() == JsonToken.VALUE_STRING) {
            paths.add(p.getText().trim());
        } else if (p.currentToken() == JsonToken.START_ARRAY) {
            for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
                if (t != JsonToken.VALUE_STRING || p.getText().isBlank()) {
                    problem(line(), section, "each entry must be the path of a targets file, not " + shown());
                    p.skipChildren();
                } else {
                    paths.add(p.getText().trim());
                }
            }
        }
        if (paths.isEmpty()) {
            problem(sectionLine, section, "must name a targets file or a list of them, e.g. '../targets/meilan.yaml', not " + shown());
            return;
        }
        Path dir = file.toAbsolutePath().getParent();
        for (String name : paths) {
            readTargetsFile(dir.resolve(name).normalize(), section, sectionLine);
        }
    }

    private void readTargetsFile(Path targetsFile, String section, int sectionLine) throws IOException {
        String text;
        try {
            text = Files.readString(targetsFile);
        } catch (IOException e) {
            problem(sectionLine, section, "cannot read the targets file " + targetsFile + " (" + e.getClass().getSimpleName() + ")");
            return;
        }
        try (JsonParser q = CalibrationFile.yamlParser(text)) {
            CalibrationBlockParser other = new CalibrationBlockParser(catalog, targetsFile, q, problems, names);
            other.inTargetsFile = true;
            if (q.nextToken() != JsonToken.START_OBJECT) {
                other.problem(1, TARGETS, "a targets file is a mapping with one key, 'targets:', holding a list of targets");
                return;
            }
            boolean saw = false;
            for (JsonToken t = q.nextToken(); t == JsonToken.FIELD_NAME; t = q.nextToken()) {
                String key = q.currentName();
                int at = other.line();
                q.nextToken();
                if (key.equals(TARGETS) && !saw) {
                    saw = true;
                    other.readTargets(TARGETS, at, false);
                } else {
                    other.problem(at, key, key.equals(TARGETS) ? "given twice" : "unknown key; a targets file holds only 'targets:'");
                }
                q.skipChildren();
            }
            if (!saw) {
                other.problem(1, TARGETS, "a targets file needs a 'targets:' list");
            }
            targets.addAll(other.targets);
        } catch (JacksonException e) {
            int at = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            problems.add(new ScenarioProblem(targetsFile, at, TARGETS, "not valid YAML: " + e.getOriginalMessage()));
        }
    }

    /** "line 12" in the calibration file, "meilan.yaml line 12" in a targets file the block names. */
    private String where(int line) {
        return inTargetsFile ? file.getFileName() + " line " + line : "line " + line;
    }

    Double number() throws IOException {
        return p.currentToken().isNumeric() ? p.getDoubleValue() : null;
    }

    static String unknownKey(String key, List<String> allowed) {
        String near = null;
        int best = Integer.MAX_VALUE;
        for (String a : allowed) {
            int d = ParamCatalog.editDistance(key, a);
            if (d < best) {
                best = d;
                near = a;
            }
        }
        String hint = best <= Math.max(2, key.length() / 4) ? " (did you mean '" + near + "'?)" : "";
        return "unknown key" + hint + "; allowed here: " + String.join(", ", allowed);
    }

    String shown() throws IOException {
        return switch (p.currentToken()) {
            case START_OBJECT -> "a mapping";
            case START_ARRAY -> "a list";
            case VALUE_NULL -> "nothing";
            case VALUE_STRING -> "the text '" + p.getText().replace("\n", "\\n") + "'";
            default -> p.getText();
        };
    }

    int line() {
        return p.currentTokenLocation().getLineNr();
    }

    void problem(int line, String key, String message) {
        problems.add(new ScenarioProblem(file, line, key, message));
    }
}
