package org.govsim.model.issue;

import java.io.Serializable;
import org.govsim.model.world.Compound;

/**
 * A named hook on arrival rates: a multiplier for one compound and issue type in the current month.
 * The core's own state dependence (property effort, social capital, flood season) is one; levers such as
 * smart security add theirs. Rates are re-read at each month's start.
 */
public interface RateModifier extends Serializable {

    double multiplier(Compound compound, IssueType type, int monthOfYear);
}
