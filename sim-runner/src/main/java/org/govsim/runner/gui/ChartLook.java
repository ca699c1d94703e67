package org.govsim.runner.gui;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import org.jfree.chart.ChartPanel;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.ui.RectangleAnchor;
import org.jfree.ui.RectangleEdge;
import org.jfree.ui.RectangleInsets;
import org.jfree.ui.TextAnchor;

/**
 * How the GUI's live charts look: white plots with light grid lines, text sized for a chart a few hundred
 * pixels across, series in the Okabe-Ito colours (told apart with the common colour blindnesses), the previous
 * run's lines faint in the same colours, and the burn-in shaded. Charts are drawn at the size of their panel,
 * never scaled, so their text stays the same size in every window.
 */
final class ChartLook {
    /** Okabe and Ito's palette, without its yellow (too light on white) and black. */
    private static final Color[] SERIES = {new Color(0, 114, 178), new Color(213, 94, 0), new Color(0, 158, 115),
        new Color(204, 121, 167), new Color(86, 180, 233), new Color(230, 159, 0)};
    private static final Color GRID = new Color(225, 225, 225);
    private static final Color TEXT = new Color(40, 40, 40);
    static final BasicStroke LINE = new BasicStroke(2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    private static final int FAINT_ALPHA = 95;

    private ChartLook() {
    }

    /** The colour of series {@code i}. */
    static Color series(int i) {
        return SERIES[i % SERIES.length];
    }

    /** The colour of series {@code i} of the previous run: the same hue, faint. */
    static Color faint(int i) {
        Color c = series(i);
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), FAINT_ALPHA);
    }

    /** Styles a chart made by JFreeChart's factory: fonts, background, grid, axes, legend. */
    static void style(JFreeChart chart) {
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        TextTitle title = chart.getTitle();
        if (title != null) {
            title.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 13));
            title.setPaint(TEXT);
            title.setPadding(new RectangleInsets(4, 4, 2, 4));
        }
        LegendTitle legend = chart.getLegend();
        if (legend != null) {
            legend.setItemFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
            legend.setPosition(RectangleEdge.TOP);
            legend.setFrame(org.jfree.chart.block.BlockBorder.NONE);
            legend.setBackgroundPaint(Color.WHITE);
        }
        XYPlot plot = chart.getXYPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(GRID);
        plot.setRangeGridlinePaint(GRID);
        plot.setOutlinePaint(null);
        plot.setAxisOffset(new RectangleInsets(4, 4, 4, 4));
        axis((NumberAxis) plot.getDomainAxis());
        axis((NumberAxis) plot.getRangeAxis());
        chart.setPadding(new RectangleInsets(2, 4, 6, 10));
    }

    private static void axis(NumberAxis axis) {
        axis.setLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        axis.setTickLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        axis.setLabelPaint(TEXT);
        axis.setTickLabelPaint(TEXT);
        axis.setAxisLinePaint(new Color(150, 150, 150));
    }

    /** The shading of the burn-in, days 0 to {@code burnIn}. */
    static IntervalMarker burnIn(double burnIn) {
        IntervalMarker marker = new IntervalMarker(0, burnIn);
        Paint shade = new Color(0, 0, 0, 22);
        marker.setPaint(shade);
        marker.setLabel("burn-in");
        marker.setLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 10));
        marker.setLabelPaint(new Color(90, 90, 90));
        marker.setLabelAnchor(RectangleAnchor.TOP_LEFT);
        marker.setLabelTextAnchor(TextAnchor.TOP_LEFT);
        marker.setLabelOffset(new RectangleInsets(2, 4, 2, 2));
        return marker;
    }

    /** A panel that draws its chart at its own size (never scaled up or down), without the save/print pop-up's zoom clutter. */
    static ChartPanel panel(JFreeChart chart) {
        ChartPanel panel = new ChartPanel(chart, 400, 300, 120, 90, 4000, 3000, true, true, true, true, false, true);
        panel.setMouseWheelEnabled(false);
        panel.setDomainZoomable(false);
        panel.setRangeZoomable(false);
        return panel;
    }
}
