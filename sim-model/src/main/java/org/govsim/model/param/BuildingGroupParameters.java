package org.govsim.model.param;

import static org.govsim.model.param.ParamDef.bool;
import static org.govsim.model.param.ParamDef.real;
import static org.govsim.model.param.Sources.assumption;

import java.util.List;

/** The four-level structure's lowest rungs: building party groups and party-member central households (Meilan, Q48). */
final class BuildingGroupParameters {
    private BuildingGroupParameters() {
    }

    static void declare(List<ParamDef> d) {
        d.add(bool("buildingGroups.enabled", false, "article Q48: four-level structure 社区党委-小区党支部-楼栋党小组-党员中心户",
                "Building party groups (in buildings with a party-member household) and central households."));
        d.add(real("buildingGroups.serversPer1000Households", "concurrent case", 4, 0.1, 100, assumption("2 h/week per group (domain-notes §4.5.2)"),
                "Cases the compound's building groups handle at once, per 1000 households."));
        d.add(real("buildingGroups.centralHouseholdsPer100Households", "household", 5, 0, 10, assumption("domain-notes §4.9"),
                "Party-member central households (党员中心户) per 100 households."));
        d.add(real("buildingGroups.visitsPerCentralHouseholdWeek", "household/week", 2, 0, 20, assumption("neighbourly visits"),
                "Households a central household looks in on each week; a visit finds latent issues."));
    }
}
