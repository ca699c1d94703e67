package org.govsim.runner.gui;

import java.awt.Color;
import java.util.List;
import java.util.function.Predicate;
import org.govsim.model.issue.Level;
import org.govsim.model.world.Compound;

/**
 * A mark the district map draws on a compound's tile: a party branch, a deliberation hall that holds
 * meetings, party-building advisors. A marker reads the compound only, so a new lever gets its marker by
 * adding one here (usually "the compound has a pool at the lever's level" or a count the lever keeps).
 *
 * @param name     what the legend calls it
 * @param colour   the marker's fill
 * @param applies  whether the compound gets the marker
 */
public record CompoundMarker(String name, Color colour, Predicate<Compound> applies) {

    /** The markers drawn today: what the model's pools and the advisor lever show. */
    public static List<CompoundMarker> standard() {
        return List.of(
                hasPool("party branch", new Color(200, 16, 46), Level.BRANCH),
                hasPool("deliberation hall", new Color(37, 99, 235), Level.HALL),
                new CompoundMarker("advisor", new Color(124, 58, 237), c -> c.advisors() > 0));
    }

    /** Marks compounds that have a pool at {@code level} (the level exists for them). */
    public static CompoundMarker hasPool(String name, Color colour, Level level) {
        return new CompoundMarker(name, colour, c -> c.pool(level) != null);
    }
}
