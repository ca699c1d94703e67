package org.govsim.runner.gui;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.List;

/**
 * The band under the district map: what is shown (run, day, metric), the colour scale with its ends, middle and
 * quarters marked, which way is worse, how many compounds lie beyond the scale's ends, and the key to the
 * markers. Sizes are given at zoom 1 and scaled with the display.
 *
 * @param title      the run, e.g. "baseline, replication 0"
 * @param day        the simulated day shown
 * @param metric     what the colours show, with its unit
 * @param scale      the colour scale in use
 * @param scaleNote  how the scale was chosen ("fixed scale", "scale fitted at day 240, locked")
 * @param below      compounds whose value lies below the scale
 * @param above      compounds whose value lies above the scale
 * @param noData     compounds without a value
 * @param markers    the markers drawn, with the number of compounds each marks
 */
record MapLegend(String title, double day, String metric, ColourScale scale, String scaleNote, int below, int above,
                 int noData, List<Marked> markers) {
    /** Height of the band at zoom 1, pixels. */
    static final double HEIGHT = 100;
    static final Color TEXT = new Color(35, 35, 35);
    private static final Color MUTED = new Color(90, 90, 90);
    private static final double BAR_WIDTH = 220;

    /** A marker in the key, with the number of compounds it marks. */
    record Marked(CompoundMarker marker, int compounds) {
    }

    /** Draws the band into {@code band} (its top-left corner and width; height {@link #HEIGHT} times zoom). */
    void draw(Graphics2D g, Rectangle2D.Double band, double zoom) {
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fill(band);
        Font plain = new Font(Font.SANS_SERIF, Font.PLAIN, (int) Math.max(9, Math.round(12 * zoom)));
        Font small = plain.deriveFont((float) Math.max(9, Math.round(11 * zoom)));
        double x0 = band.x + 10 * zoom;
        double top = band.y;

        g.setColor(TEXT);
        g.setFont(plain.deriveFont(Font.BOLD));
        g.drawString(String.format("%s · day %d", title, (long) Math.floor(day)), (float) x0, (float) (top + 16 * zoom));
        g.setFont(plain);
        g.drawString("colour: " + metric, (float) x0, (float) (top + 33 * zoom));

        double barW = Math.min(BAR_WIDTH * zoom, band.width * 0.42);
        double barY = top + 40 * zoom;
        double barH = 12 * zoom;
        drawBar(g, x0, barY, barW, barH, small, zoom);

        g.setFont(small);
        g.setColor(MUTED);
        double notesX = x0 + barW + 18 * zoom;
        g.drawString("darker = worse; " + scaleNote, (float) notesX, (float) (barY + 10 * zoom));
        String clamped = clampedNote();
        if (!clamped.isEmpty()) {
            g.setColor(TEXT);
            g.drawString(clamped, (float) notesX, (float) (barY + 26 * zoom));
        }
        drawKey(g, band, x0, small, zoom);
    }

    /** The ramp from low to high, with ticks at its ends, quarters and middle, and arrows where values are clamped. */
    private void drawBar(Graphics2D g, double x0, double y, double w, double h, Font font, double zoom) {
        int steps = (int) Math.ceil(w);
        for (int i = 0; i < steps; i++) {
            g.setColor(scale.atPosition(i / Math.max(1.0, steps - 1.0)));
            g.fill(new Rectangle2D.Double(x0 + i, y, 1.2, h));
        }
        g.setColor(TEXT);
        g.draw(new Rectangle2D.Double(x0, y, w, h));
        if (below > 0) {
            g.setColor(scale.atPosition(0));
            g.fill(arrow(x0 - 1, y, h, -1));
        }
        if (above > 0) {
            g.setColor(scale.atPosition(1));
            g.fill(arrow(x0 + w + 1, y, h, 1));
        }
        g.setColor(TEXT);
        g.setFont(font);
        FontMetrics fm = g.getFontMetrics();
        double[] ticks = scale.ticks();
        for (int i = 0; i < ticks.length; i++) {
            double x = x0 + w * i / (ticks.length - 1);
            boolean labelled = i % 2 == 0; // ends and middle; the quarters get a mark only
            g.draw(new Line2D.Double(x, y + h, x, y + h + (labelled ? 4 : 3) * zoom));
            if (labelled) {
                String label = scale.format(ticks[i]);
                double lx = x - fm.stringWidth(label) / 2.0;
                lx = Math.max(x0, Math.min(x0 + w - fm.stringWidth(label), lx));
                g.drawString(label, (float) lx, (float) (y + h + 15 * zoom));
            }
        }
    }

    private static Path2D.Double arrow(double x, double y, double h, int direction) {
        Path2D.Double p = new Path2D.Double();
        p.moveTo(x, y);
        p.lineTo(x + direction * h * 0.7, y + h / 2);
        p.lineTo(x, y + h);
        p.closePath();
        return p;
    }

    /** "4 compounds above 15 drawn at 15": what the arrows at the bar's ends mean, or nothing. */
    String clampedNote() {
        StringBuilder s = new StringBuilder();
        if (below > 0) {
            s.append(compounds(below)).append(" below ").append(scale.format(scale.low()))
                    .append(" drawn at ").append(scale.format(scale.low()));
        }
        if (above > 0) {
            s.append(s.length() > 0 ? "; " : "").append(compounds(above)).append(" above ")
                    .append(scale.format(scale.high())).append(" drawn at ").append(scale.format(scale.high()));
        }
        return s.toString();
    }

    private static String compounds(int n) {
        return n + (n == 1 ? " compound" : " compounds");
    }

    /**
     * The markers' shapes with their names and counts, then the grey of "no data", wrapped into rows that end inside
     * the band: one row sits where it always did, two move up into the space under the scale's labels.
     */
    private void drawKey(Graphics2D g, Rectangle2D.Double band, double x0, Font font, double zoom) {
        g.setFont(font);
        FontMetrics fm = g.getFontMetrics();
        double d = 11 * zoom;
        double step = 15 * zoom;
        int n = markers.size() + 1;
        String[] labels = new String[n];
        double[] widths = new double[n];
        int rows = 1;
        double x = x0;
        for (int i = 0; i < n; i++) {
            labels[i] = i < markers.size()
                    ? markers.get(i).marker().name() + " (" + markers.get(i).compounds() + ")"
                    : "no data (" + noData + ")";
            widths[i] = d + 4 * zoom + fm.stringWidth(labels[i]);
            if (wraps(x, widths[i], band, x0, zoom)) {
                x = x0;
                rows++;
            }
            x += widths[i] + 14 * zoom;
        }
        double y = band.y + Math.min(88 * zoom, band.height - fm.getDescent() - 1 - (rows - 1) * step);
        x = x0;
        for (int i = 0; i < n; i++) {
            if (wraps(x, widths[i], band, x0, zoom)) {
                x = x0;
                y += step;
            }
            if (i < markers.size()) {
                markers.get(i).marker().draw(g, x, y - d + 1, d);
            } else {
                g.setColor(ColourScale.NO_DATA);
                g.fill(new Rectangle2D.Double(x, y - d + 1, d, d));
            }
            g.setColor(TEXT);
            g.drawString(labels[i], (float) (x + d + 4 * zoom), (float) y);
            x += widths[i] + 14 * zoom;
        }
    }

    private static boolean wraps(double x, double width, Rectangle2D.Double band, double x0, double zoom) {
        return x + width > band.x + band.width - 6 * zoom && x > x0;
    }
}
