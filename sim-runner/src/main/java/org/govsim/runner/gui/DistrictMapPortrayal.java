package org.govsim.runner.gui;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
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
 * The district map: outlined community blocks filled with compound tiles (laid out by {@link MapLayout} for the
 * shape of the display, area by households, colour by the chosen {@link MapMetric} on its fixed
 * {@link ColourScale}), markers for branches, halls and advisors, community labels where a community is large
 * enough on screen to carry one, and a {@link MapLegend} along the bottom. Clicking a tile inspects its
 * compound. It only reads the model, through {@link DistrictFigures}.
 *
 * <p>The map fills the display above the legend band. The display's size at zoom 1 is {@code bounds}, which
 * the map window changes when it is resized; zooming in (MASON's Scale) enlarges everything, labels appear.
 */
@SuppressWarnings("serial") // portrayals are Serializable in MASON but never serialised here
public final class DistrictMapPortrayal extends FieldPortrayal2D {
    static final Color BACKGROUND = new Color(250, 250, 247);
    private static final Color COMMUNITY = new Color(40, 40, 40);
    private static final Color TILE_EDGE = new Color(255, 255, 255, 90);
    /** A community gets its label when its block is at least this wide and high on screen, pixels. */
    private static final double LABEL_MIN_WIDTH = 96;
    private static final double LABEL_MIN_HEIGHT = 64;

    private final Rectangle2D.Double bounds;
    private final List<CompoundMarker> markers;
    private final Set<Integer> selected = new HashSet<>();
    private volatile List<CompoundMarker> shownMarkers;
    private volatile MapMetric metric = MapMetric.OPEN_ISSUES;
    private volatile ColourScale lockedScale;
    private volatile String lockedNote = "";
    private volatile DistrictFigures figures;
    private volatile MapLayout layout;
    private volatile String title = "";

    /**
     * @param bounds  the display's size at zoom 1, in pixels, legend band included (read at every draw: the map
     *                window resizes it)
     * @param markers the markers the map can draw
     */
    DistrictMapPortrayal(Rectangle2D.Double bounds, List<CompoundMarker> markers) {
        this.bounds = bounds;
        this.markers = List.copyOf(markers);
        this.shownMarkers = this.markers;
        setPortrayalForAll(new CompoundPortrayal());
    }

    /** Shows a district (a new run, a reopened checkpoint, or one waiting for Play). */
    void show(DistrictFigures f, String mapTitle) {
        synchronized (selected) {
            selected.clear();
        }
        layout = null;
        figures = f;
        title = mapTitle;
        setField(f);
    }

    /** Colours by another metric, on its fixed scale. */
    void setMetric(MapMetric m) {
        metric = m;
        lockedScale = null;
    }

    MapMetric metric() {
        return metric;
    }

    /** Which markers to draw (a subset of those given at construction, in their order). */
    void showMarkers(List<CompoundMarker> shown) {
        List<CompoundMarker> keep = new ArrayList<>();
        for (CompoundMarker m : markers) {
            if (shown.contains(m)) {
                keep.add(m);
            }
        }
        shownMarkers = List.copyOf(keep);
    }

    List<CompoundMarker> markers() {
        return markers;
    }

    /**
     * Fits the colour scale to the compounds' values now (their 5th to 95th percentiles) and holds it there
     * while the run goes on; false when there are not two distinct values to fit to.
     */
    boolean lockScaleToNow() {
        DistrictFigures f = figures;
        if (f == null) {
            return false;
        }
        double[] r = percentileRange(metric, f);
        if (!(r[1] > r[0])) {
            return false;
        }
        lockedScale = new ColourScale(r[0], r[1], metric.highIsGood());
        lockedNote = "scale fitted at day " + (long) Math.floor(f.day()) + ", locked";
        return true;
    }

    /** Returns to the metric's fixed scale. */
    void unlockScale() {
        lockedScale = null;
    }

    /** The colour scale in use: the metric's fixed one unless a fitted one is locked. */
    ColourScale scale() {
        ColourScale locked = lockedScale;
        return locked != null ? locked : metric.scale();
    }

    /** The layout for the current shape of the display (recomputed when the shape changes). */
    MapLayout layout() {
        DistrictFigures f = figures;
        if (f == null) {
            return null;
        }
        double aspect = bounds.width / Math.max(1, bounds.height - MapLegend.HEIGHT);
        MapLayout l = layout;
        if (l == null || Math.abs(l.width() - aspect) > 1e-9) {
            l = MapLayout.of(compounds(f), aspect);
            layout = l;
        }
        return l;
    }

    private static Compound[] compounds(DistrictFigures f) {
        Compound[] all = new Compound[f.compounds()];
        for (int c = 0; c < all.length; c++) {
            all[c] = f.compound(c);
        }
        return all;
    }

    /**
     * Where a layout's map is drawn inside a draw rectangle (the display at some zoom): {x, y, pixels per map
     * unit}. The map is centred above the legend band and keeps its proportions.
     *
     * @param legendHeight the legend band's height in the draw rectangle, pixels
     */
    static double[] placement(MapLayout l, Rectangle2D.Double draw, double legendHeight) {
        double mapHeight = Math.max(1, draw.height - legendHeight);
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
        MapLayout l = layout();
        if (f == null || l == null) {
            return;
        }
        double zoom = info.draw.width / bounds.width;
        double[] at = placement(l, info.draw, MapLegend.HEIGHT * zoom);
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
        MapMetric m = metric;
        ColourScale scale = scale();
        int[] beyond = drawTiles(g, f, l, at, m, scale);
        drawCommunities(g, l, at, zoom);
        drawSelection(g, l, at);
        legend(f, m, scale, beyond).draw(g, new Rectangle2D.Double(info.draw.x, info.draw.y + info.draw.height
                - MapLegend.HEIGHT * zoom, info.draw.width, MapLegend.HEIGHT * zoom), zoom);
    }

    /**
     * What the legend says of the figures shown now. The key lists the markers that mark some compound: one for
     * every lever, most of them off in a run, would not fit the band.
     */
    MapLegend legend(DistrictFigures f, MapMetric m, ColourScale scale, int[] beyond) {
        List<MapLegend.Marked> keyed = new ArrayList<>();
        for (CompoundMarker marker : shownMarkers) {
            int count = 0;
            for (int c = 0; c < f.compounds(); c++) {
                count += marker.applies().test(f.district(), f.compound(c)) ? 1 : 0;
            }
            if (count > 0) {
                keyed.add(new MapLegend.Marked(marker, count));
            }
        }
        String what = m.label();
        if (m == MapMetric.DISPUTES_30_DAYS && f.recentDisputeDays() < DistrictFigures.RECENT_DAYS) {
            what = "disputes in the last " + f.recentDisputeDays() + " days (the 30-day window is filling)";
        }
        String note = lockedScale != null ? lockedNote : "fixed scale";
        return new MapLegend(title, f.day(), what + ", " + m.unit(), scale, note, beyond[0], beyond[1], beyond[2], keyed);
    }

    private static Rectangle2D.Double onScreen(Rectangle2D.Double r, double[] at) {
        return new Rectangle2D.Double(at[0] + r.x * at[2], at[1] + r.y * at[2], r.width * at[2], r.height * at[2]);
    }

    /** Draws the tiles and their markers; returns how many values lay below and above the scale, and how many had none. */
    private int[] drawTiles(Graphics2D g, DistrictFigures f, MapLayout l, double[] at, MapMetric m, ColourScale scale) {
        int[] beyond = new int[3];
        g.setStroke(new BasicStroke(1f));
        List<CompoundMarker> shown = shownMarkers;
        for (int c = 0; c < l.compounds(); c++) {
            Rectangle2D.Double r = snap(onScreen(l.tile(c), at));
            double v = m.value(f, c);
            if (!Double.isFinite(v)) {
                beyond[2]++;
            } else if (v < scale.low()) {
                beyond[0]++;
            } else if (v > scale.high()) {
                beyond[1]++;
            }
            g.setColor(scale.colour(v));
            g.fill(r);
            g.setColor(TILE_EDGE);
            g.draw(r);
            drawMarkers(g, f, f.compound(c), r, shown);
        }
        return beyond;
    }

    /**
     * The compound's markers in a row from the tile's top-left corner, wrapping to a second row in a narrow
     * tile: 5 to 10 pixels across (about 35% of the tile's shorter side), so a marker can be seen and the
     * tile's colour still shows below it.
     */
    private static void drawMarkers(Graphics2D g, DistrictFigures f, Compound k, Rectangle2D.Double tile,
                                    List<CompoundMarker> shown) {
        if (shown.isEmpty()) {
            return;
        }
        double d = Math.max(5, Math.min(10, Math.min(tile.width, tile.height) * 0.35));
        double x = tile.x + 2;
        double y = tile.y + 2;
        Object aa = g.getRenderingHint(RenderingHints.KEY_ANTIALIASING);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        for (CompoundMarker marker : shown) {
            if (marker.applies().test(f.district(), k)) {
                if (x + d > tile.x + tile.width - 1 && x > tile.x + 2) {
                    x = tile.x + 2;
                    y += d + 1;
                }
                marker.draw(g, x, y, d);
                x += d + 2;
            }
        }
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, aa);
    }

    /** Each community's outline, just inside the gap that sets it apart, and its label where there is room. */
    private static void drawCommunities(Graphics2D g, MapLayout l, double[] at, double zoom) {
        Font font = new Font(Font.SANS_SERIF, Font.BOLD, (int) Math.max(10, Math.round(11 * Math.min(zoom, 1.6))));
        g.setFont(font);
        FontMetrics fm = g.getFontMetrics();
        for (int k = 0; k < l.communities(); k++) {
            Rectangle2D.Double r = l.community(k);
            double inset = MapLayout.GAP / 2;
            Rectangle2D.Double box = snap(onScreen(new Rectangle2D.Double(r.x + inset, r.y + inset, r.width - 2 * inset,
                    r.height - 2 * inset), at));
            g.setColor(COMMUNITY);
            g.setStroke(new BasicStroke(1.5f));
            g.draw(box);
            if (box.width >= LABEL_MIN_WIDTH && box.height >= LABEL_MIN_HEIGHT) {
                String label = (box.width >= 1.6 * LABEL_MIN_WIDTH ? "community " : "C") + k;
                double w = fm.stringWidth(label) + 8;
                double h = fm.getHeight();
                double x = box.x + 3;
                double y = box.y + box.height - h - 3;
                Object aa = g.getRenderingHint(RenderingHints.KEY_ANTIALIASING);
                g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
                g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
                g.setColor(new Color(255, 255, 255, 215));
                g.fill(new RoundRectangle2D.Double(x, y, w, h, 6, 6));
                g.setColor(COMMUNITY);
                g.drawString(label, (float) (x + 4), (float) (y + fm.getAscent()));
                g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, aa);
            }
        }
    }

    /** A thick outline around the compounds being inspected. */
    private void drawSelection(Graphics2D g, MapLayout l, double[] at) {
        Set<Integer> chosen;
        synchronized (selected) {
            chosen = Set.copyOf(selected);
        }
        g.setStroke(new BasicStroke(3f));
        for (int c : chosen) {
            if (c < l.compounds()) {
                Rectangle2D.Double r = snap(onScreen(l.tile(c), at));
                g.setColor(Color.WHITE);
                g.draw(new Rectangle2D.Double(r.x - 1, r.y - 1, r.width + 2, r.height + 2));
                g.setColor(Color.BLACK);
                g.draw(new Rectangle2D.Double(r.x - 3, r.y - 3, r.width + 6, r.height + 6));
            }
        }
    }

    /** Whole pixels, so that a tile is one flat colour in a snapshot. */
    private static Rectangle2D.Double snap(Rectangle2D.Double r) {
        double x = Math.round(r.x);
        double y = Math.round(r.y);
        return new Rectangle2D.Double(x, y, Math.max(1, Math.round(r.x + r.width) - x), Math.max(1, Math.round(r.y + r.height) - y));
    }

    /** The 5th and 95th percentiles of the compounds' values (their range when there are fewer than 20). */
    static double[] percentileRange(MapMetric m, DistrictFigures f) {
        double[] v = new double[f.compounds()];
        int n = 0;
        for (int c = 0; c < v.length; c++) {
            double x = m.value(f, c);
            if (Double.isFinite(x)) {
                v[n++] = x;
            }
        }
        if (n == 0) {
            return new double[] {0, 0};
        }
        Arrays.sort(v, 0, n);
        double lo = n >= 20 ? v[(int) Math.floor(0.05 * (n - 1))] : v[0];
        double hi = n >= 20 ? v[(int) Math.ceil(0.95 * (n - 1))] : v[n - 1];
        return new double[] {lo, hi};
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
            return new SimpleInspector(rows, state, rows.getObject().toString(), rows.numProperties()); // one page
        }

        @Override
        public String getName(LocationWrapper wrapper) {
            return wrapper.getObject() instanceof Compound k ? CompoundInspection.name(k) : "";
        }
    }
}
