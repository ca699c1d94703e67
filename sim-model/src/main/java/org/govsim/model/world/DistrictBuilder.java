package org.govsim.model.world;

import ec.util.MersenneTwisterFast;
import org.govsim.model.actors.FlatContract;
import org.govsim.model.actors.OwnersCommittee;
import org.govsim.model.actors.PartyBranch;
import org.govsim.model.actors.PropertyCompany;
import java.util.List;
import org.govsim.model.actors.PropertyConfig;
import sim.util.distribution.Beta;
import sim.util.distribution.Poisson;

/**
 * Builds the district's world from its configuration and the world random stream: compounds with their
 * buildings and households, property companies, owners' committees, the party branches that exist at the
 * start, communities and grids. How issues are served (the levels' pools) is built on top of it by the issue
 * pipeline; levers add what they own after that.
 */
public final class DistrictBuilder {
    private final WorldConfig w;
    private final PropertyConfig property;
    private final List<CaseCompound> cases;
    private final MersenneTwisterFast rng;

    public DistrictBuilder(WorldConfig world, PropertyConfig property, List<CaseCompound> cases, MersenneTwisterFast rng) {
        this.w = world;
        this.property = property;
        this.cases = cases;
        this.rng = rng;
    }

    /** The built world. */
    public record World(Households households, Buildings buildings, Compound[] compounds, Community[] communities,
                        Grid[] grids) {
    }

    public World build() {
        DistrictLayout layout = new DistrictLayout(w, rng);
        layout.place(cases);
        int n = w.compounds();
        int[] communityHouseholds = new int[layout.communities];
        for (int c = 0; c < n; c++) {
            communityHouseholds[layout.community[c]] += layout.households[c];
        }
        Community[] communities = new Community[layout.communities];
        for (int i = 0; i < communities.length; i++) {
            communities[i] = new Community(i, communityHouseholds[i]);
        }
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
        GridLayout gridLayout = new GridLayout(w.householdsPerGrid(), totalBuildings, communityHouseholds);
        int[] firstHouseholds = new int[n];
        int[] firstBuildings = new int[n];
        int[] buildingCounts = new int[n];
        boolean[] branch = new boolean[n];
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
            firstHouseholds[c] = firstHousehold;
            firstBuildings[c] = firstBuilding;
            buildingCounts[c] = b - firstBuilding;
            branch[c] = rng.nextDouble() < w.branchCoverage();
            gridLayout.place(layout.community[c], firstBuilding, b - firstBuilding, layout.households[c], buildings);
        }
        buildings.finish(b);
        for (int k = 0; k < b; k++) {
            buildings.setGrid(k, gridLayout.gridOf(k));
        }
        Grid[] grids = buildGrids(buildings, gridLayout.grids(), communities, layout);
        Compound[] compounds = new Compound[n];
        for (int c = 0; c < n; c++) {
            PropertyCompany company = new PropertyCompany(property, new FlatContract(property.perceivedCollectionSlope()));
            Compound compound = new Compound(c, layout.old[c], firstHouseholds[c], layout.households[c], firstBuildings[c], buildingCounts[c],
                    communities[layout.community[c]], grids[buildings.grid(firstBuildings[c])], company,
                    new OwnersCommittee(w.ownersCommitteeQuality()), w.initialSocialCapital());
            if (branch[c]) {
                compound.setBranch(new PartyBranch(w.branchStrength()));
            }
            if (layout.caseAt[c] != null) {
                compound.nameAsCase(layout.caseAt[c]);
            }
            compounds[c] = compound;
        }
        return new World(households, buildings, compounds, communities, grids);
    }

    private Grid[] buildGrids(Buildings buildings, int count, Community[] communities, DistrictLayout layout) {
        int[] gridHouseholds = new int[count];
        int[] gridCommunity = new int[count];
        for (int k = 0; k < buildings.count(); k++) {
            gridHouseholds[buildings.grid(k)] += buildings.households(k);
            gridCommunity[buildings.grid(k)] = layout.community[buildings.compound(k)];
        }
        Grid[] grids = new Grid[count];
        for (int g = 0; g < grids.length; g++) {
            // one grid worker per grid-sized block of households
            int workers = Math.max(1, (int) Math.round(gridHouseholds[g] / w.householdsPerGrid()));
            grids[g] = new Grid(g, communities[gridCommunity[g]], gridHouseholds[g], workers, w.gridPatrolVisitsPerWeek());
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

    private int uniform(int lo, int hi) {
        return lo + rng.nextInt(hi - lo + 1);
    }

    private Beta beta(double mean, double concentration) {
        return new Beta(mean * concentration, (1 - mean) * concentration, rng);
    }
}
