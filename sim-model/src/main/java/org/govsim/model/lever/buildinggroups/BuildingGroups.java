package org.govsim.model.lever.buildinggroups;

import java.util.List;
import org.govsim.model.issue.DetectionChannel;
import org.govsim.model.issue.Level;
import org.govsim.model.issue.NetworkConfig;
import org.govsim.model.issue.ServiceNetwork;
import org.govsim.model.lever.BuildingPartyGroups;
import org.govsim.model.lever.Lever;
import org.govsim.model.lever.LeverContext;
import org.govsim.model.lever.LeverMetrics;
import org.govsim.model.metrics.MetricDef;
import org.govsim.model.param.ParamDef;
import org.govsim.model.param.ParamValues;
import org.govsim.model.world.Buildings;
import org.govsim.model.world.Compound;
import org.govsim.model.world.Households;

/**
 * The lowest rungs of the four-level structure (四级组织架构): building party groups (楼栋党小组) in buildings
 * with a party-member household, and party-member central households (党员中心户). The groups add level
 * L1 BUILDING_GROUP, which settles small matters such as neighbour disputes before the grid worker; central
 * households' visits find latent issues early. A building with a group is where elevator projects can be led,
 * which this lever offers other levers as {@link BuildingPartyGroups}.
 */
public final class BuildingGroups implements Lever<BuildingGroupSettings> {
    private static final long serialVersionUID = 1L;

    @Override
    public String name() {
        return "buildingGroups";
    }

    @Override
    public String title() {
        return "Building party groups and central households (楼栋党小组, 党员中心户)";
    }

    @Override
    public List<ParamDef> parameters() {
        return BuildingGroupSettings.declare();
    }

    @Override
    public List<MetricDef> metrics() {
        return List.of(LeverMetrics.figure("building_groups", "building", "栋", "buildings with a party group", "有楼栋党小组的楼栋",
                "buildings of the compound with a party-member household"));
    }

    @Override
    public BuildingGroupSettings settings(ParamValues values) {
        return BuildingGroupSettings.from(values);
    }

    @Override
    public void install(BuildingGroupSettings s, LeverContext context) {
        PartyMemberBuildings groups = new PartyMemberBuildings(context.buildings(), context.households());
        ServiceNetwork network = context.network();
        int[] perCompound = new int[context.compounds().length];
        for (Compound c : context.compounds()) {
            int count = 0;
            for (int b = c.firstBuilding(); b < c.firstBuilding() + c.buildings(); b++) {
                count += groups.has(b) ? 1 : 0;
            }
            perCompound[c.index()] = count;
            if (count > 0) {
                network.open(c, Level.BUILDING_GROUP, NetworkConfig.scaled(s.serversPer1000Households(), c.households()),
                        network.basic(Level.BUILDING_GROUP));
            }
        }
        context.addDetectionChannel(new CentralHouseholdVisits(network, s.visitHazardPerDay()));
        context.provide(BuildingPartyGroups.class, groups);
        context.figure("building_groups", c -> perCompound[c.index()]);
    }

    /** A building has a party group where a party-member household lives in it. */
    private record PartyMemberBuildings(Buildings buildings, Households households) implements BuildingPartyGroups {
        @Override
        public boolean has(int building) {
            int first = buildings.firstHousehold(building);
            for (int x = first; x < first + buildings.households(building); x++) {
                if (households.isPartyMember(x)) {
                    return true;
                }
            }
            return false;
        }
    }

    /** Central households look in on their neighbours and hear of problems before they are reported. */
    private record CentralHouseholdVisits(ServiceNetwork network, double hazardPerDay) implements DetectionChannel {
        @Override
        public String name() {
            return "central_household";
        }

        @Override
        public double hazardPerDay(Compound compound) {
            return network.pool(compound, Level.BUILDING_GROUP) != null ? hazardPerDay : 0;
        }
    }
}
