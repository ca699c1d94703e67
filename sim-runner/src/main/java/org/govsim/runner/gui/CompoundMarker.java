package org.govsim.runner.gui;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.function.BiPredicate;
import org.govsim.model.District;
import org.govsim.model.world.Compound;

/**
 * A mark the district map draws on a compound's tile: a party branch, a deliberation hall that holds
 * meetings, party-building advisors, a compound on the fee-quality-linked contract, a red-steward team, a company under
 * the property campaign's order (or replaced by it), outside units bound to the compound's grid, party members with a
 * responsibility zone, demonstration posts. A lever's marker reads the per-compound figure the lever declares, so a new
 * lever gets its marker by declaring the figure and adding one line here. The emergency teams have none: a team is
 * the community's, so its figure is the same on every tile of a community (all of them at the default coverage).
 *
 * <p>Markers differ in shape as well as colour, and their colours are off the map's viridis ramp (no red,
 * white or pink lies on it); a dark outline sets them off from any tile, so they can be told apart without
 * telling colours apart.
 *
 * @param name    what the legend calls it
 * @param colour  the marker's fill
 * @param form    its shape
 * @param applies whether the compound gets the marker
 */
public record CompoundMarker(String name, Color colour, Form form, BiPredicate<District, Compound> applies) {
    private static final Color OUTLINE = new Color(20, 20, 20);

    /** The shapes markers come in. */
    public enum Form {
        CIRCLE, SQUARE, TRIANGLE, DIAMOND, CROSS, INVERTED_TRIANGLE, HEXAGON, PENTAGON, STAR
    }

    /** The markers drawn today: the compound's branch, and the figures the levers declare per compound. */
    public static List<CompoundMarker> standard() {
        return List.of(
                new CompoundMarker("party branch", new Color(213, 94, 0), Form.CIRCLE, (d, c) -> c.hasBranch()), // Okabe-Ito vermillion
                figure("deliberation hall", Color.WHITE, Form.SQUARE, "has_hall"),
                figure("advisor", new Color(204, 121, 167), Form.TRIANGLE, "advisors"),                          // reddish purple
                figure("linked fee contract", new Color(230, 159, 0), Form.DIAMOND, "reformed_contract"),         // Okabe-Ito orange
                figure("red stewards", new Color(200, 0, 40), Form.CROSS, "red_steward_members"),                 // crimson
                figure("campaign order", new Color(86, 180, 233), Form.INVERTED_TRIANGLE, "campaign_status"),     // Okabe-Ito sky blue
                figure("outside units", new Color(0, 255, 255), Form.HEXAGON, "partner_units"),                   // cyan
                figure("responsibility zones", new Color(255, 170, 220), Form.PENTAGON, "zone_members"),          // pink
                figure("demonstration posts", new Color(255, 0, 255), Form.STAR, "demonstration_posts"));          // magenta
    }

    /** Marks compounds where a lever's declared figure is positive. */
    public static CompoundMarker figure(String name, Color colour, Form form, String column) {
        return new CompoundMarker(name, colour, form, (d, c) -> d.compoundFigures().value(column, c) > 0);
    }

    /** Draws the marker with its top-left corner at (x, y), {@code size} pixels across. */
    public void draw(Graphics2D g, double x, double y, double size) {
        Shape shape = shape(x, y, size);
        g.setColor(colour);
        g.fill(shape);
        g.setColor(OUTLINE);
        g.setStroke(new BasicStroke(size >= 9 ? 1.5f : 1f));
        g.draw(shape);
    }

    private Shape shape(double x, double y, double d) {
        return switch (form) {
            case CIRCLE -> new Ellipse2D.Double(x, y, d, d);
            case SQUARE -> new Rectangle2D.Double(x + d * 0.08, y + d * 0.08, d * 0.84, d * 0.84);
            case TRIANGLE -> polygon(x, y, d, new double[] {0.5, 0, 1, 0.92, 0, 0.92});
            case DIAMOND -> polygon(x, y, d, new double[] {0.5, 0, 1, 0.5, 0.5, 1, 0, 0.5});
            // arms wide enough that the fill still shows inside the 1.5-pixel outline at 10 pixels (a third was not)
            case CROSS -> polygon(x, y, d, new double[] {0.28, 0, 0.72, 0, 0.72, 0.28, 1, 0.28, 1, 0.72, 0.72, 0.72, 0.72, 1,
                    0.28, 1, 0.28, 0.72, 0, 0.72, 0, 0.28, 0.28, 0.28});
            case INVERTED_TRIANGLE -> polygon(x, y, d, new double[] {0, 0.08, 1, 0.08, 0.5, 1});
            case HEXAGON -> polygon(x, y, d, regular(6, 0.5, 0.5, 0.5));
            case PENTAGON -> polygon(x, y, d, regular(5, 0.5, 0.5, 0.5));
            // a fat star (inner corners at 0.6 of the outer radius), centred low so that it fills the square: its fill
            // shows inside the outline at small sizes
            case STAR -> polygon(x, y, d, regular(10, 0.55, 0.54, 0.32));
        };
    }

    /**
     * The corners of a regular polygon in the unit square around (0.5, {@code centreY}), the first at the top; with
     * {@code inner} below {@code outer}, every second corner lies at the inner radius (a star).
     */
    private static double[] regular(int corners, double centreY, double outer, double inner) {
        double[] unit = new double[2 * corners];
        for (int i = 0; i < corners; i++) {
            double r = i % 2 == 1 ? inner : outer;
            double a = -Math.PI / 2 + 2 * Math.PI * i / corners;
            unit[2 * i] = 0.5 + r * Math.cos(a);
            unit[2 * i + 1] = centreY + r * Math.sin(a);
        }
        return unit;
    }

    private static Shape polygon(double x, double y, double d, double[] unit) {
        Path2D.Double p = new Path2D.Double();
        p.moveTo(x + unit[0] * d, y + unit[1] * d);
        for (int i = 2; i < unit.length; i += 2) {
            p.lineTo(x + unit[i] * d, y + unit[i + 1] * d);
        }
        p.closePath();
        return p;
    }
}
