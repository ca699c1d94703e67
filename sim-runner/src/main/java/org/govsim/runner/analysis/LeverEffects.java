package org.govsim.runner.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.govsim.runner.output.CsvTable;

/**
 * The main effects of the levers an experiment varied, for a tornado chart. A lever is a parameter column of
 * runs.csv (a value set on the command line or by a design) that takes at least two values across all the runs
 * compared; a run without the column takes its scenario's resolved value from manifest.json. A lever's effect on
 * a metric is the mean over the runs at its high value minus the mean over the runs at its low value (numbers
 * ordered numerically, other values as text), pooling everything else.
 */
public final class LeverEffects {
    private LeverEffects() {
    }

    /**
     * One lever's effect on one metric.
     *
     * @param parameter  the parameter path
     * @param low        its lowest value
     * @param high       its highest value
     * @param meanAtLow  the metric's mean over the runs at the low value
     * @param meanAtHigh the metric's mean over the runs at the high value
     * @param nLow       runs at the low value
     * @param nHigh      runs at the high value
     */
    public record Effect(String parameter, String low, String high, double meanAtLow, double meanAtHigh, int nLow, int nHigh) {
        public double effect() {
            return meanAtHigh - meanAtLow;
        }
    }

    /** The parameters that vary across the runs, in the order their columns first appear. */
    public static List<String> varied(List<ScenarioResults> scenarios) {
        Set<String> columns = new LinkedHashSet<>();
        scenarios.forEach(s -> columns.addAll(s.parameterColumns()));
        List<String> varied = new ArrayList<>();
        for (String c : columns) {
            if (levels(scenarios, c).size() > 1) {
                varied.add(c);
            }
        }
        return varied;
    }

    /** Each varied lever's effect on the metric, the largest |effect| first. */
    public static List<Effect> of(List<ScenarioResults> scenarios, String metric) {
        List<Effect> effects = new ArrayList<>();
        for (String p : varied(scenarios)) {
            TreeSet<String> levels = levels(scenarios, p);
            String low = levels.first();
            String high = levels.last();
            MetricStatistics atLow = MetricStatistics.of(valuesAt(scenarios, p, low, metric));
            MetricStatistics atHigh = MetricStatistics.of(valuesAt(scenarios, p, high, metric));
            effects.add(new Effect(p, low, high, atLow.mean(), atHigh.mean(), atLow.n(), atHigh.n()));
        }
        effects.sort(Comparator.comparingDouble((Effect e) -> Double.isNaN(e.effect()) ? -1 : Math.abs(e.effect())).reversed());
        return effects;
    }

    private static TreeSet<String> levels(List<ScenarioResults> scenarios, String parameter) {
        List<String> values = new ArrayList<>();
        for (ScenarioResults s : scenarios) {
            for (ScenarioResults.Run r : s.runs()) {
                s.parameter(r, parameter).ifPresent(values::add);
            }
        }
        boolean numeric = values.stream().allMatch(v -> !Double.isNaN(CsvTable.number(v)));
        TreeSet<String> levels = new TreeSet<>(numeric ? Comparator.comparingDouble(CsvTable::number) : Comparator.naturalOrder());
        levels.addAll(values);
        return levels;
    }

    private static double[] valuesAt(List<ScenarioResults> scenarios, String parameter, String level, String metric) {
        List<Double> v = new ArrayList<>();
        boolean numeric = !Double.isNaN(CsvTable.number(level));
        for (ScenarioResults s : scenarios) {
            for (ScenarioResults.Run r : s.runs()) {
                Optional<String> value = s.parameter(r, parameter);
                if (value.isPresent() && (numeric ? CsvTable.number(value.get()) == CsvTable.number(level) : value.get().equals(level))) {
                    v.add(r.metric(metric));
                }
            }
        }
        return v.stream().mapToDouble(Double::doubleValue).toArray();
    }
}
