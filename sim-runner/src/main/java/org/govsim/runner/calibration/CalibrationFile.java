package org.govsim.runner.calibration;

import org.govsim.model.ModelCatalog;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import org.govsim.model.param.ParamCatalog;
import org.govsim.model.param.ParamValues;
import org.govsim.runner.scenario.Scenario;
import org.govsim.runner.scenario.ScenarioException;
import org.govsim.runner.scenario.ScenarioLoader;
import org.govsim.runner.scenario.ScenarioProblem;

/**
 * Loads a calibration file: a scenario (with {@code extends}, checked by {@link ScenarioLoader}) that has a
 * {@code calibration:} block, its own or its nearest ancestor's. The scenario loader accepts the block and skips it;
 * this class reads it again from the file's token stream, so that its problems carry file and line, then checks
 * the targets against the model. Every problem found is reported together, before anything runs.
 */
public final class CalibrationFile {
    private static final YAMLFactory YAML = YAMLFactory.builder()
            // read as the scenario parser reads: only true/false are booleans, "key:" with nothing after it is missing
            .enable(YAMLParser.Feature.PARSE_BOOLEAN_LIKE_WORDS_AS_STRINGS)
            .enable(YAMLParser.Feature.EMPTY_STRING_AS_NULL)
            .disable(YAMLParser.Feature.EMPTY_DOCUMENT_AS_EMPTY_OBJECT)
            .build();

    private CalibrationFile() {
    }

    /** A parser that reads YAML as the scenario parser does (for targets files too). */
    static YAMLParser yamlParser(String text) throws IOException {
        return YAML.createParser(text);
    }

    /**
     * @param file  the calibration file
     * @param model what the model measures, for the scenario's values (a one-day run of the model, for the real one)
     */
    public static Calibration load(Path file, Function<ParamValues, ModelVocabulary> model) throws ScenarioException {
        return load(file, model, true);
    }

    /**
     * For {@code govsim validate}: checks the file as a scenario and, when it (or a file it extends) has a calibration
     * block, the block against the model; a file without one is checked as any scenario.
     */
    public static void check(Path file) throws ScenarioException {
        load(file, ModelSimulator::new, false);
    }

    private static Calibration load(Path file, Function<ParamValues, ModelVocabulary> model, boolean required) throws ScenarioException {
        ParamCatalog catalog = ModelCatalog.parameters();
        List<ScenarioProblem> problems = new ArrayList<>();
        Scenario scenario = null;
        try {
            scenario = new ScenarioLoader(catalog).load(file);
        } catch (ScenarioException e) {
            problems.addAll(e.problems());
        }
        List<Path> chain = scenario == null ? List.of(file) : scenario.chain();
        Block block = null;
        for (int i = 0; i < chain.size() && block == null; i++) {
            block = readBlock(catalog, chain.get(i));
        }
        if (block != null) {
            problems.addAll(block.problems());
        } else if (problems.isEmpty() && !required) {
            return null;
        } else if (problems.isEmpty()) {
            problems.add(new ScenarioProblem(file, 0, CalibrationBlockParser.KEY,
                    "no calibration: block in this file or the files it extends; add one with parameters and targets"));
        }
        if (problems.isEmpty()) {
            problems.addAll(TargetCheck.problems(block.spec(), model.apply(scenario.values())));
        }
        if (!problems.isEmpty()) {
            throw new ScenarioException(problems.stream().distinct().toList());
        }
        return new Calibration(scenario, block.spec());
    }

    /** A file's calibration block: the spec, or null and the problems that refuse it (in line order). */
    private record Block(CalibrationSpec spec, List<ScenarioProblem> problems) {
    }

    /** Reads the file's own calibration block; null when it has none. */
    private static Block readBlock(ParamCatalog catalog, Path file) {
        String text;
        try {
            text = Files.readString(file);
        } catch (IOException e) {
            // an unreadable file has been reported by the scenario loader
            return null;
        }
        List<ScenarioProblem> problems = new ArrayList<>();
        try (YAMLParser p = YAML.createParser(text)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
                String key = p.currentName();
                int line = p.currentTokenLocation().getLineNr();
                p.nextToken();
                if (key.equals(CalibrationBlockParser.KEY)) {
                    CalibrationSpec spec = CalibrationBlockParser.read(catalog, file, p, line, problems);
                    problems.sort(Comparator.comparingInt(ScenarioProblem::line));
                    return new Block(spec, problems);
                }
                p.skipChildren();
            }
        } catch (JacksonException e) {
            // malformed YAML: the scenario loader has reported it with its line
        } catch (IOException e) {
            problems.add(new ScenarioProblem(file, 0, CalibrationBlockParser.KEY, "cannot read: " + e.getMessage()));
            return new Block(null, problems);
        }
        return null;
    }
}
