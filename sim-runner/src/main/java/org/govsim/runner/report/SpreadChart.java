package org.govsim.runner.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Paint;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.govsim.model.metrics.MetricDef;
import org.govsim.runner.analysis.Language;
import org.govsim.runner.analysis.MetricInfo;
import org.govsim.runner.analysis.MetricStatistics;
import org.govsim.runner.analysis.Samples;
import org.govsim.runner.analysis.ScenarioResults;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.ScatterRenderer;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.statistics.DefaultMultiValueCategoryDataset;

/**
 * One metric's spread: every run of every scenario as a dot, the scenario's mean as a bar across its dots, and the
 * negligible band (the reference scenario's mean ± the metric's practical threshold) in grey, so that a reader sees
 * both how much runs scatter and whether a difference is large enough to matter. The axis follows {@link Axes}.
 */
final class SpreadChart {
    private SpreadChart() {
    }

    /**
     * @param scenarios every scenario, in the comparison's order (their colours)
     * @param reference the scenario whose mean the band is drawn around
     */
    static JFreeChart create(MetricDef metric, List<ScenarioResults> scenarios, ScenarioResults reference, ChartFonts fonts) {
        Language lang = fonts.language();
        DefaultMultiValueCategoryDataset runs = new DefaultMultiValueCategoryDataset();
        DefaultCategoryDataset means = new DefaultCategoryDataset();
        double low = Double.POSITIVE_INFINITY;
        double high = Double.NEGATIVE_INFINITY;
        for (ScenarioResults s : scenarios) {
            double[] v = Samples.defined(s.values(metric.column()));
            List<Double> values = new ArrayList<>();
            for (double x : v) {
                values.add(x);
                low = Math.min(low, x);
                high = Math.max(high, x);
            }
            runs.add(values, lang.pick("runs", "各次运行"), s.label());
            means.addValue(MetricStatistics.of(v).mean(), lang.pick("mean", "均值"), s.label());
        }
        double centre = reference.statistics(metric.column()).mean();
        double t = metric.threshold();
        if (Axes.band(metric) && !Double.isNaN(centre)) {
            low = Math.min(low, centre - t);
            high = Math.max(high, centre + t);
        }
        NumberAxis axis = Axes.of(MetricInfo.labelWithUnit(metric, lang), metric, low, high);
        ScatterRenderer dots = new ScatterRenderer() {
            private static final long serialVersionUID = 1L;

            @Override
            public Paint getItemPaint(int row, int column) {
                return ChartStyle.colour(column);
            }
        };
        dots.setUseSeriesOffset(false);
        dots.setUseOutlinePaint(false);
        dots.setSeriesShape(0, new Ellipse2D.Double(-3.5, -3.5, 7, 7));
        LineAndShapeRenderer bars = new LineAndShapeRenderer(false, true);
        bars.setSeriesShape(0, new Rectangle2D.Double(-16, -1.5, 32, 3));
        bars.setSeriesPaint(0, Color.BLACK);
        CategoryPlot plot = new CategoryPlot(runs, new CategoryAxis(null), axis, dots);
        plot.setDataset(1, means);
        plot.setRenderer(1, bars);
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
        if (Axes.band(metric) && !Double.isNaN(centre)) {
            plot.addRangeMarker(new IntervalMarker(centre - t, centre + t, ChartStyle.BAND), org.jfree.ui.Layer.BACKGROUND);
            plot.addRangeMarker(new ValueMarker(centre, Color.GRAY, new BasicStroke(1f)), org.jfree.ui.Layer.BACKGROUND);
        }
        JFreeChart chart = new JFreeChart(MetricInfo.label(metric, lang), fonts.font(java.awt.Font.BOLD, 15), plot, false);
        String sub = Axes.band(metric)
                ? lang.pick("dots: runs; bar: mean; grey band: " + reference.label() + "'s mean ± the practical threshold",
                        "点：各次运行；横条：均值；灰带：" + reference.label() + " 均值 ± 实际阈值")
                : lang.pick("dots: runs; bar: mean", "点：各次运行；横条：均值");
        return ChartStyle.apply(chart, sub, fonts);
    }
}
