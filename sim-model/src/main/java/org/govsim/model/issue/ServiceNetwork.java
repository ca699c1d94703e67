package org.govsim.model.issue;

import java.io.Serializable;
import org.govsim.model.world.Community;
import org.govsim.model.world.Compound;
import org.govsim.model.world.Grid;

/**
 * Who serves each compound's issues at each level of the ladder: the property company's desk and, where they
 * exist, the branch; the grid's workers, the community's committee and the district's departments, shared by
 * the compounds they serve. A level a compound lacks has no pool and is skipped. Levers open further pools
 * (a deliberation hall, building party groups) with {@link #open}.
 */
public final class ServiceNetwork implements Serializable {
    private static final long serialVersionUID = 1L;

    private final LevelConfig[] levels;
    private final NetworkConfig capacity;
    private final ServerPool[] byCompound;
    private final ServerPool[] grids;
    private final ServerPool[] communities;
    private final ServerPool departments;

    /**
     * The baseline network of a built world.
     *
     * @param levels each level's service, indexed by {@link Level#ordinal()} (null for a level never served)
     */
    public ServiceNetwork(Compound[] compounds, Grid[] grid, Community[] community, int households, LevelConfig[] levels,
                          NetworkConfig capacity) {
        this.levels = levels.clone();
        this.capacity = capacity;
        this.byCompound = new ServerPool[compounds.length * Level.COUNT];
        this.grids = new ServerPool[grid.length];
        for (Grid g : grid) {
            grids[g.index()] = new ServerPool(Level.GRID, g.workers() * capacity.gridServersPerWorker(), basic(Level.GRID));
        }
        this.communities = new ServerPool[community.length];
        for (Community c : community) {
            communities[c.index()] = new ServerPool(Level.COMMUNITY,
                    NetworkConfig.scaled(capacity.communityServersPer1000Households(), c.households()), basic(Level.COMMUNITY));
        }
        this.departments = new ServerPool(Level.DEPARTMENT,
                NetworkConfig.scaled(capacity.departmentServersPer1000Households(), households), basic(Level.DEPARTMENT));
        for (Compound c : compounds) {
            int servers = Math.max(1, (int) Math.round(c.households() / 1000.0 * capacity.propertyServersPer1000Households()));
            set(c, Level.PROPERTY, new ServerPool(Level.PROPERTY, servers,
                    new PropertyService(level(Level.PROPERTY), c.company())));
            set(c, Level.GRID, grids[c.grid().index()]);
            if (c.hasBranch()) {
                set(c, Level.BRANCH, branchPool(c, capacity.branchServers()));
            }
            set(c, Level.COMMUNITY, communities[c.community().index()]);
            set(c, Level.DEPARTMENT, departments);
        }
    }

    /** The pool that handles a compound's issues at a level, or null when the level is absent there. */
    public ServerPool pool(Compound compound, Level level) {
        return byCompound[compound.index() * Level.COUNT + level.ordinal()];
    }

    /** The grid workers' pool of a grid. */
    public ServerPool pool(Grid grid) {
        return grids[grid.index()];
    }

    /** A level's service settings. */
    public LevelConfig level(Level level) {
        return levels[level.ordinal()];
    }

    /** Gives a compound a level it lacked (a hall, building groups); the level must not be there already. */
    public ServerPool open(Compound compound, Level level, int servers, ServiceRule rule) {
        if (pool(compound, level) != null) {
            throw new IllegalStateException("compound " + compound.index() + " already has a " + level.key() + " pool");
        }
        ServerPool pool = new ServerPool(level, servers, rule);
        set(compound, level, pool);
        return pool;
    }

    /** The level's plain service: its configured time and success. */
    public ServiceRule basic(Level level) {
        return new BasicService(level(level));
    }

    /**
     * The compound's branch level, opened without servers of its own where it has none yet (a desk that advisors
     * keep before a branch forms): contributors then give it its servers.
     */
    public ServerPool branchDesk(Compound compound) {
        ServerPool pool = pool(compound, Level.BRANCH);
        return pool != null ? pool : open(compound, Level.BRANCH, 0, branchRule(compound));
    }

    private ServerPool branchPool(Compound compound, int servers) {
        return new ServerPool(Level.BRANCH, servers, branchRule(compound));
    }

    private ServiceRule branchRule(Compound compound) {
        return new BranchService(level(Level.BRANCH), capacity.branchStrengthWeight(), compound);
    }

    private void set(Compound compound, Level level, ServerPool pool) {
        byCompound[compound.index() * Level.COUNT + level.ordinal()] = pool;
    }
}
