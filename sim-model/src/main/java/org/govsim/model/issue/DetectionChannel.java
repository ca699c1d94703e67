package org.govsim.model.issue;

import java.io.Serializable;
import org.govsim.model.world.Compound;

/**
 * A way a latent (unreported) issue is found before the household reports it: grid workers' patrols,
 * advisors' household visits, party-member central households. Each contributes a hazard per day per
 * latent issue in a compound; the competing hazards decide who finds it first.
 */
public interface DetectionChannel extends Serializable {

    /** Name for outputs, e.g. "grid_patrol". */
    String name();

    /** Hazard per day that this channel finds a given latent issue of the compound. */
    double hazardPerDay(Compound compound);
}
