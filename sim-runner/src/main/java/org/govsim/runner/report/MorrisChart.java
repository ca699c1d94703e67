package org.govsim.runner.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYLineAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.ui.RectangleAnchor;
import org.jfree.ui.TextAnchor;

/**
 * The μ*–σ chart of a Morris screening (Morris 1991; Campolongo et al. 2007): one labelled point per factor, its
 * mean absolute elementary effect across, the effects' standard deviation up. Factors far right matter; factors
 * high up act non-linearly or through interactions; a factor near the origin can be fixed. The dashed line is
 * σ = μ*: above it the effects change sign or size a lot along the trajectories. The dotted line, when given, is
 * the noise floor: about the μ* that simulation noise alone gives a factor with no effect.
 */
public final class MorrisChart {
    private static final Color REFERENCE = new Color(0x99, 0x99, 0x99);

    /**
     * One policy combination's effects on the metric.
     *
     * @param name    the legend's name (shown when there are several)
     * @param factors the factors, in the order of {@code muStar} and {@code sigma}
     */
    public record Series(String name, List<String> factors, double[] muStar, double[] sigma) {
        public Series {
            Objects.requireNonNull(name, "name");
            factors = List.copyOf(factors);
            muStar = muStar.clone();
            sigma = sigma.clone();
        }
    }

    private MorrisChart() {
    }

    /** The chart as PNG and SVG, named {@code morris-METRIC}; {@code noiseFloor} NaN when it is not known. */
    public static ChartImage draw(String metric, String metricLabel, List<Series> series, double noiseFloor) {
        return ChartImage.draw("morris-" + metric, "Morris screening of " + metric + ": each factor's mean absolute elementary effect "
                + "(μ*, across) and the standard deviation of its effects (σ, up).", create(metric, metricLabel, series, noiseFloor),
                ChartStyle.WIDTH, ChartStyle.HEIGHT);
    }

    static JFreeChart create(String metric, String metricLabel, List<Series> series, double noiseFloor) {
        XYSeriesCollection data = new XYSeriesCollection();
        List<List<String>> labels = new ArrayList<>();
        double max = 0;
        double maxMuStar = 0;
        for (Series s : series) {
            XYSeries xy = new XYSeries(s.name(), false, true);
            List<String> names = new ArrayList<>();
            for (int i = 0; i < s.factors().size(); i++) {
                if (Double.isFinite(s.muStar()[i]) && Double.isFinite(s.sigma()[i])) {
                    xy.add(s.muStar()[i], s.sigma()[i]);
                    names.add(s.factors().get(i));
                    max = Math.max(max, Math.max(s.muStar()[i], s.sigma()[i]));
                    maxMuStar = Math.max(maxMuStar, s.muStar()[i]);
                }
            }
            data.addSeries(xy);
            labels.add(names);
        }
        NumberAxis across = new NumberAxis("μ*, mean |elementary effect| (" + metric + " per whole range)");
        NumberAxis up = new NumberAxis("σ, standard deviation of the effects");
        across.setAutoRangeIncludesZero(true);
        up.setAutoRangeIncludesZero(true);
        across.setUpperMargin(0.3);    // room for the labels, written to the right of their points
        up.setUpperMargin(0.1);
        XYLineAndShapeRenderer points = new XYLineAndShapeRenderer(false, true);
        points.setBaseItemLabelGenerator((dataset, s, item) -> labels.get(s).get(item));
        points.setBaseItemLabelsVisible(true);
        points.setBasePositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
        points.setBaseItemLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        for (int s = 0; s < series.size(); s++) {
            points.setSeriesPaint(s, ChartStyle.colour(s + 1));
        }
        XYPlot plot = new XYPlot(data, across, up, points);
        if (max > 0) {
            plot.addAnnotation(new XYLineAnnotation(0, 0, max, max, new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
                    new float[] {6f, 4f}, 0f), REFERENCE));
        }
        boolean floor = Double.isFinite(noiseFloor) && noiseFloor > 0;
        if (floor && noiseFloor >= maxMuStar) {
            across.setRange(0, 1.3 * noiseFloor);    // the floor is to be seen even when every factor lies below it
        }
        if (floor) {
            ValueMarker marker = new ValueMarker(noiseFloor, REFERENCE, new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
                    new float[] {2f, 3f}, 0f));
            marker.setLabel("noise floor");
            marker.setLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
            marker.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
            marker.setLabelTextAnchor(TextAnchor.TOP_LEFT);
            plot.addDomainMarker(marker);
        }
        JFreeChart chart = new JFreeChart("Morris screening: " + metricLabel, JFreeChart.DEFAULT_TITLE_FONT, plot, series.size() > 1);
        return ChartStyle.apply(chart, "right: more influence; up: more non-linearity or interaction; dashed: σ = μ*"
                + (floor ? "; dotted: what noise alone could give" : ""));
    }
}
