package org.govsim.model.lever;

import java.io.Serializable;
import org.govsim.model.world.Compound;

/** A service of the advisors lever: how many party-building advisors (党建指导员) are stationed in a compound. */
public interface StationedAdvisors extends Serializable {

    int in(Compound compound);
}
