package org.govsim.runner.calibration;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Ellipse2D;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.jfree.chart.ChartUtilities;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.renderer.xy.YIntervalRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * The report's charts, drawn headless as PNG (JFreeChart 1.0.19): each parameter's posterior against its prior,
 * the posterior of each pair of parameters, the tolerance and acceptance rate by generation, and each target's fit.
 */
final class CalibrationCharts {
    private static final Color POSTERIOR = new Color(0x00, 0x72, 0xB2);
    private static final Color PRIOR = new Color(0x44, 0x44, 0x44);
    private static final Color ACCENT = new Color(0xD5, 0x5E, 0x00);
    private static final Color GRID = new Color(0xDD, 0xDD, 0xDD);
    private static final int BINS = 20;

    /** A drawn chart: its file name (without .png), what it shows, its PNG bytes. */
    record Png(String name, String caption, int width, int height, byte[] bytes) {
    }

    private CalibrationCharts() {
    }

    /** The weighted histogram of the posterior over the prior's range, with the uniform prior's density. */
    static Png parameter(int index, Prior prior, double[] values, double[] weights) {
        double width = prior.width() / BINS;
        double[] mass = new double[BINS];
        for (int i = 0; i < values.length; i++) {
            int b = (int) Math.min(BINS - 1, Math.max(0, Math.floor((values[i] - prior.min()) / width)));
            mass[b] += weights[i];
        }
        XYSeries posterior = new XYSeries("posterior");
        for (int b = 0; b < BINS; b++) {
            posterior.add(prior.min() + (b + 0.5) * width, mass[b] / width);
        }
        XYSeriesCollection bars = new XYSeriesCollection(posterior);
        bars.setIntervalWidth(width);
        XYBarRenderer barRenderer = new XYBarRenderer(0.05);
        barRenderer.setBarPainter(new StandardXYBarPainter());
        barRenderer.setShadowVisible(false);
        barRenderer.setSeriesPaint(0, POSTERIOR);
        XYSeries flat = new XYSeries("prior");
        flat.add(prior.min(), 1 / prior.width());
        flat.add(prior.max(), 1 / prior.width());
        NumberAxis x = new NumberAxis(prior.path());
        x.setRange(prior.min(), prior.max());
        XYPlot plot = new XYPlot(bars, x, new NumberAxis("density"), barRenderer);
        plot.setDataset(1, new XYSeriesCollection(flat));
        plot.setRenderer(1, lines(PRIOR));
        return draw("parameter-" + (index + 1), prior.path() + ": posterior against the uniform prior", plot, 640, 360);
    }

    /** The last population of two parameters, on their prior ranges. */
    static Png pair(int a, int b, List<Prior> priors, double[][] theta) {
        XYSeries points = new XYSeries("particles", false);
        for (double[] t : theta) {
            points.add(t[a], t[b]);
        }
        XYLineAndShapeRenderer dots = new XYLineAndShapeRenderer(false, true);
        dots.setSeriesShape(0, new Ellipse2D.Double(-2, -2, 4, 4));
        dots.setSeriesPaint(0, new Color(0x00, 0x72, 0xB2, 140));
        NumberAxis x = new NumberAxis(priors.get(a).path());
        x.setRange(priors.get(a).min(), priors.get(a).max());
        NumberAxis y = new NumberAxis(priors.get(b).path());
        y.setRange(priors.get(b).min(), priors.get(b).max());
        XYPlot plot = new XYPlot(new XYSeriesCollection(points), x, y, dots);
        return draw("pair-" + (a + 1) + "-" + (b + 1), priors.get(a).path() + " against " + priors.get(b).path(), plot, 420, 420);
    }

    /** The tolerance (log scale) and the acceptance rate by generation. */
    static Png schedule(List<Population> populations) {
        XYSeries tolerance = new XYSeries("tolerance ε");
        XYSeries acceptance = new XYSeries("acceptance rate");
        for (Population p : populations) {
            if (Double.isFinite(p.tolerance()) && p.tolerance() > 0) {
                tolerance.add(p.generation(), p.tolerance());
            }
            if (!Double.isNaN(p.acceptance())) {
                acceptance.add(p.generation(), p.acceptance());
            }
        }
        NumberAxis generation = new NumberAxis("generation");
        generation.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        XYPlot plot = new XYPlot(new XYSeriesCollection(tolerance), generation, new NumberAxis("tolerance ε (distance)"), shapes(POSTERIOR));
        NumberAxis rate = new NumberAxis("acceptance rate");
        rate.setRange(0, 1);
        plot.setRangeAxis(1, rate);
        plot.setDataset(1, new XYSeriesCollection(acceptance));
        plot.mapDatasetToRangeAxis(1, 1);
        plot.setRenderer(1, shapes(ACCENT));
        return draw("schedule", "The tolerance and the acceptance rate of each generation", plot, 640, 360);
    }

    /** Each target's mean and 90% interval in units of its sd, from the observed value (or the floor) at 0. */
    static Png fit(List<FitTable.Row> rows) {
        String[] names = new String[rows.size()];
        YIntervalSeries series = new YIntervalSeries("simulated: 90% interval");
        XYSeries means = new XYSeries("simulated mean");
        for (int k = 0; k < rows.size(); k++) {
            FitTable.Row r = rows.get(k);
            names[k] = r.target().name();
            double mean = standardised(r.target(), r.mean());
            series.add(k, mean, standardised(r.target(), r.low()), standardised(r.target(), r.high()));
            means.add(k, mean);
        }
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        data.addSeries(series);
        YIntervalRenderer renderer = new YIntervalRenderer();
        renderer.setSeriesPaint(0, POSTERIOR);
        renderer.setSeriesStroke(0, new BasicStroke(2f));
        SymbolAxis targets = new SymbolAxis(null, names);
        targets.setGridBandsVisible(false);
        XYPlot plot = new XYPlot(data, targets, new NumberAxis("(simulated − observed) / sd"), renderer);
        plot.setDataset(1, new XYSeriesCollection(means));
        XYLineAndShapeRenderer dots = new XYLineAndShapeRenderer(false, true);
        dots.setSeriesPaint(0, ACCENT);
        dots.setSeriesShape(0, new Ellipse2D.Double(-5, -5, 10, 10));
        plot.setRenderer(1, dots);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.addRangeMarker(new IntervalMarker(-1, 1, new Color(0x00, 0x9E, 0x73, 40)));
        plot.addRangeMarker(new ValueMarker(0, PRIOR, new BasicStroke(1f)));
        return draw("fit", "Each target: the simulated mean and 90% interval in sds of the observation (the band: within one sd; "
                + "for a floor, 0 is the floor and anything above it fits)", plot, 900, 120 + 40 * rows.size());
    }

    static double standardised(Target t, double simulated) {
        if (t.observation() instanceof Observation.Point p) {
            return (simulated - p.value()) / p.sd();
        }
        Observation.AtLeast a = (Observation.AtLeast) t.observation();
        return (simulated - a.min()) / a.scale();
    }

    private static XYLineAndShapeRenderer lines(Color c) {
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, false);
        r.setSeriesPaint(0, c);
        r.setSeriesStroke(0, new BasicStroke(2f));
        return r;
    }

    private static XYLineAndShapeRenderer shapes(Color c) {
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, true);
        r.setSeriesPaint(0, c);
        r.setSeriesStroke(0, new BasicStroke(1.5f));
        return r;
    }

    private static Png draw(String name, String caption, XYPlot plot, int width, int height) {
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setDomainGridlinePaint(GRID);
        plot.setRangeGridlinePaint(GRID);
        JFreeChart chart = new JFreeChart(null, new Font(Font.SANS_SERIF, Font.BOLD, 14), plot, plot.getDatasetCount() > 1 || name.equals("fit"));
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            ChartUtilities.writeChartAsPNG(png, chart, width, height);
        } catch (IOException e) {
            throw new UncheckedIOException("chart " + name + " could not be encoded as PNG", e);
        }
        return new Png(name, caption, width, height, png.toByteArray());
    }
}
