package org.govsim.runner.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.govsim.model.metrics.MetricDef;
import org.govsim.runner.analysis.Comparison;
import org.govsim.runner.analysis.Language;
import org.govsim.runner.analysis.LeverEffects;
import org.govsim.runner.analysis.MetricInfo;
import org.govsim.runner.analysis.MetricStatistics;
import org.govsim.runner.analysis.ScenarioResults;
import org.govsim.runner.analysis.TimeSeriesSummary;
import org.jfree.chart.JFreeChart;

/** Every chart of a comparison's report, grouped by the report's sections, in the report's language where fonts allow. */
public final class ReportCharts {
    public static final String SPREAD = "spread";
    public static final String TIME = "time";
    public static final String RESOLUTION = "resolution";
    public static final String LEVERS = "levers";

    /** A chart and the section it belongs to. */
    public record Placed(String section, ChartImage image) {
    }

    private ReportCharts() {
    }

    /** The charts in English. */
    public static List<Placed> draw(Comparison c) {
        return draw(c, ChartFonts.ENGLISH);
    }

    static List<Placed> draw(Comparison c, ChartFonts fonts) {
        Language lang = fonts.language();
        List<Placed> charts = new ArrayList<>();
        for (MetricDef metric : c.metricDefs()) {
            charts.add(new Placed(SPREAD, ChartImage.draw("spread-" + metric.column(), lang.pick("runs.csv column " + metric.column()
                    + ": every run as a dot, each scenario's mean as a bar, and the negligible band.", "runs.csv 列 " + metric.column()
                    + "：每次运行一个点，横条为各情景均值，灰带为可忽略范围。"), SpreadChart.create(metric, c.scenarios(), c.reference(), fonts),
                    ChartStyle.SMALL_WIDTH, ChartStyle.SMALL_HEIGHT)));
        }
        List<Integer> colours = new ArrayList<>();
        for (int i = 0; i < c.scenarios().size(); i++) {
            colours.add(i);
        }
        for (String column : timeSeriesColumns(c)) {
            List<TimeSeriesSummary> series = c.scenarios().stream().map(s -> TimeSeriesSummary.of(s, column)).toList();
            JFreeChart chart = TimeSeriesChart.create(MetricInfo.month(column), series, colours, fonts);
            charts.add(new Placed(TIME, ChartImage.draw("timeseries-" + column, lang.pick("timeseries.csv column " + column
                    + ": the mean over runs at the end of each observed month, with the smallest and largest run as a band.",
                    "timeseries.csv 列 " + column + "：每个观测月末各次运行的均值，带为最小到最大的运行。"), chart, ChartStyle.WIDTH,
                    ChartStyle.HEIGHT)));
        }
        JFreeChart resolution = ResolutionChart.create(c.scenarios(), fonts);
        if (resolution != null) {
            charts.add(new Placed(RESOLUTION, ChartImage.draw("resolution-times", lang.pick("How long issues take from report to "
                    + "settlement: half are settled within the median, 90% within the 90th percentile; each bar is the mean over runs "
                    + "of the run's value (runs.csv; per-issue times are not written), with its 95% confidence interval.",
                    "诉求从上报到解决的时长：一半在中位数之内解决，90% 在90分位之内；每个条形为各次运行取值的均值（runs.csv），误差线为 95% 置信区间。"),
                    resolution, ChartStyle.WIDTH, ChartStyle.HEIGHT)));
        }
        if (!LeverEffects.varied(c.scenarios()).isEmpty()) {
            for (MetricDef metric : c.metricDefs()) {
                List<LeverEffects.Effect> effects = LeverEffects.of(c.scenarios(), metric.column());
                double reference = MetricStatistics.of(c.scenarios().stream()
                        .flatMapToDouble(s -> Arrays.stream(s.values(metric.column()))).toArray()).mean();
                int height = Math.max(300, 140 + 50 * effects.size());
                charts.add(new Placed(LEVERS, ChartImage.draw("tornado-" + metric.column(), lang.pick("Each varied lever's main effect on "
                        + metric.column() + ": the mean over the runs at its low value and at its high value, from the mean of all runs "
                        + "compared; largest effect on top.", "各变化措施对 " + metric.column() + " 的主效应：取低值和取高值时的均值相对全部运行均值，"
                        + "作用最大者在上。"), TornadoChart.create(MetricInfo.labelWithUnit(metric, lang), effects, reference, fonts),
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
