package org.govsim.model.issue;

import java.io.Serializable;

/**
 * Households' reporting, patience, satisfaction, trust and fee-payment rules. Property satisfaction drifts toward the
 * service the company delivers, valued as {@code qualityFloor + (1 − qualityFloor) × quality}; trust moves with the
 * cases the party and community organs handle, and rests at {@code trustRest} without them.
 */
public record BehaviourConfig(double reportBase, double reportTrustWeight, double lateReportPerDay, double latentDisputePerDay,
                              double patienceMedianDays, double patienceSigma, double exitProb,
                              double learningRate, double timeWeight, double qualityWeight, double inCompoundBonus,
                              double exitOutcome, double monthlyDrift, double qualityFloor,
                              double trustCaseWeight, double trustRest, double trustMonthlyDecay, double trustParticipationGain,
                              double payIntercept, double paySatisfaction, double payNeighbours, double payTrust,
                              double payPartyMember, double payTransparency, double payBurdenPer100Yuan, double payUnresolved)
        implements Serializable {
}
