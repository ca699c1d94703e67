package org.govsim.model.actors;

import java.io.Serializable;

/** The property company's economics and the links from its effort to service and to disputes. */
public record PropertyConfig(double feeYuanPerM2Month, double fixedCost, double effortCost, double perceivedCollectionSlope,
                             double effortAdjustment, double initialEffort, double minEffort, double referenceEffort,
                             double qualityNoise, double serversPer1000Households, double effortServiceFactor,
                             double effortSuccessWeight, double disputeKappa, double repairQualityWeight) implements Serializable {
}
