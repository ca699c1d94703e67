package org.govsim.runner.scenario;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.govsim.model.world.CaseCompound;

/**
 * Reads a scenario's {@code cases:} block, the compounds it names because the article reports figures of them:
 * <pre>
 * cases:
 *   junyuwan: {households: 2400, old: false, hall: true}
 * </pre>
 * Each case needs {@code households}; {@code old} defaults to false; the other keys are the attributes levers declare
 * ({@code hall}, {@code contract}, {@code advisors}), true/false or a number. Problems carry file, line and key.
 */
final class CasesBlockParser {
    static final String KEY = "cases";
    private static final String HOUSEHOLDS = "households";
    private static final String OLD = "old";

    private final Path file;
    private final YAMLParser p;
    private final List<String> leverKeys;
    private final List<ScenarioProblem> problems;

    private CasesBlockParser(Path file, YAMLParser p, List<String> leverKeys, List<ScenarioProblem> problems) {
        this.file = file;
        this.p = p;
        this.leverKeys = leverKeys;
        this.problems = problems;
    }

    /** Reads the block at the parser's current token; returns the cases, or null when the block is not a mapping. */
    static List<CaseCompound> read(Path file, YAMLParser p, int line, List<String> leverKeys, List<ScenarioProblem> problems)
            throws IOException {
        return new CasesBlockParser(file, p, leverKeys, problems).block(line);
    }

    private List<CaseCompound> block(int line) throws IOException {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            problem(line, KEY, "must be a mapping of case names to their attributes, e.g. 'junyuwan: {households: 2400, hall: true}'");
            p.skipChildren();
            return null;
        }
        List<CaseCompound> cases = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
            String name = p.currentName();
            int at = p.currentTokenLocation().getLineNr();
            p.nextToken();
            String path = KEY + "." + name;
            if (!seen.add(name)) {
                problem(at, path, "is named twice");
                p.skipChildren();
            } else if (!name.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
                problem(at, path, "a case's name must be lower-case words joined by hyphens, e.g. qiongyuan-plaza");
                p.skipChildren();
            } else {
                CaseCompound c = oneCase(name, path, at);
                if (c != null) {
                    cases.add(c);
                }
            }
        }
        return cases;
    }

    private CaseCompound oneCase(String name, String path, int line) throws IOException {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            problem(line, path, "must be a mapping with households and, if wanted, old and the levers' attributes ("
                    + String.join(", ", leverKeys) + ")");
            p.skipChildren();
            return null;
        }
        Integer households = null;
        boolean sized = false;
        boolean old = false;
        Map<String, Double> attributes = new LinkedHashMap<>();
        boolean ok = true;
        for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
            String key = p.currentName();
            int at = p.currentTokenLocation().getLineNr();
            JsonToken v = p.nextToken();
            String keyPath = path + "." + key;
            if (key.equals(HOUSEHOLDS)) {
                sized = true;
                if (NumberSpelling.problem(p) != null) {
                    ok = problem(at, keyPath, NumberSpelling.problem(p));
                } else if (v == JsonToken.VALUE_NUMBER_INT && p.getNumberType() == com.fasterxml.jackson.core.JsonParser.NumberType.INT
                        && p.getIntValue() >= 1 && p.getIntValue() <= 1_000_000) {
                    households = p.getIntValue();
                } else {
                    ok = problem(at, keyPath, "must be a whole number of households in [1, 1000000]");
                }
            } else if (key.equals(OLD)) {
                if (v == JsonToken.VALUE_TRUE || v == JsonToken.VALUE_FALSE) {
                    old = v == JsonToken.VALUE_TRUE;
                } else {
                    ok = problem(at, keyPath, "must be true or false");
                }
            } else if (leverKeys.contains(key)) {
                if (v == JsonToken.VALUE_TRUE || v == JsonToken.VALUE_FALSE) {
                    attributes.put(key, v == JsonToken.VALUE_TRUE ? 1.0 : 0.0);
                } else if (NumberSpelling.problem(p) != null) {
                    ok = problem(at, keyPath, NumberSpelling.problem(p));
                } else if ((v == JsonToken.VALUE_NUMBER_INT || v == JsonToken.VALUE_NUMBER_FLOAT) && Double.isFinite(p.getDoubleValue())
                        && p.getDoubleValue() >= 0) {
                    attributes.put(key, p.getDoubleValue());
                } else {
                    ok = problem(at, keyPath, "must be true, false or a number at least 0");
                }
            } else {
                ok = problem(at, keyPath, "unknown key; allowed here: households, old, " + String.join(", ", leverKeys));
            }
            p.skipChildren();
        }
        if (!sized) {
            problem(line, path, "needs households: the compound's size (an assumption if the article does not give it)");
            return null;
        }
        return ok && households != null ? new CaseCompound(name, households, old, attributes) : null;
    }

    private boolean problem(int line, String key, String message) {
        problems.add(new ScenarioProblem(file, line, key, message));
        return false;
    }
}
