package org.govsim.model.lever.buildinggroups;

import static org.govsim.model.param.ParamDef.bool;
import static org.govsim.model.param.ParamDef.real;
import static org.govsim.model.param.Sources.assumption;

import java.util.List;
import org.govsim.model.lever.LeverSettings;
import org.govsim.model.param.ParamDef;
import org.govsim.model.param.ParamValues;

/** Building party groups' capacity and central households' visits. */
record BuildingGroupSettings(boolean enabled, double serversPer1000Households, double centralHouseholdsPer100Households,
                             double visitsPerCentralHouseholdWeek) implements LeverSettings {

    static List<ParamDef> declare() {
        return List.of(
                bool("buildingGroups.enabled", false, "article Q48: four-level structure 社区党委-小区党支部-楼栋党小组-党员中心户",
                        "Building party groups (in buildings with a party-member household) and central households."),
                real("buildingGroups.serversPer1000Households", "concurrent case", 4, 0.1, 100, assumption("2 h/week per group (domain-notes §4.5.2)"),
                        "Cases the compound's building groups handle at once, per 1000 households."),
                real("buildingGroups.centralHouseholdsPer100Households", "household", 5, 0, 10, assumption("domain-notes §4.9"),
                        "Party-member central households (党员中心户) per 100 households."),
                real("buildingGroups.visitsPerCentralHouseholdWeek", "household/week", 2, 0, 20, assumption("neighbourly visits"),
                        "Households a central household looks in on each week; a visit finds latent issues."));
    }

    static BuildingGroupSettings from(ParamValues p) {
        return new BuildingGroupSettings(p.bool("buildingGroups.enabled"), p.real("buildingGroups.serversPer1000Households"),
                p.real("buildingGroups.centralHouseholdsPer100Households"), p.real("buildingGroups.visitsPerCentralHouseholdWeek"));
    }

    /** A central household's visits as a hazard per latent issue per day. */
    double visitHazardPerDay() {
        return centralHouseholdsPer100Households / 100.0 * visitsPerCentralHouseholdWeek / 7.0;
    }
}
