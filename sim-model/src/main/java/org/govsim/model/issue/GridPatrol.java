package org.govsim.model.issue;

import org.govsim.model.world.Compound;

/** Grid workers' survey visits (网格员巡查) find latent issues in the households they visit. */
public final class GridPatrol implements DetectionChannel {
    private static final long serialVersionUID = 1L;

    @Override
    public String name() {
        return "grid_patrol";
    }

    @Override
    public double hazardPerDay(Compound compound) {
        return compound.grid().patrolHazardPerDay();
    }
}
