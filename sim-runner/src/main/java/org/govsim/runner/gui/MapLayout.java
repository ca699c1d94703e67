package org.govsim.runner.gui;

import java.awt.geom.Rectangle2D;
import java.util.Arrays;
import java.util.Comparator;
import org.govsim.model.world.Compound;

/**
 * Where the district map puts each community and compound, in map units (the map is {@code aspect} wide and
 * 1 high, {@link #ASPECT} unless the window asks for another shape): a squarified treemap (Bruls, Huizing &amp;
 * van Wijk, "Squarified treemaps", 2000) of the communities, each community's area proportional to its
 * households, and inside each community a treemap of its compounds, each compound's area proportional to its
 * households. Communities are set apart by a thin gap, so a compound's area compares exactly with its
 * neighbours' and closely with any other's. The layout is deterministic: it depends on households and the
 * map's shape alone.
 */
public final class MapLayout {
    /** Width over height of the map when no window asks for another shape. */
    public static final double ASPECT = 4.0 / 3.0;
    /** Gap between communities, in map units. */
    static final double GAP = 0.006;

    private final double aspect;
    private final Rectangle2D.Double[] communities;
    private final Rectangle2D.Double[] tiles;

    private MapLayout(double aspect, Rectangle2D.Double[] communities, Rectangle2D.Double[] tiles) {
        this.aspect = aspect;
        this.communities = communities;
        this.tiles = tiles;
    }

    /** The layout of a built district's compounds on a map of the default shape. */
    public static MapLayout of(Compound[] compounds) {
        return of(compounds, ASPECT);
    }

    /** The layout of a built district's compounds on a map {@code aspect} times as wide as high. */
    public static MapLayout of(Compound[] compounds, double aspect) {
        int[] households = new int[compounds.length];
        int[] community = new int[compounds.length];
        int communities = 0;
        for (int c = 0; c < compounds.length; c++) {
            households[c] = compounds[c].households();
            community[c] = compounds[c].community().index();
            communities = Math.max(communities, community[c] + 1);
        }
        return of(households, community, communities, aspect);
    }

    /**
     * The layout of compounds given their households and the index of their community, on a map {@code aspect}
     * times as wide as high.
     *
     * @throws IllegalArgumentException when the arrays differ in length, a community index is out of range or
     *                                  the aspect is not a positive number
     */
    public static MapLayout of(int[] households, int[] community, int communities, double aspect) {
        if (!(aspect > 0) || Double.isInfinite(aspect)) {
            throw new IllegalArgumentException("the map's aspect must be a positive number, got " + aspect);
        }
        if (households.length != community.length) {
            throw new IllegalArgumentException("households and community differ in length: "
                    + households.length + " and " + community.length);
        }
        double[] perCommunity = new double[communities];
        int[] counts = new int[communities];
        for (int c = 0; c < community.length; c++) {
            if (community[c] < 0 || community[c] >= communities) {
                throw new IllegalArgumentException("community index " + community[c] + " outside [0, " + communities + ")");
            }
            perCommunity[community[c]] += weight(households[c]);
            counts[community[c]]++;
        }
        Rectangle2D.Double[] squares = treemap(perCommunity, new Rectangle2D.Double(0, 0, aspect, 1));
        Rectangle2D.Double[] tiles = new Rectangle2D.Double[households.length];
        for (int k = 0; k < communities; k++) {
            int[] members = new int[counts[k]];
            int n = 0;
            for (int c = 0; c < community.length; c++) {
                if (community[c] == k) {
                    members[n++] = c;
                }
            }
            double[] weights = new double[members.length];
            for (int i = 0; i < members.length; i++) {
                weights[i] = weight(households[members[i]]);
            }
            Rectangle2D.Double[] inside = treemap(weights, inset(squares[k], GAP / 2));
            for (int i = 0; i < members.length; i++) {
                tiles[members[i]] = inside[i];
            }
        }
        return new MapLayout(aspect, squares, tiles);
    }

    private static double weight(int households) {
        return Math.max(1, households);
    }

    private static Rectangle2D.Double inset(Rectangle2D.Double r, double by) {
        double dx = Math.min(by, r.width / 4);
        double dy = Math.min(by, r.height / 4);
        return new Rectangle2D.Double(r.x + dx, r.y + dy, r.width - 2 * dx, r.height - 2 * dy);
    }

    /**
     * Rectangles filling {@code bounds}, of areas proportional to {@code weights}: the largest first, laid in
     * rows along the shorter side, a row growing while that does not make its most elongated rectangle worse.
     */
    static Rectangle2D.Double[] treemap(double[] weights, Rectangle2D.Double bounds) {
        int n = weights.length;
        Rectangle2D.Double[] out = new Rectangle2D.Double[n];
        double total = Arrays.stream(weights).sum();
        if (n == 0 || total <= 0) {
            return out;
        }
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.<Integer>comparingDouble(i -> -weights[i]).thenComparingInt(i -> i));
        double scale = bounds.width * bounds.height / total;
        double x = bounds.x;
        double y = bounds.y;
        double w = bounds.width;
        double h = bounds.height;
        int first = 0;
        while (first < n) {
            double side = Math.min(w, h);
            double largest = weights[order[first]] * scale;
            int end = first;
            double sum = 0;
            double worst = Double.POSITIVE_INFINITY;
            while (end < n) {
                double area = weights[order[end]] * scale;
                double candidate = worstAspect(largest, area, sum + area, side);
                if (end > first && candidate > worst) {
                    break;
                }
                worst = candidate;
                sum += area;
                end++;
            }
            double thickness = sum / side;
            double along = 0;
            for (int i = first; i < end; i++) {
                double length = weights[order[i]] * scale / thickness;
                out[order[i]] = w >= h
                        ? new Rectangle2D.Double(x, y + along, thickness, length)  // a column on the left
                        : new Rectangle2D.Double(x + along, y, length, thickness); // a row along the top
                along += length;
            }
            if (w >= h) {
                x += thickness;
                w -= thickness;
            } else {
                y += thickness;
                h -= thickness;
            }
            first = end;
        }
        return out;
    }

    /** The largest ratio of long to short side in a row of areas from {@code largest} down to {@code smallest}. */
    private static double worstAspect(double largest, double smallest, double sum, double side) {
        double s2 = side * side;
        double sum2 = sum * sum;
        return Math.max(s2 * largest / sum2, sum2 / (s2 * smallest));
    }

    public int compounds() {
        return tiles.length;
    }

    public int communities() {
        return communities.length;
    }

    /** Width of the whole map in map units. */
    public double width() {
        return aspect;
    }

    /** Height of the whole map in map units. */
    public double height() {
        return 1;
    }

    /** The area of community {@code k}, gap included, in map units (a copy). */
    public Rectangle2D.Double community(int k) {
        return (Rectangle2D.Double) communities[k].clone();
    }

    /** The tile of compound {@code c}, in map units (a copy). */
    public Rectangle2D.Double tile(int c) {
        return (Rectangle2D.Double) tiles[c].clone();
    }
}
