package org.govsim.runner.gui;

import java.awt.Color;
import java.util.List;
import java.util.function.BiPredicate;
import org.govsim.model.District;
import org.govsim.model.world.Compound;

/**
 * A mark the district map draws on a compound's tile: a party branch, a deliberation hall that holds
 * meetings, party-building advisors. A lever's marker reads the per-compound figure the lever declares, so a new
 * lever gets its marker by declaring the figure and adding one line here.
 *
 * @param name     what the legend calls it
 * @param colour   the marker's fill
 * @param applies  whether the compound gets the marker
 */
public record CompoundMarker(String name, Color colour, BiPredicate<District, Compound> applies) {

    /** The markers drawn today: the compound's branch, and the hall and advisor figures of their levers. */
    public static List<CompoundMarker> standard() {
        return List.of(
                new CompoundMarker("party branch", new Color(200, 16, 46), (d, c) -> c.hasBranch()),
                figure("deliberation hall", new Color(37, 99, 235), "has_hall"),
                figure("advisor", new Color(124, 58, 237), "advisors"));
    }

    /** Marks compounds where a lever's declared figure is positive. */
    public static CompoundMarker figure(String name, Color colour, String column) {
        return new CompoundMarker(name, colour, (d, c) -> d.compoundFigures().value(column, c) > 0);
    }
}
