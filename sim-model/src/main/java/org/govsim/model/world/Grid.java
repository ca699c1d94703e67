package org.govsim.model.world;

import java.io.Serializable;

/**
 * A grid (网格): neighbouring compounds of one community with their grid workers, who settle small matters
 * (level GRID) and find latent issues on patrol visits.
 */
public final class Grid implements Serializable {
    private static final long serialVersionUID = 1L;

    private final int index;
    private final Community community;
    private final int households;
    private final int workers;
    private final double patrolHazardPerDay;

    public Grid(int index, Community community, int households, int workers, double patrolVisitsPerWorkerWeek) {
        this.index = index;
        this.community = community;
        this.households = households;
        this.workers = workers;
        // each visit finds a household's latent issues, so a household's hazard is the visit rate over households
        this.patrolHazardPerDay = households == 0 ? 0 : workers * patrolVisitsPerWorkerWeek / 7.0 / households;
    }

    public int index() {
        return index;
    }

    public Community community() {
        return community;
    }

    public int households() {
        return households;
    }

    /** Grid workers (网格员) serving the grid. */
    public int workers() {
        return workers;
    }

    public double patrolHazardPerDay() {
        return patrolHazardPerDay;
    }
}
