package org.govsim.model.issue;

import java.io.Serializable;

/** Households' reporting, patience, satisfaction and fee-payment rules. */
public record BehaviourConfig(double reportBase, double reportTrustWeight, double lateReportPerDay, double latentDisputePerDay,
                              double patienceMedianDays, double patienceSigma, double exitProb,
                              double learningRate, double timeWeight, double qualityWeight, double inCompoundBonus,
                              double exitOutcome, double monthlyDrift,
                              double payIntercept, double paySatisfaction, double payNeighbours, double payTrust,
                              double payPartyMember, double payTransparency, double payBurdenPer100Yuan, double payUnresolved)
        implements Serializable {
}
