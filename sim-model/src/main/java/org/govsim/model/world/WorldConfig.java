package org.govsim.model.world;

import java.io.Serializable;

/** The shape of the district to build and its households' starting state. */
public record WorldConfig(int compounds, int compoundsPerCommunity, double oldCompoundShare,
                          double householdsPerCompoundMean, double householdsPerCompoundCv, int minHouseholdsPerCompound,
                          double householdsPerGrid, double gridPatrolVisitsPerWeek,
                          int oldFloorsMin, int oldFloorsMax, int oldHouseholdsPerFloor,
                          int newFloorsMin, int newFloorsMax, int newHouseholdsPerFloor, double oldElevatorShare,
                          double personsMean, double areaMeanM2, double areaSdM2, double partyMemberShare,
                          double elderlyShareOld, double elderlyShareNew,
                          double branchCoverage, double branchStrength, double initialSatisfaction, double satisfactionConcentration,
                          double initialTrust, double initialSocialCapital, double ownersCommitteeQuality) implements Serializable {
}
