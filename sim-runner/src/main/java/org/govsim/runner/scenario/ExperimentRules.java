package org.govsim.runner.scenario;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.govsim.model.param.ParamCatalog;
import org.govsim.model.param.ParamDef;

/**
 * The checks an experiment passes as a whole, once its keys are read one by one: which factors and settings each
 * design takes, that the design is not empty, that no parameter is varied twice, the TABLE file's cells, and that
 * the design's size, counted without generating it ({@link DesignSize}), is within what one batch can hold.
 */
public final class ExperimentRules {
    private ExperimentRules() {
    }

    /** An experiment's parts as read, before the whole is checked; lines are 0 when given on the command line. */
    public static final class Draft {
        final Path file;
        final int line;
        public ExperimentDesign design;
        int designLine;
        public int replications = ExperimentSpec.DEFAULT_REPLICATIONS;
        int replicationsLine;
        /** As read, however large: a count too large to run is refused with the design's size. */
        public long samples;
        int samplesLine;
        public long trajectories;
        int trajectoriesLine;
        public int levels;
        int levelsLine;
        public Path table;
        int tableLine;
        public final List<ExperimentFactor> policies = new ArrayList<>();
        public final List<ExperimentFactor> uncertainties = new ArrayList<>();

        public Draft(Path file, int line) {
            this.file = file;
            this.line = line;
        }
    }

    /** The checked spec, or null after adding the problems found. */
    public static ExperimentSpec check(ParamCatalog catalog, Draft d, List<ScenarioProblem> problems) {
        int before = problems.size();
        String key = "experiment";
        if (d.design == null) {
            problems.add(new ScenarioProblem(d.file, d.line, key + ".design", "missing; one of " + Arrays.toString(ExperimentDesign.values())));
            return null;
        }
        for (ExperimentFactor f : d.policies) {
            if (f.isRange()) {
                problems.add(new ScenarioProblem(d.file, f.line(), key + ".policies." + f.path(),
                        "policies are the options compared: list their values, e.g. [0, 800, 1600]; ranges belong under uncertainties"));
            }
        }
        boolean ranges = d.design.samplesRanges();
        for (ExperimentFactor f : d.uncertainties) {
            if (f.isRange() != ranges) {
                problems.add(new ScenarioProblem(d.file, f.line(), key + ".uncertainties." + f.path(), ranges
                        ? d.design + " samples ranges: give {min: ..., max: ...}, not a list"
                        : d.design + " takes listed values, e.g. [14, 30, 60]; ranges are for LATIN_HYPERCUBE, SOBOL and MORRIS"));
            }
        }
        checkSettings(d, problems);
        if ((d.design == ExperimentDesign.TABLE) != (d.table != null)) {
            problems.add(d.table == null
                    ? new ScenarioProblem(d.file, d.designLine, key + ".table", "missing: TABLE needs a CSV file of points")
                    : new ScenarioProblem(d.file, d.tableLine, key + ".table", "is used by the TABLE design only, not " + d.design));
        }
        if (d.design == ExperimentDesign.TABLE && !d.uncertainties.isEmpty()) {
            problems.add(new ScenarioProblem(d.file, d.uncertainties.get(0).line(), key + ".uncertainties",
                    "TABLE takes its points from the table; put these parameters in its columns"));
        }
        if ((d.design == ExperimentDesign.ONE_AT_A_TIME || ranges) && d.uncertainties.isEmpty()) {
            problems.add(new ScenarioProblem(d.file, d.designLine, key + ".uncertainties",
                    "empty design: " + d.design + " varies the uncertainties; give at least one"));
        }
        DesignTable.Rows rows = DesignTable.Rows.NONE;
        if (d.design == ExperimentDesign.TABLE && d.table != null && problems.size() == before) {
            rows = DesignTable.read(catalog, d.table, problems);
        }
        checkDistinct(d, rows.columns(), problems);
        if (problems.size() == before && d.policies.isEmpty() && d.uncertainties.isEmpty() && rows.columns().isEmpty()) {
            problems.add(new ScenarioProblem(d.file, d.line, key, "empty design: no policies, uncertainties or table columns to vary"));
        }
        if (problems.size() > before) {
            return null;
        }
        DesignSize size = DesignSize.of(d.design, d.policies, d.uncertainties, d.samples, d.trajectories, rows.values().size(), d.replications);
        if (size.refusal().isPresent()) {
            DesignSize.Refusal r = size.refusal().get();
            problems.add(new ScenarioProblem(d.file, lineOf(d, r), r.key().isEmpty() ? key : key + "." + r.key(), r.message()));
            return null;
        }
        int levels = d.design == ExperimentDesign.MORRIS && d.levels == 0 ? ExperimentSpec.DEFAULT_MORRIS_LEVELS : d.levels;
        return new ExperimentSpec(d.design, d.replications, (int) d.samples, (int) d.trajectories, levels, d.policies, d.uncertainties,
                d.table, rows.columns(), rows.values(), d.file);
    }

    /** samples for the sampling designs, trajectories and levels for MORRIS, and neither elsewhere. */
    private static void checkSettings(Draft d, List<ScenarioProblem> problems) {
        String key = "experiment";
        boolean morris = d.design == ExperimentDesign.MORRIS;
        if (d.design.takesSamples() && d.samples == 0) {
            problems.add(new ScenarioProblem(d.file, d.designLine, key + ".samples", "missing: " + d.design + " needs samples (at least 2)"));
        }
        if (!d.design.takesSamples() && d.samples != 0) {
            problems.add(new ScenarioProblem(d.file, d.samplesLine, key + ".samples", "is used by LATIN_HYPERCUBE and SOBOL only, not "
                    + d.design + (morris ? "; MORRIS takes trajectories (and levels)" : "")));
        }
        if (morris && d.trajectories == 0) {
            problems.add(new ScenarioProblem(d.file, d.designLine, key + ".trajectories",
                    "missing: MORRIS needs trajectories (at least 2; 10 to 50 are usual)"));
        }
        if (!morris && d.trajectories != 0) {
            problems.add(new ScenarioProblem(d.file, d.trajectoriesLine, key + ".trajectories", "is used by MORRIS only, not " + d.design));
        }
        if (!morris && d.levels != 0) {
            problems.add(new ScenarioProblem(d.file, d.levelsLine, key + ".levels", "is used by MORRIS only, not " + d.design));
        }
    }

    /** The line of the setting a size refusal names: its own key's, else the block's. */
    private static int lineOf(Draft d, DesignSize.Refusal r) {
        int line = switch (r.key()) {
            case "replications" -> d.replicationsLine;
            case "samples" -> d.samplesLine;
            case "trajectories" -> d.trajectoriesLine;
            case "table" -> d.tableLine;
            default -> r.factor() != null ? r.factor().line() : d.line;
        };
        return line > 0 ? line : d.line;
    }

    private static void checkDistinct(Draft d, List<String> tableColumns, List<ScenarioProblem> problems) {
        Map<String, String> where = new HashMap<>();
        for (ExperimentFactor f : d.policies) {
            where.put(f.path(), "policies");
        }
        for (ExperimentFactor f : d.uncertainties) {
            String first = where.putIfAbsent(f.path(), "uncertainties");
            if (first != null) {
                problems.add(new ScenarioProblem(d.file, f.line(), "experiment.uncertainties." + f.path(), "is also under " + first
                        + "; a parameter is either a policy or an uncertainty"));
            }
        }
        for (String c : tableColumns) {
            if (where.containsKey(c)) {
                problems.add(new ScenarioProblem(d.table, 1, c, "is also under " + where.get(c) + " in " + d.file + "; vary it in one place"));
            }
        }
    }

    /** Why a range cannot be sampled, or null: inside the parameter's allowed range, min below max. */
    public static String rangeProblem(ParamDef def, double min, double max) {
        if (min < def.min() || max > def.max()) {
            return "range [" + ParamDef.format(min) + ", " + ParamDef.format(max) + "] is outside the allowed range: " + def.allowed();
        }
        if (!(min < max)) {
            return "range min (" + ParamDef.format(min) + ") must be below max (" + ParamDef.format(max) + ")";
        }
        return null;
    }

    /** The message for a factor path that is no parameter, with the nearest path when there is one. */
    public static String unknownPath(ParamCatalog catalog, String path) {
        if (catalog.isSection(path)) {
            return "is a section, not a parameter; its keys: " + String.join(", ", catalog.childKeys(path));
        }
        return "unknown parameter" + catalog.suggestion(path) + "; `govsim params` lists every parameter path";
    }
}
