package org.govsim.model.param;

import static org.govsim.model.param.ParamDef.real;
import static org.govsim.model.param.Sources.assumption;

import java.util.List;

/** The property company under a flat contract (包干): fee, costs, effort choice, quality. */
final class PropertyParameters {
    private PropertyParameters() {
    }

    static void declare(List<ParamDef> d) {
        d.add(real("property.feeYuanPerM2Month", "yuan/m²/month", 1.5, 0.1, 10, "external: Haikou fee levels (domain-notes §4.9)",
                "Property fee billed per square metre per month."));
        d.add(real("property.fixedCostYuanPerHouseholdMonth", "yuan/hh/month", 60, 0, 1000, assumption("domain-notes §4.5.3: c₀"),
                "Cost of service that does not depend on effort."));
        d.add(real("property.effortCostYuanPerHouseholdMonth", "yuan/hh/month", 90, 0.01, 2000, assumption("domain-notes §4.5.3: c, calibrated"),
                "c in the effort cost c e² / 2 per household per month."));
        d.add(real("property.perceivedCollectionSlope", "share/effort", 0.3, 0, 5,
                assumption("flat contract: collection responds weakly and late to effort"),
                "The company's belief of how much one unit of effort raises the collection rate."));
        d.add(real("property.complaintPenaltyYuan", "yuan/complaint", 400, 0, 100_000,
                assumption("credit scoring and fines by the housing department make a complaint cost the company"),
                "What the company expects one property dispute to cost it; effort that prevents complaints pays this back."));
        d.add(real("property.memory", "share/month", 0.3, 0.01, 1, assumption("the company reacts to the last few months"),
                "Weight of this month in the collection rate and complaint rate the company remembers."));
        d.add(real("property.effortAdjustment", "share/month", 0.3, 0, 1, assumption("effort adjusts gradually"),
                "Share of the gap to the best-response effort closed each month."));
        d.add(real("property.initialEffort", "effort", 0.45, 0, 1, assumption("flat-contract equilibrium"), "Effort at the start."));
        d.add(real("property.minEffort", "effort", 0.1, 0, 1, assumption("a floor of minimal service"), "Lowest effort a company chooses."));
        d.add(real("property.referenceEffort", "effort", 0.5, 0, 1, assumption("e_ref of domain-notes §4.5.3"),
                "Effort at which effort-dependent rates and service times take their base values."));
        d.add(real("property.qualityNoise", "sd", 0.05, 0, 1, assumption("quality follows effort with noise"),
                "Standard deviation of monthly quality around effort."));
    }
}
