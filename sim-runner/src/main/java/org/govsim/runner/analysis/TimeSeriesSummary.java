package org.govsim.runner.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One monthly series of a scenario summarised over its replications: for each observed month (by the day
 * that ends it), the mean and the 95% t-interval of the mean across replications.
 *
 * @param scenario the scenario's label
 * @param column   the timeseries.csv column
 * @param points   one per month, in time order
 */
public record TimeSeriesSummary(String scenario, String column, List<Point> points) {

    /**
     * One month: its last day, the statistics over replications, and the envelope of the replications' values
     * (their smallest and largest), which shows the spread of single runs where the interval shows the mean's.
     */
    public record Point(double day, MetricStatistics statistics, double min, double max) {
    }

    public TimeSeriesSummary {
        points = List.copyOf(points);
    }

    public static TimeSeriesSummary of(ScenarioResults results, String column) {
        Map<Double, List<Double>> byDay = new TreeMap<>();
        for (ScenarioResults.Month m : results.months()) {
            Double v = m.values().get(column);
            byDay.computeIfAbsent(m.day(), d -> new ArrayList<>()).add(v == null ? Double.NaN : v);
        }
        List<Point> points = new ArrayList<>();
        byDay.forEach((day, values) -> {
            double[] v = values.stream().mapToDouble(Double::doubleValue).filter(x -> !Double.isNaN(x)).toArray();
            points.add(new Point(day, MetricStatistics.of(v), v.length == 0 ? Double.NaN : java.util.Arrays.stream(v).min().orElseThrow(),
                    v.length == 0 ? Double.NaN : java.util.Arrays.stream(v).max().orElseThrow()));
        });
        return new TimeSeriesSummary(results.label(), column, points);
    }

    /** The timeseries.csv columns that every scenario has, in the first one's order. */
    public static List<String> commonColumns(List<ScenarioResults> scenarios) {
        List<String> columns = new ArrayList<>();
        for (ScenarioResults s : scenarios) {
            if (s.months().isEmpty()) {
                return List.of();
            }
        }
        for (String c : scenarios.get(0).months().get(0).values().keySet()) {
            if (scenarios.stream().allMatch(s -> s.months().get(0).values().containsKey(c))) {
                columns.add(c);
            }
        }
        return columns;
    }

    /**
     * The timeseries.csv column that tracks a runs.csv metric month by month, if there is one: the same name, or
     * the name without its {@code _month} suffix ({@code disputes_per_1000hh_month} is {@code disputes_per_1000hh}).
     */
    public static String columnFor(String metric, List<String> columns) {
        if (columns.contains(metric)) {
            return metric;
        }
        if (metric.endsWith("_month") && columns.contains(metric.substring(0, metric.length() - "_month".length()))) {
            return metric.substring(0, metric.length() - "_month".length());
        }
        return null;
    }
}
