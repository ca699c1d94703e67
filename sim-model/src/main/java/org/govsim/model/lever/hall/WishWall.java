package org.govsim.model.lever.hall;

import org.govsim.model.issue.Level;
import org.govsim.model.issue.ReportingChannel;
import org.govsim.model.issue.ServiceNetwork;
import org.govsim.model.world.Compound;

/** The wish wall (心愿墙): an open channel for demands in the hall's compound. */
record WishWall(ServiceNetwork network, double uplift) implements ReportingChannel {
    @Override
    public double reportBonus(Compound compound) {
        return network.pool(compound, Level.HALL) != null ? uplift : 0;
    }
}
