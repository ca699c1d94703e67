package org.govsim.model.world;

import ec.util.MersenneTwisterFast;
import org.govsim.model.actors.FlatContract;
import org.govsim.model.actors.PropertyCompany;
import org.govsim.model.config.ModelConfig;
import org.govsim.model.config.WorldConfig;
import org.govsim.model.issue.BasicService;
import org.govsim.model.issue.BranchService;
import org.govsim.model.issue.Level;
import org.govsim.model.issue.PropertyService;
import org.govsim.model.issue.ServerPool;
import sim.util.distribution.Beta;
import sim.util.distribution.Poisson;

/**
 * Builds the district's world from its configuration and the world random stream: compounds with their
 * buildings and households, property companies, communities, grids, and the server pools of the levels
 * every compound has in the baseline (property desk, grid worker, branch where one exists, community,
 * departments). Levers add further pools after this.
 */
public final class DistrictBuilder {
    private final ModelConfig config;
    private final WorldConfig w;
    private final MersenneTwisterFast rng;

    public DistrictBuilder(ModelConfig config, MersenneTwisterFast rng) {
        this.config = config;
        this.w = config.world();
        this.rng = rng;
    }

    /** The built world. */
    public record World(Households households, Buildings buildings, Compound[] compounds, Community[] communities,
                        Grid[] grids, ServerPool departments) {
    }

    public World build() {
        DistrictLayout layout = new DistrictLayout(w, rng);
        int n = w.compounds();
        ModelConfig.CapacityConfig capacity = config.capacity();
        ServerPool departments = new ServerPool(Level.DEPARTMENT,
                ModelConfig.CapacityConfig.scaled(capacity.departmentServersPer1000Households(), layout.totalHouseholds()),
                new BasicService(config.level(Level.DEPARTMENT)));
        int[] communityHouseholds = new int[layout.communities];
        for (int c = 0; c < n; c++) {
            communityHouseholds[layout.community[c]] += layout.households[c];
        }
        Community[] communities = new Community[layout.communities];
        for (int i = 0; i < communities.length; i++) {
            communities[i] = new Community(i, new ServerPool(Level.COMMUNITY,
                    ModelConfig.CapacityConfig.scaled(capacity.communityServersPer1000Households(), communityHouseholds[i]),
                    new BasicService(config.level(Level.COMMUNITY))));
        }
        Grid[] grids = buildGrids(layout);

        int totalHouseholds = layout.totalHouseholds();
        Households households = new Households(totalHouseholds);
        int[] buildingsPer = new int[n];
        int totalBuildings = 0;
        for (int c = 0; c < n; c++) {
            buildingsPer[c] = estimateBuildings(layout, c);
            totalBuildings += buildingsPer[c];
        }
        Buildings buildings = new Buildings(totalBuildings);

        Beta satisfaction = beta(w.initialSatisfaction(), w.satisfactionConcentration());
        Beta trust = beta(w.initialTrust(), w.satisfactionConcentration());
        Poisson extraPersons = new Poisson(Math.max(1e-9, w.personsMean() - 1), rng);
        Compound[] compounds = new Compound[n];
        int h = 0;
        int b = 0;
        for (int c = 0; c < n; c++) {
            boolean old = layout.old[c];
            int firstHousehold = h;
            int firstBuilding = b;
            int remaining = layout.households[c];
            while (remaining > 0) {
                int floors = old ? uniform(w.oldFloorsMin(), w.oldFloorsMax()) : uniform(w.newFloorsMin(), w.newFloorsMax());
                int perFloor = old ? w.oldHouseholdsPerFloor() : w.newHouseholdsPerFloor();
                int size = Math.min(remaining, floors * perFloor);
                boolean elevator = !old || rng.nextDouble() < w.oldElevatorShare();
                buildings.set(b, c, h, size, floors, elevator);
                double elderlyShare = old ? w.elderlyShareOld() : w.elderlyShareNew();
                for (int k = 0; k < size; k++, h++) {
                    double area = Math.max(20, w.areaMeanM2() + w.areaSdM2() * rng.nextGaussian());
                    households.set(h, c, b, 1 + k / perFloor, 1 + extraPersons.nextInt(), area,
                            rng.nextDouble() < w.partyMemberShare(), rng.nextDouble() < elderlyShare,
                            satisfaction.nextDouble(), satisfaction.nextDouble(), trust.nextDouble());
                }
                remaining -= size;
                b++;
            }
            PropertyCompany company = new PropertyCompany(config.property(), new FlatContract(config.property().perceivedCollectionSlope()));
            Compound compound = new Compound(c, old, firstHousehold, layout.households[c], firstBuilding, b - firstBuilding,
                    communities[layout.community[c]], grids[layout.grid[c]], company, w.initialSocialCapital(),
                    w.ownersCommitteeQuality());
            installBaselinePools(compound, departments);
            compounds[c] = compound;
        }
        buildings.finish(b);
        return new World(households, buildings, compounds, communities, grids, departments);
    }

    private Grid[] buildGrids(DistrictLayout layout) {
        int[] gridHouseholds = new int[layout.grids];
        for (int c = 0; c < layout.households.length; c++) {
            gridHouseholds[layout.grid[c]] += layout.households[c];
        }
        Grid[] grids = new Grid[layout.grids];
        for (int g = 0; g < grids.length; g++) {
            // one grid worker per grid-sized block of households
            int workers = Math.max(1, (int) Math.round(gridHouseholds[g] / w.householdsPerGrid()));
            ServerPool pool = new ServerPool(Level.GRID, workers * config.capacity().gridServersPerWorker(),
                    new BasicService(config.level(Level.GRID)));
            grids[g] = new Grid(g, gridHouseholds[g], pool, workers * config.grid().patrolVisitsPerWeek());
        }
        return grids;
    }

    /** An upper bound on a compound's buildings (each holds at least min floors × households per floor), to size the arrays. */
    private int estimateBuildings(DistrictLayout layout, int c) {
        int perFloor = layout.old[c] ? w.oldHouseholdsPerFloor() : w.newHouseholdsPerFloor();
        int minFloors = layout.old[c] ? w.oldFloorsMin() : w.newFloorsMin();
        int minSize = Math.max(1, minFloors * perFloor);
        return (layout.households[c] + minSize - 1) / minSize;
    }

    private void installBaselinePools(Compound compound, ServerPool departments) {
        int servers = Math.max(1, (int) Math.round(compound.households() / 1000.0 * config.property().serversPer1000Households()));
        compound.setPool(Level.PROPERTY, new ServerPool(Level.PROPERTY, servers,
                new PropertyService(config.level(Level.PROPERTY), config.property(), compound.company())));
        compound.setPool(Level.GRID, compound.grid().pool());
        if (rng.nextDouble() < w.branchCoverage()) {
            compound.setPool(Level.BRANCH, new ServerPool(Level.BRANCH, config.capacity().branchServers(),
                    new BranchService(config.level(Level.BRANCH), config.branchStrength())));
            compound.setBranch(true);
        }
        compound.setPool(Level.COMMUNITY, compound.community().pool());
        compound.setPool(Level.DEPARTMENT, departments);
    }

    private int uniform(int lo, int hi) {
        return lo + rng.nextInt(hi - lo + 1);
    }

    private Beta beta(double mean, double concentration) {
        return new Beta(mean * concentration, (1 - mean) * concentration, rng);
    }
}
