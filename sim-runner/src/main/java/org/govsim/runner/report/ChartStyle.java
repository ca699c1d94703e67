package org.govsim.runner.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.ui.RectangleEdge;
import org.jfree.ui.RectangleInsets;

/**
 * The report's look: white plots with light grid lines, one colour per scenario, the same in every chart (the
 * baseline dark grey, options in the Okabe–Ito palette, which colour-blind readers can tell apart), the
 * negligible band in a pale grey, and every text in the fonts of the report's language ({@link ChartFonts}).
 */
final class ChartStyle {
    static final int WIDTH = 900;
    static final int HEIGHT = 480;
    /** A small chart, two to a row in the report. */
    static final int SMALL_WIDTH = 560;
    static final int SMALL_HEIGHT = 340;
    static final Color BAND = new Color(0x99, 0x99, 0x99, 0x38);
    private static final Color GRID = new Color(0xDD, 0xDD, 0xDD);
    private static final Color[] PALETTE = {
        new Color(0x44, 0x44, 0x44), new Color(0x00, 0x72, 0xB2), new Color(0xD5, 0x5E, 0x00), new Color(0x00, 0x9E, 0x73),
        new Color(0xCC, 0x79, 0xA7), new Color(0xE6, 0x9F, 0x00), new Color(0x56, 0xB4, 0xE9), new Color(0x99, 0x88, 0x22),
    };

    private ChartStyle() {
    }

    /** The colour of the scenario at this position of the comparison (0 is the first scenario's place in the palette). */
    static Paint colour(int index) {
        return PALETTE[Math.floorMod(index, PALETTE.length)];
    }

    static JFreeChart apply(JFreeChart chart, String subtitle) {
        return apply(chart, subtitle, ChartFonts.ENGLISH);
    }

    static JFreeChart apply(JFreeChart chart, String subtitle, ChartFonts fonts) {
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        chart.getTitle().setFont(fonts.font(Font.BOLD, 16));
        chart.getTitle().setPosition(RectangleEdge.TOP);
        if (subtitle != null && !subtitle.isEmpty()) {
            TextTitle sub = new TextTitle(subtitle, fonts.font(Font.PLAIN, 12));
            sub.setPaint(Color.DARK_GRAY);
            chart.addSubtitle(sub);
        }
        LegendTitle legend = chart.getLegend();
        if (legend != null) {
            legend.setFrame(org.jfree.chart.block.BlockBorder.NONE);
            legend.setItemFont(fonts.font(Font.PLAIN, 12));
        }
        Plot plot = chart.getPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setInsets(new RectangleInsets(8, 8, 8, 16));
        if (plot instanceof XYPlot xy) {
            xy.setDomainGridlinePaint(GRID);
            xy.setRangeGridlinePaint(GRID);
            xy.setDomainGridlineStroke(new BasicStroke(0.8f));
            xy.setRangeGridlineStroke(new BasicStroke(0.8f));
            fonts(xy.getDomainAxis(), fonts);
            fonts(xy.getRangeAxis(), fonts);
        } else if (plot instanceof CategoryPlot cat) {
            cat.setRangeGridlinePaint(GRID);
            cat.setRangeGridlineStroke(new BasicStroke(0.8f));
            cat.setDomainGridlinesVisible(false);
            fonts(cat.getDomainAxis(), fonts);
            fonts(cat.getRangeAxis(), fonts);
        }
        return chart;
    }

    private static void fonts(Axis axis, ChartFonts fonts) {
        if (axis != null) {
            axis.setLabelFont(fonts.font(Font.PLAIN, 13));
            axis.setTickLabelFont(fonts.font(Font.PLAIN, 11));
        }
    }
}
