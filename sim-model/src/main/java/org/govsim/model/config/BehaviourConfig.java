package org.govsim.model.config;

import org.govsim.model.param.ParamValues;

/** Households' reporting, patience, satisfaction and fee-payment rules. */
public record BehaviourConfig(double reportBase, double reportTrustWeight, double lateReportPerDay, double latentDisputePerDay,
                              double patienceMedianDays, double patienceSigma, double exitProb,
                              double learningRate, double timeWeight, double qualityWeight, double inCompoundBonus,
                              double exitOutcome, double monthlyDrift,
                              double payIntercept, double paySatisfaction, double payNeighbours, double payTrust,
                              double payPartyMember, double payTransparency, double payBurdenPer100Yuan, double payUnresolved) implements java.io.Serializable {

    public static BehaviourConfig from(ParamValues p) {
        return new BehaviourConfig(
                p.real("reporting.baseProb"), p.real("reporting.trustWeight"), p.real("reporting.lateReportPerDay"),
                p.real("reporting.latentDisputePerDay"),
                p.real("patience.medianDays"), p.real("patience.sigma"), p.real("patience.exitProb"),
                p.real("satisfaction.learningRate"), p.real("satisfaction.timeWeight"), p.real("satisfaction.qualityWeight"),
                p.real("satisfaction.inCompoundBonus"), p.real("satisfaction.exitOutcome"), p.real("satisfaction.monthlyDrift"),
                p.real("payment.intercept"), p.real("payment.satisfactionWeight"), p.real("payment.neighbourWeight"),
                p.real("payment.trustWeight"), p.real("payment.partyMemberWeight"), p.real("payment.transparencyWeight"),
                p.real("payment.burdenWeight"),
                p.real("payment.unresolvedWeight"));
    }
}
