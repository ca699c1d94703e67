package org.govsim.runner.scenario;

import org.govsim.model.ModelCatalog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.govsim.model.param.ParamCatalog;
import org.govsim.model.param.ParamDef;
import org.govsim.model.param.ParamValues;

/**
 * Loads a scenario file and the files it {@code extends}, checks every entry against a {@link ParamCatalog}
 * and merges them over the defaults (root ancestor first, the named file last). Every problem found in the
 * whole chain is reported together in one {@link ScenarioException}.
 */
public final class ScenarioLoader {
    private final ParamCatalog catalog;
    private final ConstraintCheck constraints;

    public ScenarioLoader() {
        this(ModelCatalog.parameters());
    }

    public ScenarioLoader(ParamCatalog catalog) {
        this.catalog = catalog;
        this.constraints = new ConstraintCheck(catalog);
    }

    public Scenario load(Path file) throws ScenarioException {
        List<ScenarioFile> chain = new ArrayList<>();
        List<ScenarioProblem> problems = new ArrayList<>();
        List<Path> seen = new ArrayList<>();
        Path current = file;
        while (current != null) {
            ScenarioFile sf = ScenarioFileParser.parse(catalog, current);
            if (sf.notScenario() != null && !chain.isEmpty()) {
                // say what a parent is not, never what it holds: extends may name any file the user can read. The file
                // the user named keeps its detailed problems: its author wants the line of the slip
                ScenarioFile child = chain.get(chain.size() - 1);
                problems.add(problem(child, notScenario(child.parent(), current, sf.notScenario())));
                break;
            }
            chain.add(sf);
            seen.add(identity(current));
            List<ScenarioProblem> own = new ArrayList<>(sf.problems());
            current = parentOf(sf, seen, chain, own);
            // the extends check is made after parsing, so restore line order within the file
            own.sort(Comparator.comparingInt(ScenarioProblem::line));
            problems.addAll(own);
        }
        if (!problems.isEmpty()) {
            throw new ScenarioException(problems);
        }
        if (chain.get(0).name() == null && ScenarioName.problem(baseName(file)) != null) {
            throw new ScenarioException(new ScenarioProblem(file, 0, ScenarioFileParser.NAME, "the file's name, used as the scenario's, "
                    + ScenarioName.problem(baseName(file)) + "; give a name: key"));
        }
        Scenario merged = merge(file, chain);
        problems.addAll(constraints.inChain(chain, merged.values()));
        if (merged.experiment() != null) {
            problems.addAll(constraints.inDesign(merged.experiment(), merged.values()));
        }
        if (!problems.isEmpty()) {
            throw new ScenarioException(problems);
        }
        return merged;
    }

    /** The parent to read next, or null at the root or when the reference is bad (then a problem is added). */
    private static Path parentOf(ScenarioFile sf, List<Path> seen, List<ScenarioFile> chain, List<ScenarioProblem> own) {
        if (sf.parent() == null) {
            return null;
        }
        Path parent;
        try {
            // relative to the referring file, so a scenario tree can be moved or run from any working directory
            parent = sf.file().resolveSibling(sf.parent()).normalize();
        } catch (InvalidPathException e) {
            own.add(problem(sf, "'" + sf.parent() + "' is not a valid file path"));
            return null;
        }
        if (seen.contains(identity(parent))) {
            StringBuilder cycle = new StringBuilder();
            for (ScenarioFile f : chain) {
                cycle.append(f.file()).append(" -> ");
            }
            own.add(problem(sf, "'" + sf.parent() + "' makes a cycle: " + cycle + parent));
            return null;
        }
        if (!Files.exists(parent)) {
            own.add(problem(sf, "parent scenario '" + sf.parent() + "' not found (looked for " + parent + ")"));
            return null;
        }
        return parent;
    }

    private static String notScenario(String written, Path resolved, String why) {
        String where = written.equals(resolved.toString()) ? "" : " (" + resolved + ")";
        return "'" + written + "'" + where + " is not a scenario file: " + why;
    }

    private static ScenarioProblem problem(ScenarioFile sf, String message) {
        return new ScenarioProblem(sf.file(), sf.parentLine(), ScenarioFileParser.EXTENDS, message);
    }

    /** Two spellings of one file must compare equal for cycle detection; messages keep the spelling given. */
    private static Path identity(Path p) {
        try {
            return p.toRealPath();
        } catch (IOException e) {
            return p.toAbsolutePath().normalize();
        }
    }

    private Scenario merge(Path file, List<ScenarioFile> chain) {
        ParamValues values = ParamValues.defaults(catalog);
        for (int i = chain.size() - 1; i >= 0; i--) {
            values = values.withAll(chain.get(i).settings());
        }
        Map<String, Object> fileSettings = new LinkedHashMap<>();
        for (ParamDef d : catalog.all()) {
            if (chain.stream().anyMatch(f -> f.settings().containsKey(d.path()))) {
                fileSettings.put(d.path(), values.get(d.path()));
            }
        }
        ScenarioFile own = chain.get(0);
        String name = own.name() != null ? own.name() : baseName(file);
        String description = own.description() != null ? own.description() : "";
        // a child's experiment replaces its parent's whole; without one, the nearest ancestor's applies
        ExperimentSpec experiment = chain.stream().map(ScenarioFile::experiment).filter(e -> e != null).findFirst().orElse(null);
        // the same for the named case compounds
        values = values.withCases(chain.stream().map(ScenarioFile::cases).filter(c -> c != null).findFirst().orElse(List.of()));
        return new Scenario(name, description, file, chain.stream().map(ScenarioFile::file).toList(), values, fileSettings, experiment);
    }

    /** The file name without its last extension: {@code scenarios/baseline.yaml} gives {@code baseline}. */
    static String baseName(Path file) {
        String n = file.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot > 0 ? n.substring(0, dot) : n;
    }
}
