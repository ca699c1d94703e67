package org.govsim.model.lever;

import org.govsim.model.District;
import org.govsim.model.config.ModelConfig;
import org.govsim.model.issue.BasicService;
import org.govsim.model.issue.DetectionChannel;
import org.govsim.model.issue.Level;
import org.govsim.model.issue.ServerPool;
import org.govsim.model.param.ParamValues;
import org.govsim.model.world.Buildings;
import org.govsim.model.world.Compound;
import org.govsim.model.world.Households;

/**
 * The lowest rungs of the four-level structure (四级组织架构): building party groups (楼栋党小组) in buildings
 * with a party-member household, and party-member central households (党员中心户). The groups add level
 * L1 BUILDING_GROUP, which settles small matters such as neighbour disputes before the grid worker; central
 * households' visits find latent issues early. A building with a group is where elevator projects can be led.
 */
public final class BuildingGroups implements Lever {
    private static final long serialVersionUID = 1L;

    private final double serversPer1000;
    private final double hazardPerDay;

    public BuildingGroups(ParamValues p) {
        this.serversPer1000 = p.real("buildingGroups.serversPer1000Households");
        this.hazardPerDay = p.real("buildingGroups.centralHouseholdsPer100Households") / 100.0
                * p.real("buildingGroups.visitsPerCentralHouseholdWeek") / 7.0;
    }

    @Override
    public String name() {
        return "buildingGroups";
    }

    /** True when a building has a party group: the lever is on and a party-member household lives there. */
    public static boolean hasGroup(District district, int building) {
        if (!district.config().values().bool("buildingGroups.enabled")) {
            return false;
        }
        Buildings b = district.buildings();
        Households h = district.households();
        for (int x = b.firstHousehold(building); x < b.firstHousehold(building) + b.households(building); x++) {
            if (h.isPartyMember(x)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void install(District district) {
        ModelConfig config = district.config();
        for (Compound c : district.compounds()) {
            int groups = 0;
            for (int b = c.firstBuilding(); b < c.firstBuilding() + c.buildings(); b++) {
                groups += hasGroup(district, b) ? 1 : 0;
            }
            if (groups > 0) {
                c.setPool(Level.BUILDING_GROUP, new ServerPool(Level.BUILDING_GROUP,
                        ModelConfig.CapacityConfig.scaled(serversPer1000, c.households()), new BasicService(config.level(Level.BUILDING_GROUP))));
            }
        }
        district.pipeline().addDetectionChannel(new CentralHouseholdVisits(hazardPerDay));
    }

    /** Central households look in on their neighbours and hear of problems before they are reported. */
    private record CentralHouseholdVisits(double hazardPerDay) implements DetectionChannel {
        @Override
        public String name() {
            return "central_household";
        }

        @Override
        public double hazardPerDay(Compound compound) {
            return compound.pool(Level.BUILDING_GROUP) != null ? hazardPerDay : 0;
        }
    }
}
