package org.govsim.runner.gui;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.govsim.model.world.Compound;
import sim.display.GUIState;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.FieldPortrayal2D;
import sim.portrayal.Inspector;
import sim.portrayal.LocationWrapper;
import sim.portrayal.Portrayal;
import sim.portrayal.SimpleInspector;
import sim.portrayal.SimplePortrayal2D;
import sim.util.Bag;

/**
 * The district map: outlined community blocks filled with compound tiles (laid out by {@link MapLayout}, area
 * by households, colour by the chosen {@link MapMetric}), markers for branches, halls and advisors, and a
 * legend along the bottom. Clicking a tile inspects its compound. It only reads the model, through
 * {@link DistrictFigures}.
 *
 * <p>The map is fitted into the display above a legend band of fixed height (at scale 1), so it keeps its
 * proportions when a new run builds a district of a different shape.
 */
@SuppressWarnings("serial") // portrayals are Serializable in MASON but never serialised here
public final class DistrictMapPortrayal extends FieldPortrayal2D {
    static final Color BACKGROUND = new Color(250, 250, 247);
    private static final Color COMMUNITY = new Color(70, 70, 70);
    private static final Color NO_DATA = new Color(190, 190, 190);
    private static final Color TEXT = new Color(40, 40, 40);
    private static final Color TILE_EDGE = new Color(0, 0, 0, 70);
    /** Green (good) to red (bad), ColorBrewer's RdYlGn. */
    private static final Color[] RAMP = {new Color(26, 152, 80), new Color(145, 207, 96), new Color(255, 255, 191),
        new Color(252, 141, 89), new Color(215, 48, 39)};

    private final double displayWidth;
    private final double legendHeight;
    private final List<CompoundMarker> markers;
    private final Set<Integer> selected = new HashSet<>();
    private volatile MapMetric metric = MapMetric.OPEN_ISSUES;
    private volatile DistrictFigures figures;
    private volatile MapLayout layout;
    private volatile String title = "";

    /**
     * @param displayWidth the display's width at scale 1, in pixels
     * @param legendHeight the legend band's height at scale 1, in pixels
     */
    DistrictMapPortrayal(double displayWidth, double legendHeight, List<CompoundMarker> markers) {
        this.displayWidth = displayWidth;
        this.legendHeight = legendHeight;
        this.markers = List.copyOf(markers);
        setPortrayalForAll(new CompoundPortrayal());
    }

    /** Shows a district (after a start or a reopened checkpoint). */
    void show(DistrictFigures f, MapLayout l, String mapTitle) {
        synchronized (selected) {
            selected.clear();
        }
        layout = l;
        figures = f;
        title = mapTitle;
        setField(f);
    }

    void setMetric(MapMetric m) {
        metric = m;
    }

    /**
     * Where a layout's map is drawn inside a draw rectangle (the display at some zoom): {x, y, pixels per map
     * unit}. The map is centred above the legend band and keeps its proportions.
     *
     * @param displayWidth the display's width at scale 1
     * @param legendHeight the legend band's height at scale 1
     */
    static double[] placement(MapLayout l, Rectangle2D.Double draw, double displayWidth, double legendHeight) {
        double zoom = draw.width / displayWidth;
        double mapHeight = Math.max(1, draw.height - legendHeight * zoom);
        double scale = Math.min(draw.width / l.width(), mapHeight / l.height());
        double x = draw.x + (draw.width - l.width() * scale) / 2;
        return new double[] {x, draw.y, scale};
    }

    @Override
    public Portrayal getDefaultPortrayal() {
        return getPortrayalForAll();
    }

    @Override
    protected void hitOrDraw(Graphics2D g, DrawInfo2D info, Bag hits) {
        DistrictFigures f = figures;
        MapLayout l = layout;
        if (f == null || l == null) {
            return;
        }
        double[] at = placement(l, info.draw, displayWidth, legendHeight);
        if (hits != null) {
            for (int c = 0; c < l.compounds(); c++) {
                if (onScreen(l.tile(c), at).intersects(info.clip)) {
                    Compound k = f.compound(c);
                    hits.add(new LocationWrapper(k, "community " + k.community().index() + ", grid " + k.grid().index(), this));
                }
            }
            return;
        }
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_OFF);
        g.setColor(BACKGROUND);
        g.fill(info.draw);
        double[] range = range(f);
        drawTiles(g, f, l, at, range);
        drawCommunities(g, l, at);
        drawSelection(g, l, at);
        drawLegend(g, f, info.draw, range, info.draw.width / displayWidth);
    }

    private static Rectangle2D.Double onScreen(Rectangle2D.Double r, double[] at) {
        return new Rectangle2D.Double(at[0] + r.x * at[2], at[1] + r.y * at[2], r.width * at[2], r.height * at[2]);
    }

    /** A community's outline, just inside the gap that sets it apart from its neighbours. */
    private static void drawCommunities(Graphics2D g, MapLayout l, double[] at) {
        g.setColor(COMMUNITY);
        g.setStroke(new BasicStroke(1f));
        for (int k = 0; k < l.communities(); k++) {
            Rectangle2D.Double r = l.community(k);
            double inset = MapLayout.GAP / 2;
            g.draw(snap(onScreen(new Rectangle2D.Double(r.x + inset, r.y + inset, r.width - 2 * inset, r.height - 2 * inset), at)));
        }
    }

    private void drawTiles(Graphics2D g, DistrictFigures f, MapLayout l, double[] at, double[] range) {
        MapMetric m = metric;
        g.setStroke(new BasicStroke(1f));
        for (int c = 0; c < l.compounds(); c++) {
            Rectangle2D.Double r = snap(onScreen(l.tile(c), at));
            g.setColor(colour(m, m.value(f, c), range));
            g.fill(r);
            g.setColor(TILE_EDGE);
            g.draw(r);
            drawMarkers(g, f.compound(c), r);
        }
    }

    /** A thick outline around the compounds being inspected. */
    private void drawSelection(Graphics2D g, MapLayout l, double[] at) {
        Set<Integer> chosen;
        synchronized (selected) {
            chosen = Set.copyOf(selected);
        }
        g.setColor(Color.BLACK);
        g.setStroke(new BasicStroke(3f));
        for (int c : chosen) {
            if (c < l.compounds()) {
                Rectangle2D.Double r = snap(onScreen(l.tile(c), at));
                g.draw(new Rectangle2D.Double(r.x - 1, r.y - 1, r.width + 2, r.height + 2));
            }
        }
    }

    /** Whole pixels, so that a tile is one flat colour in a snapshot. */
    private static Rectangle2D.Double snap(Rectangle2D.Double r) {
        double x = Math.round(r.x);
        double y = Math.round(r.y);
        return new Rectangle2D.Double(x, y, Math.max(1, Math.round(r.x + r.width) - x), Math.max(1, Math.round(r.y + r.height) - y));
    }

    /**
     * Small dots along the tile's top edge, right to left, as many as fit in the tile; they never reach the
     * tile's centre, which shows its colour.
     */
    private void drawMarkers(Graphics2D g, Compound k, Rectangle2D.Double tile) {
        double d = Math.max(3, Math.min(10, tile.width * 0.22));
        double x = tile.x + tile.width - d - 1;
        for (CompoundMarker marker : markers) {
            if (x < tile.x + 1 || d + 2 > tile.height / 2) {
                return;
            }
            if (marker.applies().test(figures.district(), k)) {
                Ellipse2D.Double dot = new Ellipse2D.Double(x, tile.y + 1, d, d);
                g.setColor(marker.colour());
                g.fill(dot);
                if (d >= 6) { // a white rim sets a larger dot off from the tile's colour
                    g.setColor(Color.WHITE);
                    g.setStroke(new BasicStroke(1f));
                    g.draw(dot);
                }
                x -= d + 1;
            }
        }
    }

    /** The values that map to the ends of the colour ramp: the 5th and 95th percentiles of the compounds' values. */
    double[] range(DistrictFigures f) {
        MapMetric m = metric;
        double[] v = new double[f.compounds()];
        int n = 0;
        for (int c = 0; c < v.length; c++) {
            double x = m.value(f, c);
            if (Double.isFinite(x)) {
                v[n++] = x;
            }
        }
        if (n == 0) {
            return new double[] {0, 1};
        }
        Arrays.sort(v, 0, n);
        double lo = n >= 20 ? v[(int) Math.floor(0.05 * (n - 1))] : v[0];
        double hi = n >= 20 ? v[(int) Math.ceil(0.95 * (n - 1))] : v[n - 1];
        return new double[] {lo, hi};
    }

    /** The colour of a value: green where the metric is good, red where it is bad, grey without data. */
    static Color colour(MapMetric m, double value, double[] range) {
        if (!Double.isFinite(value)) {
            return NO_DATA;
        }
        double span = range[1] - range[0];
        double t = span <= 1e-12 ? 0.5 : Math.max(0, Math.min(1, (value - range[0]) / span));
        return ramp(m.highIsGood() ? 1 - t : t);
    }

    /** Position {@code badness} in [0, 1] on the green-to-red ramp. */
    private static Color ramp(double badness) {
        double p = badness * (RAMP.length - 1);
        int i = Math.min(RAMP.length - 2, (int) Math.floor(p));
        double u = p - i;
        Color a = RAMP[i];
        Color b = RAMP[i + 1];
        return new Color((int) Math.round(a.getRed() + u * (b.getRed() - a.getRed())),
                (int) Math.round(a.getGreen() + u * (b.getGreen() - a.getGreen())),
                (int) Math.round(a.getBlue() + u * (b.getBlue() - a.getBlue())));
    }

    private void drawLegend(Graphics2D g, DistrictFigures f, Rectangle2D.Double draw, double[] range, double zoom) {
        MapMetric m = metric;
        double top = draw.y + draw.height - legendHeight * zoom;
        double x0 = draw.x + 10 * zoom;
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fill(new Rectangle2D.Double(draw.x, top, draw.width, legendHeight * zoom));
        g.setColor(TEXT);
        Font font = new Font(Font.SANS_SERIF, Font.PLAIN, (int) Math.max(9, Math.round(12 * zoom)));
        g.setFont(font.deriveFont(Font.BOLD));
        g.drawString(String.format(Locale.ROOT, "%s — day %.0f — colour: %s", title, f.day(), m.label()),
                (float) x0, (float) (top + 16 * zoom));
        g.setFont(font);
        double barY = top + 24 * zoom;
        double barW = 200 * zoom;
        double barH = 14 * zoom;
        for (int i = 0; i < (int) Math.ceil(barW); i++) {
            double t = i / Math.max(1, barW - 1);
            g.setColor(ramp(m.highIsGood() ? 1 - t : t));
            g.fill(new Rectangle2D.Double(x0 + i, barY, 1, barH));
        }
        g.setColor(TEXT);
        g.drawString(number(range[0]), (float) x0, (float) (barY + barH + 14 * zoom));
        String hi = number(range[1]);
        g.drawString(hi, (float) (x0 + barW - g.getFontMetrics().stringWidth(hi)), (float) (barY + barH + 14 * zoom));
        // the key: each marker with the number of compounds it marks, then the grey of "no data"; wraps to a second row
        double left = x0 + barW + 24 * zoom;
        double[] at = {left, barY};
        for (CompoundMarker marker : markers) {
            int count = 0;
            for (int c = 0; c < f.compounds(); c++) {
                count += marker.applies().test(f.district(), f.compound(c)) ? 1 : 0;
            }
            keyItem(g, marker.colour(), true, marker.name() + " (" + count + ")", at, left, draw, zoom);
        }
        keyItem(g, NO_DATA, false, "no data", at, left, draw, zoom);
    }

    private static void keyItem(Graphics2D g, Color colour, boolean dot, String label, double[] at, double left,
                                Rectangle2D.Double draw, double zoom) {
        double d = 10 * zoom;
        double width = d + 4 * zoom + g.getFontMetrics().stringWidth(label);
        if (at[0] + width > draw.x + draw.width - 6 * zoom && at[0] > left) {
            at[0] = left;
            at[1] += 18 * zoom;
        }
        g.setColor(colour);
        if (dot) {
            g.fill(new Ellipse2D.Double(at[0], at[1] + 2 * zoom, d, d));
        } else {
            g.fill(new Rectangle2D.Double(at[0], at[1] + 2 * zoom, d, d));
        }
        g.setColor(TEXT);
        g.drawString(label, (float) (at[0] + d + 4 * zoom), (float) (at[1] + 11 * zoom));
        at[0] += width + 14 * zoom;
    }

    private static String number(double v) {
        return Math.abs(v) >= 100 ? String.format(Locale.ROOT, "%.0f", v) : String.format(Locale.ROOT, "%.2f", v);
    }

    @Override
    public boolean setSelected(LocationWrapper wrapper, boolean isSelected) {
        if (wrapper.getObject() instanceof Compound k) {
            synchronized (selected) {
                if (isSelected) {
                    selected.add(k.index());
                } else {
                    selected.remove(k.index());
                }
            }
        }
        return true;
    }

    /** Names a compound and builds its inspector; the tiles themselves are drawn by the field portrayal. */
    private final class CompoundPortrayal extends SimplePortrayal2D {
        @Override
        public Inspector getInspector(LocationWrapper wrapper, GUIState state) {
            DistrictFigures f = figures;
            if (f == null || !(wrapper.getObject() instanceof Compound k)) {
                return null;
            }
            PropertyTable rows = CompoundInspection.of(f, k.index());
            return new SimpleInspector(rows, state, null, rows.numProperties()); // one page, no paging
        }

        @Override
        public String getName(LocationWrapper wrapper) {
            return wrapper.getObject() instanceof Compound k ? "Compound " + k.index() : "";
        }
    }
}
