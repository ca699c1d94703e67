package org.govsim.runner.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.List;
import org.govsim.runner.analysis.MetricStatistics;
import org.govsim.runner.analysis.ScenarioResults;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.category.StatisticalBarRenderer;
import org.jfree.data.statistics.DefaultStatisticalCategoryDataset;

/**
 * The distribution of resolution times per scenario, through three of its points: the median, the mean and the
 * 90th percentile of the issues' times from report to settlement (runs.csv has them per replication; the per-issue
 * times are not written). Each bar is the mean over replications, with its 95% confidence interval.
 */
final class ResolutionChart {
    static final List<String> COLUMNS = List.of("resolution_days_median", "resolution_days_mean", "resolution_days_p90");

    private ResolutionChart() {
    }

    /** The chart, or null when a scenario lacks the columns. */
    static JFreeChart create(List<ScenarioResults> scenarios, ChartFonts fonts) {
        org.govsim.runner.analysis.Language lang = fonts.language();
        List<String> names = List.of(lang.pick("median (half settled within)", "中位数（一半在此之内解决）"), lang.pick("mean", "均值"),
                lang.pick("90th percentile (90% settled within)", "90分位（90%在此之内解决）"));
        if (!scenarios.stream().allMatch(s -> s.metricColumns().containsAll(COLUMNS))) {
            return null;
        }
        DefaultStatisticalCategoryDataset data = new DefaultStatisticalCategoryDataset();
        for (ScenarioResults s : scenarios) {
            for (int k = 0; k < COLUMNS.size(); k++) {
                MetricStatistics m = s.statistics(COLUMNS.get(k));
                data.add(Double.isNaN(m.mean()) ? null : m.mean(), Double.isNaN(m.halfWidth()) ? null : m.halfWidth(), s.label(), names.get(k));
            }
        }
        StatisticalBarRenderer renderer = new StatisticalBarRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setErrorIndicatorPaint(Color.BLACK);
        renderer.setErrorIndicatorStroke(new BasicStroke(1.2f));
        renderer.setItemMargin(0.05);
        for (int i = 0; i < scenarios.size(); i++) {
            renderer.setSeriesPaint(i, ChartStyle.colour(i));
        }
        NumberAxis days = new NumberAxis(lang.pick("days from report to settlement", "从上报到解决的天数"));
        CategoryPlot plot = new CategoryPlot(data, new CategoryAxis(lang.pick("point of the distribution of issues' resolution times",
                "诉求解决时长分布的位置")), days, renderer);
        JFreeChart chart = new JFreeChart(lang.pick("Resolution times", "解决时长"), fonts.font(java.awt.Font.BOLD, 16), plot, true);
        return ChartStyle.apply(chart, lang.pick("mean over runs of each run's median, mean and 90th percentile; error bars: 95% "
                + "confidence interval", "各次运行的中位数、均值和90分位的平均；误差线：95% 置信区间"), fonts);
    }
}
