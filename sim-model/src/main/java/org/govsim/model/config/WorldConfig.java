package org.govsim.model.config;

import org.govsim.model.param.ParamValues;

/** The shape of the district to build. */
public record WorldConfig(int compounds, int compoundsPerCommunity, double oldCompoundShare,
                          double householdsPerCompoundMean, double householdsPerCompoundCv, int minHouseholdsPerCompound,
                          double householdsPerGrid,
                          int oldFloorsMin, int oldFloorsMax, int oldHouseholdsPerFloor,
                          int newFloorsMin, int newFloorsMax, int newHouseholdsPerFloor, double oldElevatorShare,
                          double personsMean, double areaMeanM2, double areaSdM2, double partyMemberShare,
                          double elderlyShareOld, double elderlyShareNew,
                          double branchCoverage, double initialSatisfaction, double satisfactionConcentration,
                          double initialTrust, double initialSocialCapital, double ownersCommitteeQuality) implements java.io.Serializable {

    public static WorldConfig from(ParamValues p) {
        return new WorldConfig(
                p.integer("district.compounds"), p.integer("district.compoundsPerCommunity"), p.real("district.oldCompoundShare"),
                p.real("district.householdsPerCompoundMean"), p.real("district.householdsPerCompoundCv"),
                p.integer("district.minHouseholdsPerCompound"), p.real("district.householdsPerGrid"),
                p.integer("buildings.oldFloorsMin"), Math.max(p.integer("buildings.oldFloorsMin"), p.integer("buildings.oldFloorsMax")),
                p.integer("buildings.oldHouseholdsPerFloor"),
                p.integer("buildings.newFloorsMin"), Math.max(p.integer("buildings.newFloorsMin"), p.integer("buildings.newFloorsMax")),
                p.integer("buildings.newHouseholdsPerFloor"), p.real("buildings.oldElevatorShare"),
                p.real("households.personsMean"), p.real("households.areaMeanM2"), p.real("households.areaSdM2"),
                p.real("households.partyMemberShare"), p.real("households.elderlyShareOld"), p.real("households.elderlyShareNew"),
                p.real("levels.branch.coverage"), p.real("satisfaction.initialMean"), p.real("satisfaction.initialConcentration"),
                p.real("trust.initialMean"), p.real("socialCapital.initial"), p.real("ownersCommittee.initialQuality"));
    }
}
