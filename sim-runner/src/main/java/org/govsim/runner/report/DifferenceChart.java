package org.govsim.runner.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.List;
import org.govsim.runner.analysis.Comparison;
import org.govsim.runner.analysis.OptionDifference;
import org.govsim.runner.analysis.ScenarioResults;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.category.StatisticalBarRenderer;
import org.jfree.data.statistics.DefaultStatisticalCategoryDataset;

/**
 * Each option's difference from the baseline, per metric, as a percentage of the baseline's mean, with its
 * 95% confidence interval as an error bar (the t interval is symmetric about the estimate).
 */
final class DifferenceChart {
    private DifferenceChart() {
    }

    /** The chart, or null when no metric has a relative difference (every baseline mean is zero). */
    static JFreeChart create(Comparison c) {
        DefaultStatisticalCategoryDataset data = new DefaultStatisticalCategoryDataset();
        List<ScenarioResults> options = c.options();
        boolean any = false;
        for (String metric : c.metrics()) {
            boolean defined = options.stream().map(o -> c.difference(o.label(), metric).orElseThrow())
                    .anyMatch(d -> !Double.isNaN(d.relative()));
            if (!defined) {
                continue;
            }
            for (ScenarioResults o : options) {
                OptionDifference d = c.difference(o.label(), metric).orElseThrow();
                double half = (d.relativeHigh() - d.relativeLow()) / 2;
                data.add(Double.isNaN(d.relative()) ? null : 100 * d.relative(), Double.isNaN(half) ? null : 100 * half, o.label(), metric);
                any = true;
            }
        }
        if (!any) {
            return null;
        }
        CategoryAxis categories = new CategoryAxis(null);
        categories.setMaximumCategoryLabelWidthRatio(0.45f);
        NumberAxis values = new NumberAxis("change from " + c.baseline().label() + " (% of its mean)");
        StatisticalBarRenderer renderer = new StatisticalBarRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setErrorIndicatorPaint(Color.BLACK);
        renderer.setErrorIndicatorStroke(new BasicStroke(1.2f));
        renderer.setItemMargin(0.05);
        for (int i = 0; i < options.size(); i++) {
            renderer.setSeriesPaint(i, ChartStyle.colour(c.scenarios().indexOf(options.get(i))));
        }
        CategoryPlot plot = new CategoryPlot(data, categories, values, renderer);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        ValueMarker zero = new ValueMarker(0, Color.BLACK, new BasicStroke(1f));
        plot.addRangeMarker(zero);
        JFreeChart chart = new JFreeChart("Difference from " + c.baseline().label(), JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        return ChartStyle.apply(chart, "option − baseline, % of the baseline's mean; error bars: 95% confidence interval");
    }
}
