package org.govsim.runner.report;

import java.awt.Rectangle;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.jfree.chart.ChartUtilities;
import org.jfree.chart.JFreeChart;
import org.jfree.graphics2d.svg.SVGGraphics2D;

/**
 * A chart drawn for the report, as PNG and as SVG (JFreeSVG). Drawing needs no display: it runs headless.
 *
 * @param name    the file name without extension, unique within the report
 * @param title   the chart's title, for the image's alternative text
 * @param caption what the chart shows, under it in the report
 * @param width   pixels
 * @param height  pixels
 * @param png     the PNG file's bytes
 * @param svg     the SVG document
 */
public record ChartImage(String name, String title, String caption, int width, int height, byte[] png, String svg) {

    public static ChartImage draw(String name, String caption, JFreeChart chart, int width, int height) {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            ChartUtilities.writeChartAsPNG(png, chart, width, height);
        } catch (IOException e) {
            throw new UncheckedIOException("chart " + name + " could not be encoded as PNG", e);
        }
        SVGGraphics2D g2 = new SVGGraphics2D(width, height);
        // a fixed prefix keeps the SVG's clip-path ids stable between runs and distinct between charts
        g2.setDefsKeyPrefix(name + "-");
        chart.draw(g2, new Rectangle(0, 0, width, height));
        String title = chart.getTitle() == null ? name : chart.getTitle().getText();
        return new ChartImage(name, title, caption, width, height, png.toByteArray(), g2.getSVGDocument());
    }
}
