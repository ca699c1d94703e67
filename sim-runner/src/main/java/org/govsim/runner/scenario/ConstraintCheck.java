package org.govsim.runner.scenario;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.govsim.model.ModelCatalog;
import org.govsim.model.param.ParamCatalog;
import org.govsim.model.param.ParamConstraints.Constraint;
import org.govsim.model.param.ParamValues;

/**
 * Checks the model's rules over several parameters ({@code ModelCatalog.constraints()}) on a scenario, after its
 * {@code extends} chain is merged, after {@code --set}, and over what its experiment can make, and says where each
 * broken rule was set: the nearest file of the chain that sets one of its keys, at that key's line.
 */
public final class ConstraintCheck {
    private final List<Constraint> constraints;

    /** The model's constraints whose keys {@code catalog} declares. */
    public ConstraintCheck(ParamCatalog catalog) {
        this.constraints = ModelCatalog.constraints().stream().filter(c -> c.appliesTo(catalog)).toList();
    }

    public List<Constraint> constraints() {
        return constraints;
    }

    /** The broken constraints of a merged chain (child first), each at the nearest file that sets one of its keys. */
    List<ScenarioProblem> inChain(List<ScenarioFile> chain, ParamValues values) {
        List<ScenarioProblem> problems = new ArrayList<>();
        for (Constraint c : constraints) {
            String why = c.violation(values);
            if (why != null) {
                problems.add(located(chain, c, why));
            }
        }
        return problems;
    }

    private static ScenarioProblem located(List<ScenarioFile> chain, Constraint c, String why) {
        for (ScenarioFile f : chain) {
            String first = null;
            for (String k : c.keys()) {
                if (f.lineOf(k) > 0 && (first == null || f.lineOf(k) < f.lineOf(first))) {
                    first = k;
                }
            }
            if (first != null) {
                return new ScenarioProblem(f.file(), f.lineOf(first), first, why + elsewhere(chain, c, f));
            }
        }
        // only the defaults: a lever's rule over core values its declarations contradict
        return new ScenarioProblem(chain.get(0).file(), 0, c.keys().get(0), why + " (all at their defaults)");
    }

    /** Where the rule's other keys were set, when in another file of the chain: " (x set at base.yaml:7)". */
    private static String elsewhere(List<ScenarioFile> chain, Constraint c, ScenarioFile here) {
        List<String> where = new ArrayList<>();
        for (String k : c.keys()) {
            if (here.lineOf(k) > 0) {
                continue;
            }
            chain.stream().filter(f -> f.lineOf(k) > 0).findFirst()
                    .ifPresent(f -> where.add(k + " set at " + f.file() + ":" + f.lineOf(k)));
        }
        return where.isEmpty() ? "" : " (" + String.join(", ", where) + ")";
    }

    /** The constraints that command-line assignments to {@code paths} break, each under the first assignment among its keys. */
    List<ScenarioProblem> inOverrides(List<String> paths, ParamValues values) {
        List<ScenarioProblem> problems = new ArrayList<>();
        for (Constraint c : constraints) {
            String set = paths.stream().filter(c.keys()::contains).findFirst().orElse(null);
            String why = set == null ? null : c.violation(values);
            if (why != null) {
                problems.add(new ScenarioProblem(null, 0, "--set " + set, why));
            }
        }
        return problems;
    }

    /**
     * The constraints an experiment's design can break on these values, one problem per constraint, under the first
     * factor it varies. What is tried does not depend on the seed, so {@code validate} and the run agree: listed values
     * in every combination the design makes, and the ends of each sampled range (the designs draw close to both).
     */
    List<ScenarioProblem> inDesign(ExperimentSpec spec, ParamValues values) {
        List<ScenarioProblem> problems = new ArrayList<>();
        for (Constraint c : constraints) {
            List<Factor> varied = factors(spec).stream().filter(f -> c.keys().contains(f.path)).toList();
            if (varied.isEmpty()) {
                continue;
            }
            for (Map<String, Object> point : combinations(spec, varied)) {
                String why = c.violation(values.withAll(point));
                if (why != null) {
                    Factor named = varied.get(0);
                    problems.add(new ScenarioProblem(named.file, named.line, named.key, "the design can make a "
                            + why + (spec.design().samplesRanges() ? " (the ends of the sampled ranges are tried)" : "")));
                    break;
                }
            }
        }
        return problems;
    }

    /** One parameter the design varies, with the values to try and where it is declared. */
    private record Factor(String path, String key, Path file, int line, boolean policy, List<Object> values) {
    }

    private static List<Factor> factors(ExperimentSpec spec) {
        List<Factor> all = new ArrayList<>();
        for (ExperimentFactor f : spec.policies()) {
            all.add(new Factor(f.path(), "experiment.policies." + f.path(), spec.file(), f.line(), true, f.levels()));
        }
        for (ExperimentFactor f : spec.uncertainties()) {
            List<Object> tried = f.isRange() ? List.of(f.at(0), f.at(1)) : f.levels();
            all.add(new Factor(f.path(), "experiment.uncertainties." + f.path(), spec.file(), f.line(), false, tried));
        }
        for (String path : spec.tableColumns()) {
            // a table's columns move together: tableRows() takes their values row by row
            all.add(new Factor(path, path, spec.table(), 1, false, List.of()));
        }
        return all;
    }

    /** The assignments of the varied factors the design can make (and for ranges, their corners). */
    private static List<Map<String, Object>> combinations(ExperimentSpec spec, List<Factor> varied) {
        List<Map<String, Object>> policies = grid(varied.stream().filter(Factor::policy).toList());
        List<Factor> sampled = varied.stream().filter(f -> !f.policy()).toList();
        List<Map<String, Object>> sample = switch (spec.design()) {
            case ONE_AT_A_TIME -> oneAtATime(sampled);
            case TABLE -> tableRows(spec, sampled);
            default -> grid(sampled);
        };
        List<Map<String, Object>> all = new ArrayList<>();
        for (Map<String, Object> p : policies) {
            for (Map<String, Object> s : sample) {
                Map<String, Object> point = new LinkedHashMap<>(p);
                point.putAll(s);
                all.add(point);
            }
        }
        return all;
    }

    private static List<Map<String, Object>> grid(List<Factor> factors) {
        List<Map<String, Object>> points = new ArrayList<>();
        points.add(Map.of());
        for (Factor f : factors) {
            List<Map<String, Object>> next = new ArrayList<>();
            for (Map<String, Object> p : points) {
                for (Object v : f.values()) {
                    Map<String, Object> q = new LinkedHashMap<>(p);
                    q.put(f.path(), v);
                    next.add(q);
                }
            }
            points = next;
        }
        return points;
    }

    /** The scenario's own values (no change), then each factor alone at each of its values. */
    private static List<Map<String, Object>> oneAtATime(List<Factor> factors) {
        List<Map<String, Object>> points = new ArrayList<>();
        points.add(Map.of());
        for (Factor f : factors) {
            f.values().forEach(v -> points.add(Map.of(f.path(), v)));
        }
        return points;
    }

    /** The rows of a TABLE design, kept to the varied columns, each once. */
    private static List<Map<String, Object>> tableRows(ExperimentSpec spec, List<Factor> factors) {
        Set<Map<String, Object>> rows = new LinkedHashSet<>();
        for (List<Object> row : spec.tableRows()) {
            Map<String, Object> point = new LinkedHashMap<>();
            for (Factor f : factors) {
                point.put(f.path(), row.get(spec.tableColumns().indexOf(f.path())));
            }
            rows.add(point);
        }
        return new ArrayList<>(rows);
    }

}
