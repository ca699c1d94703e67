package org.govsim.runner.gui;

import java.awt.Color;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartPanel;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.renderer.xy.XYStepRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The ages of the open issues now, in bins of {@link #BIN_DAYS} days (the last bin holds every older one), with
 * the previous run's last histogram as a faint outline. Call every method on Swing's thread.
 */
final class AgesChart {
    static final double BIN_DAYS = 10;
    /** Bins drawn at most; issues older than that many bins count in the last. */
    static final int MAX_BINS = 60;

    private final XYSeries now = new XYSeries("open issues now", false, false);
    private final XYSeries before = new XYSeries("previous run", false, false);
    private final JFreeChart chart;
    private final ChartPanel panel;

    AgesChart() {
        XYSeriesCollection bars = new XYSeriesCollection(now);
        bars.setIntervalWidth(BIN_DAYS);
        chart = ChartFactory.createXYBarChart("Ages of open issues", "days since the issue arose", false, "open issues",
                bars, PlotOrientation.VERTICAL, true, true, false);
        XYPlot plot = chart.getXYPlot();
        XYBarRenderer renderer = (XYBarRenderer) plot.getRenderer();
        renderer.setBarPainter(new StandardXYBarPainter());
        renderer.setShadowVisible(false);
        renderer.setSeriesPaint(0, ChartLook.series(0));
        renderer.setDrawBarOutline(true);
        renderer.setSeriesOutlinePaint(0, Color.WHITE);
        XYStepRenderer outline = new XYStepRenderer();
        outline.setSeriesPaint(0, ChartLook.faint(1));
        outline.setSeriesStroke(0, ChartLook.LINE);
        outline.setSeriesVisibleInLegend(0, false);
        plot.setDataset(1, new XYSeriesCollection(before));
        plot.setRenderer(1, outline);
        plot.setNoDataMessage("No open issue the GUI has followed yet: they appear as the run plays");
        ChartLook.style(chart);
        panel = ChartLook.panel(chart);
    }

    ChartPanel panel() {
        return panel;
    }

    JFreeChart chart() {
        return chart;
    }

    boolean showsPreviousRun() {
        return before.getItemCount() > 0;
    }

    /** A new run: with {@code keep}, the histogram drawn so far becomes the faint outline (if it has any issue). */
    void reset(boolean keep) {
        if (keep && now.getItemCount() > 0) {
            before.clear();
            for (int i = 0; i < now.getItemCount(); i++) {
                // a step line from the bin's left edge, so that it outlines the bar it follows
                before.add(now.getX(i).doubleValue() - BIN_DAYS / 2, now.getY(i), false);
            }
            before.add(now.getX(now.getItemCount() - 1).doubleValue() + BIN_DAYS / 2, 0.0, false);
            before.fireSeriesChanged();
            ((XYStepRenderer) chart.getXYPlot().getRenderer(1)).setSeriesVisibleInLegend(0, true);
        }
        now.clear();
    }

    /** Shows the ages of the open issues now. */
    void show(double[] ages) {
        int[] counts = bins(ages);
        now.clear();
        for (int b = 0; b < counts.length; b++) {
            now.add(b * BIN_DAYS + BIN_DAYS / 2, counts[b], false);
        }
        now.fireSeriesChanged();
    }

    /** Counts per bin of {@link #BIN_DAYS} days, as many bins as the oldest issue needs (at most {@link #MAX_BINS}). */
    static int[] bins(double[] ages) {
        double oldest = 0;
        for (double a : ages) {
            oldest = Math.max(oldest, a);
        }
        int n = ages.length == 0 ? 0 : Math.min(MAX_BINS, (int) Math.floor(oldest / BIN_DAYS) + 1);
        int[] counts = new int[n];
        for (double a : ages) {
            counts[Math.min(n - 1, (int) Math.floor(Math.max(0, a) / BIN_DAYS))]++;
        }
        return counts;
    }
}
