package org.govsim.model.issue;

import ec.util.MersenneTwisterFast;
import java.io.Serializable;

/**
 * How a level serves one case: how long it takes and how likely it settles it. Levers change a level by
 * wrapping or replacing its rule (an advisor raises the branch's success), never by branching in the pipeline.
 */
public interface ServiceRule extends Serializable {

    double serviceDays(Issue issue, MersenneTwisterFast rng);

    double successProb(Issue issue);
}
