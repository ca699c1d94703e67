package org.govsim.runner.scenario;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.govsim.model.ModelCatalog;
import org.govsim.model.param.ParamCatalog;
import org.govsim.model.world.CaseCompound;
import org.govsim.model.param.ParamDef;

/**
 * Reads one scenario file into a {@link ScenarioFile}. Works on the YAML token stream rather than a tree so
 * that every key and value keeps its line, and goes on after a bad entry so one run reports all of them.
 * Single use: one instance per file.
 */
final class ScenarioFileParser {
    static final String NAME = "name";
    static final String DESCRIPTION = "description";
    static final String EXTENDS = "extends";
    static final String EXPERIMENT = ExperimentBlockParser.KEY;
    static final List<String> METADATA = List.of(NAME, DESCRIPTION, EXTENDS, EXPERIMENT, CasesBlockParser.KEY, "calibration");
    /**
     * The largest scenario file read, 1 MiB: the bundled ones are a few kB, and a larger file is a mistake (a data file
     * named by extends) that would otherwise be parsed for minutes. Tables of points belong in a TABLE design's CSV file.
     */
    static final int MAX_BYTES = 1 << 20;
    /** Keys longer than this are shortened in messages and get no spelling hint (no slip of the keyboard makes one). */
    private static final int MAX_KEY_SHOWN = 120;

    private static final YAMLFactory YAML = YAMLFactory.builder()
            // only true/false are booleans: "yes", "no", "on" and "off" would otherwise change type silently
            .enable(YAMLParser.Feature.PARSE_BOOLEAN_LIKE_WORDS_AS_STRINGS)
            // "days:" with nothing after it must read as missing, not as the empty text
            .enable(YAMLParser.Feature.EMPTY_STRING_AS_NULL)
            .disable(YAMLParser.Feature.EMPTY_DOCUMENT_AS_EMPTY_OBJECT)
            .build();

    private final ParamCatalog catalog;
    private final Path file;
    private final List<ScenarioProblem> problems = new ArrayList<>();
    private final Map<String, Object> settings = new LinkedHashMap<>();
    private final Map<String, Integer> lines = new LinkedHashMap<>();
    private boolean recognised;
    private String notScenario;
    private YAMLParser p;
    private String name;
    private String description;
    private String parent;
    private int parentLine;
    private ExperimentSpec experiment;
    private List<CaseCompound> cases;

    private ScenarioFileParser(ParamCatalog catalog, Path file) {
        this.catalog = catalog;
        this.file = file;
    }

    static ScenarioFile parse(ParamCatalog catalog, Path file) {
        ScenarioFileParser parser = new ScenarioFileParser(catalog, file);
        parser.run();
        return new ScenarioFile(file, parser.name, parser.description, parser.parent, parser.parentLine,
                parser.settings, parser.experiment, parser.cases, parser.problems, parser.lines, parser.notScenario);
    }

    private void run() {
        String text = readText();
        if (text == null) {
            return;
        }
        try (YAMLParser parser = YAML.createParser(text)) {
            p = parser;
            readDocument();
        } catch (JacksonException e) {
            ScenarioProblem syntax = syntaxProblem(e);
            problems.add(syntax);
            if (!recognised && notScenario == null) {
                notScenario = "it is not YAML" + (syntax.line() > 0 ? " (line " + syntax.line() + ")" : "");
            }
        } catch (IOException e) {
            // reading from a String: only reached if Jackson reports an I/O failure of its own
            problems.add(new ScenarioProblem(file, 0, "", "cannot read: " + e.getMessage()));
        }
    }

    private String readText() {
        try {
            if (Files.isDirectory(file)) {
                problems.add(new ScenarioProblem(file, 0, "", "is a directory, not a scenario file"));
                notScenario = "it is a directory";
                return null;
            }
            if (Files.exists(file) && !Files.isRegularFile(file)) {
                problems.add(new ScenarioProblem(file, 0, "", "is not a regular file (a device or a pipe), not a scenario file"));
                notScenario = "it is not a regular file";
                return null;
            }
            byte[] bytes;
            try (InputStream in = Files.newInputStream(file)) {
                // read at most one byte beyond the limit, so a huge file is refused without reading it whole
                bytes = in.readNBytes(MAX_BYTES + 1);
            }
            if (bytes.length > MAX_BYTES) {
                notScenario = "it holds " + Files.size(file) + " bytes, more than the " + (MAX_BYTES >> 20) + " MiB a scenario file may hold "
                        + "(a table of design points belongs in a TABLE design's CSV file)";
                problems.add(new ScenarioProblem(file, 0, "", notScenario));
                return null;
            }
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (NoSuchFileException e) {
            problems.add(new ScenarioProblem(file, 0, "", "file not found"));
        } catch (CharacterCodingException e) {
            problems.add(new ScenarioProblem(file, 0, "", "is not UTF-8 text"));
            notScenario = "it is not UTF-8 text";
        } catch (IOException e) {
            problems.add(new ScenarioProblem(file, 0, "", "cannot read: " + e.getMessage()));
        }
        return null;
    }

    private void readDocument() throws IOException {
        JsonToken t = p.nextToken();
        if (t == null || t == JsonToken.VALUE_NULL) {
            problems.add(new ScenarioProblem(file, 0, "", "empty scenario: expected settings such as 'run:' with 'days: 720' under it"));
            return;
        }
        if (t != JsonToken.START_OBJECT) {
            problem(line(), "", "the top level must be a mapping of keys to settings, not " + shown(t));
            notScenario = "its top level is " + kind(t) + ", not a mapping of settings";
            p.skipChildren();
        } else {
            readMapping("");
            if (!recognised && !lines.isEmpty()) {
                notScenario = "none of its top-level keys is a scenario's (" + String.join(", ", METADATA)
                        + " or a parameter section; `govsim params` lists them)";
            }
        }
        if (p.nextToken() != null) {
            problem(line(), "", "a scenario file holds one YAML document; remove the second one (after '---')");
        }
    }

    /** Reads the mapping whose START_OBJECT is the current token; {@code section} is its dotted path. */
    private void readMapping(String section) throws IOException {
        Map<String, Integer> seen = new HashMap<>();
        for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
            String key = p.currentName();
            String path = section.isEmpty() ? key : section + "." + key;
            int line = line();
            p.nextToken();
            lines.putIfAbsent(path, line);
            if (section.isEmpty() && (METADATA.contains(key) || catalog.find(key).isPresent() || catalog.isSection(key))) {
                recognised = true;
            }
            Integer first = seen.putIfAbsent(key, line);
            if (first != null) {
                problem(line, path, "given twice in this mapping (first at line " + first + ")");
                p.skipChildren();
            } else if (p.isCurrentAlias()) {
                // the streaming parser hands back an alias as its anchor's name, never the anchored value
                problem(line, path, "YAML aliases (*" + p.getText() + ") are not supported; write the value itself");
            } else if (section.isEmpty() && METADATA.contains(key)) {
                readMetadata(key, line);
            } else {
                readEntry(section, key, path, line);
            }
        }
    }

    private void readEntry(String section, String key, String path, int line) throws IOException {
        Optional<ParamDef> def = catalog.find(path);
        if (key.contains(".")) {
            // nesting is the one spelling, so a path cannot be set twice in two different ways
            problem(line, path, "dotted keys are not read; nest each part, e.g. 'run:' with 'days:' indented under it");
        } else if (def.isPresent()) {
            readParameter(def.get(), path, line);
        } else if (catalog.isSection(path)) {
            readSection(path, line);
        } else if (path.length() > MAX_KEY_SHOWN) {
            problem(line, path, "unknown key; allowed here: " + String.join(", ", section.isEmpty() ? METADATA : List.of())
                    + (section.isEmpty() ? ", " : "") + String.join(", ", catalog.childKeys(section)));
        } else {
            problem(line, path, KeyHints.unknownKey(catalog, section, key, section.isEmpty() ? METADATA : List.of()));
        }
        p.skipChildren();
    }

    private void readSection(String path, int line) throws IOException {
        if (p.currentToken() == JsonToken.START_OBJECT) {
            readMapping(path);
        } else {
            problem(line, path, "is a section: expected a mapping of its keys (" + String.join(", ", catalog.childKeys(path))
                    + "), not " + shown(p.currentToken()));
        }
    }

    private void readParameter(ParamDef def, String path, int line) throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
            problem(line, path, "expects a single value (" + def.allowed() + "), not " + shown(t));
            return;
        }
        ScalarReader.Result r = ScalarReader.read(def, p);
        if (r.problem() != null) {
            problem(line, path, r.problem());
        } else {
            settings.put(path, r.value());
        }
    }

    private void readMetadata(String key, int line) throws IOException {
        JsonToken t = p.currentToken();
        boolean text = t.isScalarValue() && t != JsonToken.VALUE_NULL && !p.getText().isBlank();
        switch (key) {
            case EXPERIMENT -> experiment = ExperimentBlockParser.read(catalog, file, p, line, problems);
            case "calibration" -> { } // read and checked by runner.calibration.CalibrationFile; a run ignores the block
            case CasesBlockParser.KEY -> cases = CasesBlockParser.read(file, p, line, ModelCatalog.caseKeys(), problems);
            case EXTENDS -> {
                if (t == JsonToken.VALUE_STRING && text) {
                    parent = p.getText().trim();
                    parentLine = line;
                } else {
                    problem(line, key, "must be the path of a parent scenario file, relative to this file, not " + shown(t));
                }
            }
            case NAME -> {
                if (!text || p.getText().contains("\n")) {
                    problem(line, key, "must be a one-line name, not " + shown(t).replaceAll("\\p{Cntrl}", "?"));
                } else if (ScenarioName.problem(p.getText().strip()) != null) {
                    // strip, not trim: trim would drop a leading escape character silently instead of refusing it
                    problem(line, key, ScenarioName.problem(p.getText().strip()));
                } else {
                    name = p.getText().strip();
                }
            }
            case DESCRIPTION -> {
                if (text) {
                    description = p.getText().trim();
                } else {
                    problem(line, key, "must be text, not " + shown(t));
                }
            }
            default -> throw new IllegalStateException("not a metadata key: " + key);
        }
        p.skipChildren();
    }

    /** What a top level that is not a mapping is, without quoting it. */
    private static String kind(JsonToken t) {
        return switch (t) {
            case START_ARRAY -> "a list";
            case VALUE_STRING -> "text";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "true or false";
            default -> "not a mapping";
        };
    }

    /** How a value that is of the wrong kind is described to the user. */
    private String shown(JsonToken t) throws IOException {
        return switch (t) {
            case START_OBJECT -> "a mapping";
            case START_ARRAY -> "a list";
            case VALUE_NULL -> "nothing";
            case VALUE_STRING -> p.getText().isBlank() ? "blank text" : "the text " + ScalarReader.quote(p.getText());
            default -> p.getText();
        };
    }

    private ScenarioProblem syntaxProblem(JacksonException e) {
        for (Throwable c = e; c != null; c = c.getCause()) {
            if (c instanceof org.yaml.snakeyaml.error.MarkedYAMLException m && m.getProblemMark() != null) {
                String context = m.getContext() == null ? "" : " (" + m.getContext() + ")";
                return new ScenarioProblem(file, m.getProblemMark().getLine() + 1, "",
                        "malformed YAML: " + m.getProblem() + context);
            }
        }
        int at = e.getLocation() == null ? 0 : Math.max(0, e.getLocation().getLineNr());
        String message = String.valueOf(e.getOriginalMessage()).lines().findFirst().orElse("unreadable");
        return new ScenarioProblem(file, at, "", "malformed YAML: " + message);
    }

    private int line() {
        return p.currentTokenLocation().getLineNr();
    }

    private void problem(int line, String key, String message) {
        problems.add(new ScenarioProblem(file, line, shownKey(key), message));
    }

    /** A key as a message shows it: control characters made visible, and cut short when it is a block of text. */
    static String shownKey(String key) {
        String k = key.replaceAll("\\p{Cntrl}", "?");
        return k.length() > MAX_KEY_SHOWN ? k.substring(0, MAX_KEY_SHOWN - 3) + "... (" + k.length() + " characters)" : k;
    }
}
