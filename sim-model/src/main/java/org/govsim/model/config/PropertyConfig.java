package org.govsim.model.config;

import org.govsim.model.param.ParamValues;

/** The property company's economics and the links from its effort to service and to disputes. */
public record PropertyConfig(double feeYuanPerM2Month, double fixedCost, double effortCost, double perceivedCollectionSlope,
                             double effortAdjustment, double initialEffort, double minEffort, double referenceEffort,
                             double qualityNoise, double serversPer1000Households, double effortServiceFactor,
                             double effortSuccessWeight, double disputeKappa, double repairQualityWeight) implements java.io.Serializable {

    public static PropertyConfig from(ParamValues p) {
        return new PropertyConfig(
                p.real("property.feeYuanPerM2Month"), p.real("property.fixedCostYuanPerHouseholdMonth"),
                p.real("property.effortCostYuanPerHouseholdMonth"), p.real("property.perceivedCollectionSlope"),
                p.real("property.effortAdjustment"), p.real("property.initialEffort"), p.real("property.minEffort"),
                p.real("property.referenceEffort"), p.real("property.qualityNoise"),
                p.real("levels.property.serversPer1000Households"), p.real("levels.property.effortServiceFactor"),
                p.real("levels.property.effortSuccessWeight"), p.real("issues.propertyDisputeKappa"),
                p.real("issues.repairQualityWeight"));
    }
}
