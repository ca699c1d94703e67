package org.govsim.runner.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Scenarios compared on a set of metrics: each option against the baseline, paired by replication when they
 * share random streams ({@link Pairing}), tested by a t-test or, when skewed ({@link Samples#skewed}), by a
 * rank test, with Holm's adjustment over every option × metric test of the comparison.
 *
 * @param baseline  the scenario the others are measured against
 * @param scenarios every scenario, the baseline included, in the order given
 * @param metrics   the metrics compared, in the order asked
 * @param pairings  per option's label, how its replications relate to the baseline's
 * @param differences one per option and metric: options in order, metrics in order within each
 */
public record Comparison(ScenarioResults baseline, List<ScenarioResults> scenarios, List<String> metrics,
                         Map<String, Pairing> pairings, List<OptionDifference> differences) {

    /** The baseline's name when none is given and a scenario has it; else the first scenario is the baseline. */
    public static final String DEFAULT_BASELINE = "baseline";

    /**
     * Compares the scenarios.
     *
     * @param baselineName a scenario's label, name or folder name; null for the default
     * @throws ResultsException when the baseline is not among them or a metric is missing from a runs.csv
     */
    public static Comparison of(List<ScenarioResults> scenarios, String baselineName, List<String> metrics) throws ResultsException {
        if (scenarios.isEmpty()) {
            throw new ResultsException("nothing to compare: give at least one results folder");
        }
        checkMetrics(scenarios, metrics);
        ScenarioResults baseline = findBaseline(scenarios, baselineName);
        Map<String, Pairing> pairings = new LinkedHashMap<>();
        List<OptionDifference> raw = new ArrayList<>();
        for (ScenarioResults option : scenarios) {
            if (option == baseline) {
                continue;
            }
            Pairing pairing = Pairing.of(baseline, option);
            pairings.put(option.label(), pairing);
            for (String metric : metrics) {
                raw.add(DifferenceTest.of(baseline, option, metric, pairing));
            }
        }
        double[] adjusted = Holm.adjust(raw.stream().mapToDouble(OptionDifference::p).toArray());
        List<OptionDifference> differences = new ArrayList<>();
        for (int i = 0; i < raw.size(); i++) {
            differences.add(raw.get(i).withHolm(adjusted[i]));
        }
        return new Comparison(baseline, List.copyOf(scenarios), List.copyOf(metrics), pairings, List.copyOf(differences));
    }

    public List<ScenarioResults> options() {
        return scenarios.stream().filter(s -> s != baseline).toList();
    }

    public Optional<OptionDifference> difference(String option, String metric) {
        return differences.stream().filter(d -> d.option().equals(option) && d.metric().equals(metric)).findFirst();
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
