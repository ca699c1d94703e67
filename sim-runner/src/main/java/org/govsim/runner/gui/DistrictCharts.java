package org.govsim.runner.gui;

import java.awt.Color;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.swing.JFrame;
import javax.swing.JSplitPane;
import javax.swing.SwingUtilities;
import org.govsim.model.District;
import org.govsim.model.metrics.MonthlySnapshot;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYSeries;
import org.jfree.ui.Layer;
import org.jfree.ui.RectangleAnchor;
import org.jfree.ui.TextAnchor;
import sim.display.GUIState;
import sim.util.media.chart.ChartGenerator;
import sim.util.media.chart.HistogramGenerator;
import sim.util.media.chart.TimeSeriesChartGenerator;

/**
 * The live charts, built with MASON's own chart generators so that they behave like any MASON chart (series
 * styles, PNG/PDF export, a data culler) and sit next to the charts a user makes from an inspector. The time
 * series plot the run's monthly figures exactly as {@code timeseries.csv} has them: the months of the observed
 * window, after a burn-in that is shaded. The histogram shows the ages of the open issues each day.
 *
 * <p>Data are read on the model's thread (under the schedule's lock) and handed to Swing's thread, as
 * JFreeChart is not thread-safe.
 */
final class DistrictCharts {
    /** Height MASON lays a chart out at before scaling it to its window (its default, 480, suits a large window). */
    private static final double CHART_HEIGHT = 300;
    private final List<JFrame> frames = new ArrayList<>();
    private final List<TimeSeriesChartGenerator> timeSeries = new ArrayList<>();
    private final Map<String, XYSeries> seriesByColumn = new LinkedHashMap<>();
    private final HistogramGenerator ages;
    private int monthsShown;
    private long updates;

    DistrictCharts(GUIState gui) {
        timeSeries(gui, "Disputes per 1000 households per month", "per 1000 households",
                "disputes_per_1000hh", "disputes", "property_disputes_per_1000hh", "property disputes");
        timeSeries(gui, "Resolution time", "days from report to settlement", "resolution_days_mean", "mean");
        timeSeries(gui, "Satisfaction", "mean in [0, 1]", "satisfaction_mean", "satisfaction",
                "satisfaction_property_mean", "with property", "satisfaction_governance_mean", "with governance",
                "trust_mean", "trust");
        timeSeries(gui, "Fee collection", "fees collected / billed", "fee_collection_rate", "collection rate");
        timeSeries(gui, "Funding gap", "yuan per month (billed - collected)", "funding_gap_yuan", "funding gap");
        ages = new HistogramGenerator();
        ages.setTitle("Ages of open issues");
        ages.setXAxisLabel("days since the issue arose");
        ages.setYAxisLabel("open issues");
        ages.addSeries(new double[0], 24, "open issues", null);
        register(gui, ages.createFrame(), ages);
    }

    /** Pairs of (timeseries.csv column, series name). */
    private void timeSeries(GUIState gui, String title, String yLabel, String... columnsAndNames) {
        TimeSeriesChartGenerator chart = new TimeSeriesChartGenerator();
        chart.setTitle(title);
        chart.setXAxisLabel("day");
        chart.setYAxisLabel(yLabel);
        for (int i = 0; i < columnsAndNames.length; i += 2) {
            XYSeries series = new XYSeries(columnsAndNames[i + 1], false);
            chart.addSeries(series, null);
            seriesByColumn.put(columnsAndNames[i], series);
        }
        timeSeries.add(chart);
        register(gui, chart.createFrame(), chart);
    }

    private void register(GUIState gui, JFrame frame, ChartGenerator chart) {
        // the series settings panel starts folded away so that small chart windows show the chart; drag to open
        if (chart.getComponentCount() > 0 && chart.getComponent(0) instanceof JSplitPane split) {
            split.setDividerLocation(0);
        }
        // lay the chart out for a window a third of MASON's default size, so its text stays readable there
        chart.DEFAULT_CHART_HEIGHT = CHART_HEIGHT;
        chart.setProportion(chart.getProportion());
        frame.setTitle(chart.getTitle());
        gui.controller.registerFrame(frame);
        frame.setVisible(true);
        frames.add(frame);
    }

    List<JFrame> frames() {
        return List.copyOf(frames);
    }

    /** Clears the charts for a run that has recorded {@code months} so far, spans [0, endDay] and observes after burnIn. */
    void reset(List<MonthlySnapshot> months, double burnIn, double endDay) {
        monthsShown = 0;
        SwingUtilities.invokeLater(() -> {
            for (XYSeries s : seriesByColumn.values()) {
                s.clear();
            }
            for (TimeSeriesChartGenerator chart : timeSeries) {
                chart.setXAxisRange(0, endDay);
                XYPlot plot = chart.getChart().getXYPlot();
                plot.clearDomainMarkers();
                if (burnIn > 0) {
                    IntervalMarker marker = new IntervalMarker(0, burnIn);
                    marker.setPaint(new Color(0, 0, 0, 28));
                    marker.setLabel("burn-in");
                    marker.setLabelAnchor(RectangleAnchor.TOP_LEFT);
                    marker.setLabelTextAnchor(TextAnchor.TOP_LEFT);
                    plot.addDomainMarker(marker, Layer.BACKGROUND);
                }
            }
            ages.updateSeries(0, new double[0]);
        });
        add(months);
    }

    /** Adds the months recorded since the last call and redraws the histogram of ages; call on the model's thread. */
    void update(District district, DistrictFigures figures) {
        add(district.metrics().months());
        double[] a = figures.openIssueAges();
        long key = ++updates;
        SwingUtilities.invokeLater(() -> ages.updateSeries(0, a));
        ages.updateChartLater(key);
    }

    private void add(List<MonthlySnapshot> months) {
        if (months.size() <= monthsShown) {
            return;
        }
        List<MonthlySnapshot> fresh = List.copyOf(months.subList(monthsShown, months.size()));
        monthsShown = months.size();
        long key = ++updates;
        SwingUtilities.invokeLater(() -> {
            for (MonthlySnapshot m : fresh) {
                for (Map.Entry<String, XYSeries> e : seriesByColumn.entrySet()) {
                    Double v = m.values().get(e.getKey());
                    if (v != null && Double.isFinite(v)) {
                        e.getValue().add(m.day(), v, true);
                    }
                }
            }
        });
        for (TimeSeriesChartGenerator chart : timeSeries) {
            chart.updateChartLater(key);
        }
    }

    void dispose() {
        for (JFrame frame : frames) {
            frame.dispose();
        }
    }
}
