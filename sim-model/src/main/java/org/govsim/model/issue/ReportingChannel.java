package org.govsim.model.issue;

import java.io.Serializable;
import org.govsim.model.world.Compound;

/** An open channel for residents' demands (a wish wall, a service station) that raises the chance of reporting at once. */
public interface ReportingChannel extends Serializable {

    /** Added to the probability that a household of the compound reports a new issue at once. */
    double reportBonus(Compound compound);
}
