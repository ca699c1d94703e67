package org.govsim.runner.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.List;
import org.govsim.runner.analysis.LeverEffects;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * A tornado chart: per varied lever, largest effect on top, the metric's mean at the lever's low value and at its
 * high value, each drawn as a bar from the mean of all the runs compared (the vertical line).
 */
final class TornadoChart {
    private static final Color LOW = new Color(0x56, 0xB4, 0xE9, 200);
    private static final Color HIGH = new Color(0xD5, 0x5E, 0x00, 200);

    private TornadoChart() {
    }

    static JFreeChart create(String metricLabel, List<LeverEffects.Effect> effects, double reference, ChartFonts fonts) {
        org.govsim.runner.analysis.Language lang = fonts.language();
        DefaultCategoryDataset low = new DefaultCategoryDataset();
        DefaultCategoryDataset high = new DefaultCategoryDataset();
        for (LeverEffects.Effect e : effects) {
            boolean assumed = org.govsim.model.ModelCatalog.parameters().find(e.parameter())
                    .map(d -> d.source().startsWith(org.govsim.model.param.Sources.ASSUMPTION)).orElse(false);
            String row = e.parameter() + " (" + e.low() + " → " + e.high() + ")" + (assumed ? lang.pick(", assumed", "，假设值") : "");
            low.addValue(e.meanAtLow() - reference, lang.pick("at the low value", "取低值时"), row);
            high.addValue(e.meanAtHigh() - reference, lang.pick("at the high value", "取高值时"), row);
        }
        CategoryAxis levers = new CategoryAxis(null);
        levers.setMaximumCategoryLabelWidthRatio(0.45f);
        NumberAxis values = new NumberAxis(metricLabel + lang.pick(": mean − mean of all runs", "：均值 − 全部运行的均值"));
        CategoryPlot plot = new CategoryPlot(high, levers, values, bars(HIGH));
        plot.setDataset(1, low);
        plot.setRenderer(1, bars(LOW));
        plot.mapDatasetToRangeAxis(1, 0);
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.addRangeMarker(new ValueMarker(0, Color.BLACK, new BasicStroke(1f)));
        JFreeChart chart = new JFreeChart(lang.pick("Levers' effects on ", "各措施对以下指标的作用：") + metricLabel,
                fonts.font(java.awt.Font.BOLD, 16), plot, true);
        return ChartStyle.apply(chart, String.format(java.util.Locale.ROOT, lang.pick("bars from the mean of all runs (%s) to the mean at "
                + "each lever's low and high value", "条形：从全部运行的均值（%s）到各措施取低值和高值时的均值"),
                org.govsim.runner.analysis.Formats.number(reference)), fonts);
    }

    private static BarRenderer bars(Color colour) {
        BarRenderer r = new BarRenderer();
        r.setBarPainter(new StandardBarPainter());
        r.setShadowVisible(false);
        r.setSeriesPaint(0, colour);
        r.setMaximumBarWidth(0.35);
        return r;
    }
}
