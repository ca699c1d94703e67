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
    private final int baseServers;
    private int partyOrganisation;
    private boolean liaisonCadre;

    public Grid(int index, int households, ServerPool pool, double patrolVisitsPerWeek) {
        this.index = index;
        this.households = households;
        this.pool = pool;
        this.baseServers = pool.servers();
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

    /** The grid workers' own servers, before volunteers add any. */
    public int baseServers() {
        return baseServers;
    }

    public double patrolHazardPerDay() {
        return patrolHazardPerDay;
    }

    /** The grid's party organisation (网格党组织): 0 none, 1 party group, 2 party branch. */
    public int partyOrganisation() {
        return partyOrganisation;
    }

    public void setPartyOrganisation(int kind) {
        partyOrganisation = kind;
    }

    /** Whether a township or sub-district cadre is assigned to liaise with the grid. */
    public boolean hasLiaisonCadre() {
        return liaisonCadre;
    }

    public void setLiaisonCadre(boolean value) {
        liaisonCadre = value;
    }
}
