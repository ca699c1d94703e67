package org.govsim.runner.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.govsim.model.metrics.MetricDef;

/**
 * Scenarios compared on a set of metrics: each option against its baseline (one baseline for all, or each
 * option's own, {@link #matched}), paired where the runs share the district and the seeds ({@link Pairing}),
 * every interval and p-value adjusted together ({@link Simultaneous}), each difference judged by the metric's
 * declared direction and practical threshold ({@link Verdict}). When the folders were run on parameter draws
 * (the points of their batches), each difference also carries its spread across the draws
 * ({@link UncertainDifference}) and the verdict uses that.
 *
 * @param scenarios   every scenario, baselines included, in the order given
 * @param metrics     the metrics compared (runs.csv columns), in the order asked
 * @param contrasts   each option with its baseline and how their runs relate
 * @param differences one per contrast and metric: contrasts in order, metrics in order within each
 * @param adjustment  the multiplicity adjustment shared by every interval and p-value
 * @param drawn       whether the runs were made on parameter draws
 */
public record Comparison(List<ScenarioResults> scenarios, List<String> metrics, List<Contrast> contrasts,
                         List<OptionDifference> differences, Simultaneous adjustment, boolean drawn) {

    /** The baseline's name when none is given and a scenario has it; else the first scenario is the baseline. */
    public static final String DEFAULT_BASELINE = "baseline";

    /** An option, the baseline it is measured against, and how their runs relate. */
    public record Contrast(ScenarioResults option, ScenarioResults baseline, Pairing pairing) {
    }

    /**
     * Compares every scenario with one baseline.
     *
     * @param baselineName a scenario's label, name or folder name; null for the default
     * @throws ResultsException when the baseline is not among them, a metric is missing from a runs.csv, or some
     *                          folders ran on parameter draws and others did not
     */
    public static Comparison of(List<ScenarioResults> scenarios, String baselineName, List<String> metrics) throws ResultsException {
        if (scenarios.isEmpty()) {
            throw new ResultsException("nothing to compare: give at least one results folder");
        }
        ScenarioResults baseline = findBaseline(scenarios, baselineName);
        List<Contrast> contrasts = new ArrayList<>();
        for (ScenarioResults option : scenarios) {
            if (option != baseline) {
                contrasts.add(new Contrast(option, baseline, Pairing.of(baseline, option)));
            }
        }
        return compare(scenarios, metrics, contrasts);
    }

    /**
     * Compares each option with its own baseline (e.g. its district with every lever off).
     *
     * @param baselineOf per option's label, its baseline's label
     */
    public static Comparison matched(List<ScenarioResults> scenarios, Map<String, String> baselineOf, List<String> metrics)
            throws ResultsException {
        Map<String, ScenarioResults> byLabel = new LinkedHashMap<>();
        scenarios.forEach(s -> byLabel.put(s.label(), s));
        List<Contrast> contrasts = new ArrayList<>();
        for (Map.Entry<String, String> e : baselineOf.entrySet()) {
            ScenarioResults option = byLabel.get(e.getKey());
            ScenarioResults baseline = byLabel.get(e.getValue());
            if (option == null || baseline == null) {
                throw new ResultsException("no results for " + (option == null ? e.getKey() : e.getValue()) + " among "
                        + String.join(", ", byLabel.keySet()));
            }
            contrasts.add(new Contrast(option, baseline, Pairing.of(baseline, option)));
        }
        return compare(scenarios, metrics, contrasts);
    }

    private static Comparison compare(List<ScenarioResults> scenarios, List<String> metrics, List<Contrast> contrasts)
            throws ResultsException {
        checkMetrics(scenarios, metrics);
        boolean drawn = drawn(contrasts);
        List<OptionDifference> raw = new ArrayList<>();
        for (Contrast c : contrasts) {
            for (String metric : metrics) {
                raw.add(DifferenceTest.of(c.baseline(), c.option(), MetricInfo.run(metric), c.pairing()));
            }
        }
        Simultaneous s = new Simultaneous((int) raw.stream().filter(d -> !Double.isNaN(d.p())).count());
        List<OptionDifference> differences = new ArrayList<>();
        for (int i = 0; i < raw.size(); i++) {
            Contrast c = contrasts.get(i / metrics.size());
            OptionDifference d = raw.get(i);
            UncertainDifference u = null;
            if (drawn) {
                int replications = maxReplications(c.option());
                u = UncertainDifference.of(d.metric(), DrawDifferences.of(c.baseline(), c.option(), d.column(), c.pairing()), replications, s);
            }
            differences.add(DifferenceTest.finish(d, s, u));
        }
        return new Comparison(List.copyOf(scenarios), List.copyOf(metrics), List.copyOf(contrasts), List.copyOf(differences), s, drawn);
    }

    /** The options, in the order given. */
    public List<ScenarioResults> options() {
        return contrasts.stream().map(Contrast::option).toList();
    }

    /** The baselines, each once, in the order given. */
    public List<ScenarioResults> baselines() {
        return contrasts.stream().map(Contrast::baseline).distinct().toList();
    }

    /** The scenario the report leads with: the common baseline, or the first baseline, or the only scenario. */
    public ScenarioResults reference() {
        return baselines().isEmpty() ? scenarios.get(0) : baselines().get(0);
    }

    public Contrast contrast(String option) {
        return contrasts.stream().filter(c -> c.option().label().equals(option)).findFirst().orElseThrow();
    }

    public Optional<OptionDifference> difference(String option, String metric) {
        return differences.stream().filter(d -> d.option().equals(option) && d.column().equals(metric)).findFirst();
    }

    /** Each metric's declaration, in the order compared. */
    public List<MetricDef> metricDefs() {
        return metrics.stream().map(MetricInfo::run).toList();
    }

    private static int maxReplications(ScenarioResults s) {
        Map<Integer, Integer> perPoint = new LinkedHashMap<>();
        s.runs().forEach(r -> perPoint.merge(r.point(), 1, Integer::sum));
        return perPoint.values().stream().mapToInt(Integer::intValue).max().orElse(0);
    }

    private static boolean drawn(List<Contrast> contrasts) throws ResultsException {
        boolean any = false;
        for (Contrast c : contrasts) {
            boolean a = c.option().hasPoints();
            boolean b = c.baseline().hasPoints();
            if (a != b) {
                ScenarioResults with = a ? c.option() : c.baseline();
                ScenarioResults without = a ? c.baseline() : c.option();
                throw new ResultsException(with.label() + " ran on several parameter points and " + without.label() + " did not: run them "
                        + "together (govsim run ... --compare --uncertainty SOURCE) so that both meet the same draws");
            }
            any |= a;
        }
        return any;
    }

    private static ScenarioResults findBaseline(List<ScenarioResults> scenarios, String name) throws ResultsException {
        if (name == null) {
            return scenarios.stream().filter(s -> s.label().equals(DEFAULT_BASELINE)).findFirst().orElse(scenarios.get(0));
        }
        for (ScenarioResults s : scenarios) {
            if (s.label().equals(name)) {
                return s;
            }
        }
        List<ScenarioResults> byName = scenarios.stream()
                .filter(s -> s.name().equals(name) || s.dir().getFileName() != null && s.dir().getFileName().toString().equals(name))
                .toList();
        if (byName.size() == 1) {
            return byName.get(0);
        }
        String known = String.join(", ", scenarios.stream().map(ScenarioResults::label).toList());
        throw new ResultsException("--baseline " + name + ": " + (byName.isEmpty() ? "no such scenario" : "more than one scenario has that name")
                + "; the scenarios are: " + known);
    }

    private static void checkMetrics(List<ScenarioResults> scenarios, List<String> metrics) throws ResultsException {
        if (metrics.isEmpty()) {
            throw new ResultsException("--metrics: give at least one metric");
        }
        for (ScenarioResults s : scenarios) {
            List<String> missing = metrics.stream().filter(m -> !s.metricColumns().contains(m)).toList();
            if (!missing.isEmpty()) {
                throw new ResultsException("--metrics: " + String.join(", ", missing) + " not in " + s.dir().resolve("runs.csv")
                        + "; its metrics are: " + String.join(", ", s.metricColumns()));
            }
        }
    }
}
