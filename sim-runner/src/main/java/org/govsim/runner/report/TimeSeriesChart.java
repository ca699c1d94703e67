package org.govsim.runner.report;

import java.awt.BasicStroke;
import java.util.List;
import org.govsim.model.metrics.MetricDef;
import org.govsim.runner.analysis.Language;
import org.govsim.runner.analysis.MetricInfo;
import org.govsim.runner.analysis.MetricStatistics;
import org.govsim.runner.analysis.TimeSeriesSummary;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * A monthly series (a timeseries.csv column, in its own monthly unit: "yuan a month", not a year): per scenario,
 * the mean over runs as a line and the envelope of the runs (smallest to largest) as a band. The axis follows
 * {@link Axes}.
 */
final class TimeSeriesChart {
    private TimeSeriesChart() {
    }

    /**
     * @param series  one per scenario
     * @param colours the colour index of each series
     */
    static JFreeChart create(MetricDef metric, List<TimeSeriesSummary> series, List<Integer> colours, ChartFonts fonts) {
        Language lang = fonts.language();
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        double low = Double.POSITIVE_INFINITY;
        double high = Double.NEGATIVE_INFINITY;
        for (TimeSeriesSummary s : series) {
            YIntervalSeries line = new YIntervalSeries(s.scenario());
            for (TimeSeriesSummary.Point p : s.points()) {
                MetricStatistics m = p.statistics();
                if (Double.isNaN(m.mean())) {
                    continue;
                }
                line.add(p.day(), m.mean(), p.min(), p.max());
                low = Math.min(low, p.min());
                high = Math.max(high, p.max());
            }
            data.addSeries(line);
        }
        NumberAxis days = new NumberAxis(lang.pick("day of the run (end of each observed month)", "运行天数（每个观测月的月末）"));
        days.setAutoRangeIncludesZero(false);
        NumberAxis values = Axes.of(MetricInfo.labelWithUnit(metric, lang), metric, low, high);
        DeviationRenderer renderer = new DeviationRenderer(true, false);
        renderer.setAlpha(0.16f);
        for (int i = 0; i < series.size(); i++) {
            renderer.setSeriesPaint(i, ChartStyle.colour(colours.get(i)));
            renderer.setSeriesFillPaint(i, ChartStyle.colour(colours.get(i)));
            renderer.setSeriesStroke(i, new BasicStroke(2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        }
        XYPlot plot = new XYPlot(data, days, values, renderer);
        JFreeChart chart = new JFreeChart(MetricInfo.label(metric, lang) + lang.pick(", month by month", "，逐月"),
                fonts.font(java.awt.Font.BOLD, 16), plot, true);
        return ChartStyle.apply(chart, lang.pick("line: mean over runs; band: smallest to largest run", "线：各次运行的均值；带：最小到最大"),
                fonts);
    }
}
