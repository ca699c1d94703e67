package org.govsim.runner.report;

import java.awt.BasicStroke;
import java.util.List;
import org.govsim.runner.analysis.MetricStatistics;
import org.govsim.runner.analysis.TimeSeriesSummary;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/** A metric month by month: per scenario, the mean over replications as a line and its 95% interval as a band. */
final class TimeSeriesChart {
    private TimeSeriesChart() {
    }

    /**
     * @param series  one per scenario, each with the index of its colour
     * @param colours the colour index of each series
     */
    static JFreeChart create(String title, String valueLabel, List<TimeSeriesSummary> series, List<Integer> colours) {
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        for (TimeSeriesSummary s : series) {
            YIntervalSeries line = new YIntervalSeries(s.scenario());
            for (TimeSeriesSummary.Point p : s.points()) {
                MetricStatistics m = p.statistics();
                if (Double.isNaN(m.mean())) {
                    continue;
                }
                double low = Double.isNaN(m.ciLow()) ? m.mean() : m.ciLow();
                double high = Double.isNaN(m.ciHigh()) ? m.mean() : m.ciHigh();
                line.add(p.day(), m.mean(), low, high);
            }
            data.addSeries(line);
        }
        JFreeChart chart = ChartFactory.createXYLineChart(title, "day of the run (end of each observed month)", valueLabel, data,
                PlotOrientation.VERTICAL, true, false, false);
        XYPlot plot = chart.getXYPlot();
        DeviationRenderer renderer = new DeviationRenderer(true, false);
        renderer.setAlpha(0.18f);
        for (int i = 0; i < series.size(); i++) {
            renderer.setSeriesPaint(i, ChartStyle.colour(colours.get(i)));
            renderer.setSeriesFillPaint(i, ChartStyle.colour(colours.get(i)));
            renderer.setSeriesStroke(i, new BasicStroke(2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        }
        plot.setRenderer(renderer);
        ((NumberAxis) plot.getRangeAxis()).setAutoRangeIncludesZero(false);
        ((NumberAxis) plot.getDomainAxis()).setAutoRangeIncludesZero(false);
        return ChartStyle.apply(chart, "mean over replications; band: 95% confidence interval of the mean");
    }
}
