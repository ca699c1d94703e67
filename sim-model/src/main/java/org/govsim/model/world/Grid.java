package org.govsim.model.world;

import java.io.Serializable;
import org.govsim.model.issue.ServerPool;

/**
 * A grid (网格): neighbouring compounds of one community with one grid worker, who settles small matters
 * (level GRID) and finds latent issues on patrol visits.
 */
public final class Grid implements Serializable {
    private static final long serialVersionUID = 1L;

    private final int index;
    private final int households;
    private final ServerPool pool;
    private final double patrolHazardPerDay;

    public Grid(int index, int households, ServerPool pool, double patrolVisitsPerWeek) {
        this.index = index;
        this.households = households;
        this.pool = pool;
        // each visit finds a household's latent issues, so a household's hazard is the visit rate over households
        this.patrolHazardPerDay = households == 0 ? 0 : patrolVisitsPerWeek / 7.0 / households;
    }

    public int index() {
        return index;
    }

    public int households() {
        return households;
    }

    public ServerPool pool() {
        return pool;
    }

    public double patrolHazardPerDay() {
        return patrolHazardPerDay;
    }
}
