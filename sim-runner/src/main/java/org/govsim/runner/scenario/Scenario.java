package org.govsim.runner.scenario;

import org.govsim.model.ModelCatalog;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.govsim.model.param.ParamCatalog;
import org.govsim.model.param.ParamDef;
import org.govsim.model.param.ParamValues;

/**
 * A loaded scenario: its complete parameter values and where they came from.
 *
 * @param name         the {@code name} key, else the file name without extension
 * @param description  the {@code description} key, else empty
 * @param source       the file named by the user; null for {@link #defaults()}
 * @param chain        the file and its {@code extends} ancestors, child first, paths as resolved from the given one
 * @param values       defaults, overlaid by the root ancestor's settings, ..., then the file's own, then overrides
 * @param fileSettings every path the chain's files set, in declaration order, with the value the chain gives it;
 *                     overrides from {@link #withOverrides} and {@link #withValue} change {@code values} only
 * @param experiment   the {@code experiment:} block (the file's own, else its nearest ancestor's), or null: then
 *                     the scenario is run as replications of its one point
 */
public record Scenario(String name, String description, Path source, List<Path> chain, ParamValues values,
                       Map<String, Object> fileSettings, ExperimentSpec experiment) {

    public Scenario {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(values, "values");
        description = description == null ? "" : description;
        chain = List.copyOf(chain);
        fileSettings = Collections.unmodifiableMap(new LinkedHashMap<>(fileSettings));
    }

    /** A scenario without an experiment. */
    public Scenario(String name, String description, Path source, List<Path> chain, ParamValues values, Map<String, Object> fileSettings) {
        this(name, description, source, chain, values, fileSettings, null);
    }

    /** The same scenario with another experiment (null: none), e.g. one given on the command line. */
    public Scenario withExperiment(ExperimentSpec spec) {
        return new Scenario(name, description, source, chain, values, fileSettings, spec);
    }

    /** Every parameter at its default, from no file: for commands that can run without a scenario. */
    public static Scenario defaults() {
        return defaults(ModelCatalog.parameters());
    }

    public static Scenario defaults(ParamCatalog catalog) {
        return new Scenario("defaults", "", null, List.of(), ParamValues.defaults(catalog), Map.of());
    }

    /**
     * Applies command-line assignments ({@code path=value}, as given to {@code --set}) in order, later ones
     * winning. All bad assignments are reported together, each naming {@code --set}, the path and what is allowed.
     */
    public Scenario withOverrides(List<String> assignments) throws ScenarioException {
        ParamCatalog catalog = values.catalog();
        ParamValues v = values;
        List<ScenarioProblem> problems = new ArrayList<>();
        for (String a : assignments) {
            int eq = a.indexOf('=');
            if (eq < 0) {
                problems.add(new ScenarioProblem(null, 0, "--set " + a, "expected PATH=VALUE, e.g. run.days=360"));
                continue;
            }
            String path = a.substring(0, eq).trim();
            String key = "--set " + path;
            Optional<ParamDef> def = catalog.find(path);
            if (def.isEmpty()) {
                problems.add(new ScenarioProblem(null, 0, key, unknownPath(catalog, path)));
                continue;
            }
            try {
                v = v.with(path, def.get().parse(a.substring(eq + 1)));
            } catch (IllegalArgumentException e) {
                problems.add(new ScenarioProblem(null, 0, key, e.getMessage()));
            }
        }
        if (problems.isEmpty()) {
            // the rules over several parameters: an override may contradict a value the file keeps, or the design's factors
            ConstraintCheck constraints = new ConstraintCheck(catalog);
            problems.addAll(constraints.inOverrides(paths(assignments), v));
            if (experiment != null) {
                problems.addAll(constraints.inDesign(experiment, v));
            }
        }
        if (!problems.isEmpty()) {
            throw new ScenarioException(problems);
        }
        return new Scenario(name, description, source, chain, v, fileSettings, experiment);
    }

    /** One typed value (Integer, Double, Boolean or String), as a sweep or the GUI sets it. */
    public Scenario withValue(String path, Object value) throws ScenarioException {
        if (values.catalog().find(path).isEmpty()) {
            throw new ScenarioException(new ScenarioProblem(null, 0, path, unknownPath(values.catalog(), path)));
        }
        try {
            return new Scenario(name, description, source, chain, values.with(path, value), fileSettings, experiment);
        } catch (IllegalArgumentException e) {
            // ParamValues prefixes its message with the path, which the problem already carries as its key
            String message = e.getMessage().startsWith(path + " ") ? e.getMessage().substring(path.length() + 1) : e.getMessage();
            throw new ScenarioException(new ScenarioProblem(null, 0, path, message));
        }
    }

    /** The paths the assignments set, in order. */
    private static List<String> paths(List<String> assignments) {
        return assignments.stream().filter(a -> a.indexOf('=') > 0).map(a -> a.substring(0, a.indexOf('=')).trim()).toList();
    }

    private static String unknownPath(ParamCatalog catalog, String path) {
        if (catalog.isSection(path)) {
            return "is a section, not a parameter; its keys: " + String.join(", ", catalog.childKeys(path));
        }
        return "unknown parameter" + catalog.suggestion(path) + "; `govsim params` lists every parameter path";
    }
}
