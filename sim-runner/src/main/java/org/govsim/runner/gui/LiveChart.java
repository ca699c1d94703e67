package org.govsim.runner.gui;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.govsim.model.metrics.MonthlySnapshot;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartPanel;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.ui.Layer;

/**
 * One live time-series chart of the run's monthly figures, as {@code timeseries.csv} has them (the months of
 * the observed window after a shaded burn-in), over the whole run's days so that it fills from the left. When
 * a new run starts, the lines of the last one stay, faint, behind the new ones: change a lever, Stop and Play
 * on the same seed, and the gap between the faint and the strong line is the lever's effect.
 *
 * <p>Call every method on Swing's thread (JFreeChart is not thread-safe).
 */
final class LiveChart {
    private final String shortTitle;
    private final List<String> columns = new ArrayList<>();
    private final XYSeriesCollection current = new XYSeriesCollection();
    private final XYSeriesCollection previous = new XYSeriesCollection();
    private final JFreeChart chart;
    private final ChartPanel panel;

    /**
     * @param title             the chart's title
     * @param shortTitle        what a tab calls it
     * @param yLabel            the value axis's label, with the unit
     * @param columnsAndNames   pairs of (timeseries.csv column, the line's name)
     */
    LiveChart(String title, String shortTitle, String yLabel, String... columnsAndNames) {
        this.shortTitle = shortTitle;
        for (int i = 0; i < columnsAndNames.length; i += 2) {
            columns.add(columnsAndNames[i]);
            current.addSeries(new XYSeries(columnsAndNames[i + 1], false, true));
            previous.addSeries(new XYSeries(i == 0 ? "previous run" : "previous run " + (i / 2 + 1), false, true));
        }
        chart = ChartFactory.createXYLineChart(title, "day", yLabel, current, PlotOrientation.VERTICAL, true, true, false);
        XYPlot plot = chart.getXYPlot();
        XYLineAndShapeRenderer strong = new XYLineAndShapeRenderer(true, false);
        XYLineAndShapeRenderer faint = new XYLineAndShapeRenderer(true, false);
        for (int i = 0; i < columns.size(); i++) {
            strong.setSeriesPaint(i, ChartLook.series(i));
            strong.setSeriesStroke(i, ChartLook.LINE);
            faint.setSeriesPaint(i, ChartLook.faint(i));
            faint.setSeriesStroke(i, ChartLook.LINE);
            faint.setSeriesVisibleInLegend(i, false);
        }
        plot.setRenderer(0, strong);
        plot.setDataset(1, previous);
        plot.setRenderer(1, faint);
        NumberAxis range = (NumberAxis) plot.getRangeAxis();
        range.setAutoRangeIncludesZero(true); // counts and rates from zero: a small wobble stays small
        NumberAxis domain = (NumberAxis) plot.getDomainAxis();
        domain.setAutoRange(false);
        domain.setRange(0, 1);
        ChartLook.style(chart);
        panel = ChartLook.panel(chart);
    }

    String shortTitle() {
        return shortTitle;
    }

    ChartPanel panel() {
        return panel;
    }

    JFreeChart chart() {
        return chart;
    }

    /** The timeseries.csv columns this chart plots. */
    List<String> columns() {
        return List.copyOf(columns);
    }

    /** Whether the faint lines of a previous run are drawn. */
    boolean showsPreviousRun() {
        return previous.getSeries(0).getItemCount() > 0;
    }

    /** Points of the current run's first line. */
    int points() {
        return current.getSeries(0).getItemCount();
    }

    /**
     * Starts a run over days {@code [0, endDay]} observed after {@code burnIn}. With {@code keep}, the lines
     * drawn so far become the faint previous run (when they have a point: a run stopped before its first month
     * leaves the earlier one in place); without, they are dropped.
     */
    void reset(double burnIn, double endDay, boolean keep) {
        if (keep && points() > 0) {
            for (int i = 0; i < columns.size(); i++) {
                XYSeries from = current.getSeries(i);
                XYSeries to = previous.getSeries(i);
                to.clear();
                for (int j = 0; j < from.getItemCount(); j++) {
                    to.add(from.getX(j), from.getY(j), false);
                }
                to.fireSeriesChanged();
            }
            legendShowsPrevious(true);
        }
        for (int i = 0; i < columns.size(); i++) {
            current.getSeries(i).clear();
        }
        XYPlot plot = chart.getXYPlot();
        ((NumberAxis) plot.getDomainAxis()).setRange(0, Math.max(1, endDay));
        plot.clearDomainMarkers();
        plot.setNoDataMessage(burnIn > 0 ? "Monthly figures start a month after the burn-in" : "Monthly figures start after a month");
        if (burnIn > 0) {
            plot.addDomainMarker(ChartLook.burnIn(burnIn), Layer.BACKGROUND);
        }
    }

    private void legendShowsPrevious(boolean shown) {
        ((XYLineAndShapeRenderer) chart.getXYPlot().getRenderer(1)).setSeriesVisibleInLegend(0, shown);
    }

    /** Adds months to the current run's lines. */
    void add(List<MonthlySnapshot> months) {
        for (int i = 0; i < columns.size(); i++) {
            XYSeries series = current.getSeries(i);
            for (MonthlySnapshot m : months) {
                Map<String, Double> values = m.values();
                Double v = values.get(columns.get(i));
                if (v != null && Double.isFinite(v)) {
                    series.add(m.day(), v, false);
                }
            }
            series.fireSeriesChanged();
        }
    }
}
