package org.govsim.runner.report;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.govsim.runner.analysis.Comparison;
import org.govsim.runner.analysis.LeverEffects;
import org.govsim.runner.analysis.MetricLabels;
import org.govsim.runner.analysis.MetricStatistics;
import org.govsim.runner.analysis.ScenarioResults;
import org.govsim.runner.analysis.TimeSeriesSummary;
import org.jfree.chart.JFreeChart;

/** Every chart of a comparison's report, grouped by the report's sections. */
public final class ReportCharts {
    public static final String TIME = "time";
    public static final String DIFFERENCES = "differences";
    public static final String RESOLUTION = "resolution";
    public static final String LEVERS = "levers";

    /** A chart and the section it belongs to. */
    public record Placed(String section, ChartImage image) {
    }

    private ReportCharts() {
    }

    public static List<Placed> draw(Comparison c) {
        List<Placed> charts = new ArrayList<>();
        JFreeChart differences = c.options().isEmpty() ? null : DifferenceChart.create(c);
        if (differences != null) {
            int height = Math.max(ChartStyle.HEIGHT, 120 + 28 * c.metrics().size() * Math.max(1, c.options().size()));
            charts.add(new Placed(DIFFERENCES, ChartImage.draw("differences", "Each option's difference from " + c.baseline().label()
                    + " on each metric, as a percentage of the baseline's mean, with its 95% confidence interval.", differences,
                    ChartStyle.WIDTH, height)));
        }
        for (String column : timeSeriesColumns(c)) {
            List<TimeSeriesSummary> series = c.scenarios().stream().map(s -> TimeSeriesSummary.of(s, column)).toList();
            List<Integer> colours = new ArrayList<>();
            for (int i = 0; i < c.scenarios().size(); i++) {
                colours.add(i);
            }
            JFreeChart chart = TimeSeriesChart.create(MetricLabels.label(column) + ", month by month", column, series, colours);
            charts.add(new Placed(TIME, ChartImage.draw("timeseries-" + column, "timeseries.csv column " + column
                    + ": the mean over replications at the end of each observed month, with the 95% confidence interval of the mean as a band.",
                    chart, ChartStyle.WIDTH, ChartStyle.HEIGHT)));
        }
        JFreeChart resolution = ResolutionChart.create(c.scenarios());
        if (resolution != null) {
            charts.add(new Placed(RESOLUTION, ChartImage.draw("resolution-times", "How long issues take from report to settlement: "
                    + "half are settled within the median, 90% within the 90th percentile; each bar is the mean over replications of "
                    + "the replication's value (runs.csv; per-issue times are not written), with its 95% confidence interval.",
                    resolution, ChartStyle.WIDTH, ChartStyle.HEIGHT)));
        }
        if (!LeverEffects.varied(c.scenarios()).isEmpty()) {
            for (String metric : c.metrics()) {
                List<LeverEffects.Effect> effects = LeverEffects.of(c.scenarios(), metric);
                double reference = MetricStatistics.of(c.scenarios().stream().flatMapToDouble(s -> java.util.Arrays.stream(s.values(metric)))
                        .toArray()).mean();
                int height = Math.max(300, 140 + 50 * effects.size());
                charts.add(new Placed(LEVERS, ChartImage.draw("tornado-" + metric, "Each varied lever's main effect on " + metric
                        + ": the mean over the runs at its low value and at its high value, from the mean of all "
                        + "runs compared; largest effect on top.", TornadoChart.create(metric, MetricLabels.label(metric), effects, reference),
                        ChartStyle.WIDTH, height)));
            }
        }
        return charts;
    }

    /** The timeseries.csv columns that track the compared metrics, each once. */
    static List<String> timeSeriesColumns(Comparison c) {
        List<String> common = TimeSeriesSummary.commonColumns(c.scenarios());
        Set<String> columns = new LinkedHashSet<>();
        for (String metric : c.metrics()) {
            String column = TimeSeriesSummary.columnFor(metric, common);
            if (column != null) {
                columns.add(column);
            }
        }
        return new ArrayList<>(columns);
    }

    /** Every scenario's series of every common column, for timeseries_summary.csv. */
    public static List<TimeSeriesSummary> allSeries(List<ScenarioResults> scenarios) {
        List<TimeSeriesSummary> all = new ArrayList<>();
        for (String column : TimeSeriesSummary.commonColumns(scenarios)) {
            for (ScenarioResults s : scenarios) {
                all.add(TimeSeriesSummary.of(s, column));
            }
        }
        return all;
    }
}
