package org.govsim.model.actors;

import ec.util.MersenneTwisterFast;
import java.io.Serializable;

/**
 * The property service company of one compound (物业服务企业). Each month it books revenue under its
 * {@link FeeContract}, pays the cost of its effort, and moves its effort part of the way toward the best
 * response the contract gives it (under most contracts marginal revenue of effort = marginal cost c·e, i.e.
 * e* = MR / c), or toward a floor an authority has set, whichever is higher. Quality follows effort with noise.
 * The funding gap is what the standard service costs (the full bill) minus what was collected.
 */
public final class PropertyCompany implements Serializable {
    /** effort's resolution when the fees kept depend on effort: finer than the quality noise (sd 0.05) can tell apart */
    private static final int AFFORDABILITY_STEPS = 200;
    private static final long serialVersionUID = 1L;

    private final PropertyConfig config;
    private FeeContract contract;
    private double effort;
    private double effortFloor;
    private double quality;
    private double lastBilled;
    private double lastCollected;
    private double lastRevenue;
    private double lastCost;
    /** the collection rate and complaints per household as the company remembers them: smoothed over the months */
    private double rememberedCollection = Double.NaN;
    private double rememberedComplaints;
    private int complaintsSeen;

    public PropertyCompany(PropertyConfig config, FeeContract contract) {
        this.config = config;
        this.contract = contract;
        this.effort = config.initialEffort();
        this.quality = effort;
    }

    public PropertyConfig config() {
        return config;
    }

    public FeeContract contract() {
        return contract;
    }

    /** Levers that change the contract regime call this. */
    public void setContract(FeeContract contract) {
        this.contract = contract;
    }

    public double effort() {
        return effort;
    }

    /**
     * Sets the lowest effort the company moves toward, whatever its contract pays: what an order to rectify or a new
     * company's service standard demands of it. 0 lifts the floor.
     */
    public void setEffortFloor(double floor) {
        effortFloor = clamp(floor, 0, 1);
    }

    /** Delivered service quality in [0, 1]. */
    public double quality() {
        return quality;
    }

    /**
     * Books the month and chooses next month's effort. The company remembers collection and complaints with a lag;
     * its target is the contract's incentive (the marginal revenue of effort over its marginal cost) plus the
     * penalty it expects to avoid by drawing fewer complaints, but never more than the fees it keeps can pay for:
     * a compound whose owners stop paying gets less service, which makes them pay less (the vicious circle).
     *
     * @param complaintsToDate the compound's property disputes since the start (the company sees the month's new ones)
     */
    public void closeMonth(double billed, double collected, int households, int complaintsToDate, MersenneTwisterFast rng) {
        lastBilled = billed;
        lastCollected = collected;
        lastRevenue = contract.revenue(billed, collected, quality);
        lastCost = households * (config.fixedCost() + 0.5 * config.effortCost() * effort * effort);
        double rate = billed > 0 ? collected / billed : 0;
        double complaints = households > 0 ? (complaintsToDate - complaintsSeen) / (double) households : 0;
        complaintsSeen = complaintsToDate;
        double memory = config.memory();
        rememberedCollection = Double.isNaN(rememberedCollection) ? rate : rememberedCollection + memory * (rate - rememberedCollection);
        rememberedComplaints += memory * (complaints - rememberedComplaints);
        double perHousehold = households > 0 ? billed / households : 0;
        double incentive = contract.bestEffort(perHousehold, rememberedCollection, config)
                + config.complaintPenalty() * config.disputeKappa() * rememberedComplaints / config.effortCost();
        double target = clamp(Math.max(Math.min(incentive, affordableEffort(perHousehold)), effortFloor), config.minEffort(), 1);
        effort += config.effortAdjustment() * (target - effort);
        quality = clamp(effort + config.qualityNoise() * rng.nextGaussian(), 0, 1);
    }

    /**
     * The most effort the fees the company keeps pay for: the largest e with c₀ + c e²/2 ≤ kept fees per household
     * at e. The fees kept are those the planned effort earns (under fee-quality linkage the withheld share is
     * released by the rating of that effort), not those of last month's effort: otherwise a linked company that had
     * once slipped could never afford to climb back, however much the contract rewarded it.
     */
    private double affordableEffort(double billedPerHousehold) {
        double paid = billedPerHousehold * rememberedCollection;
        if (contract.retainedShare(0) == contract.retainedShare(1)) {
            return Math.sqrt(2 * Math.max(0, paid * contract.retainedShare(0) - config.fixedCost()) / config.effortCost());
        }
        // the surplus paid·r(e) − c₀ − c e²/2 need not be monotone in e: scan from the top for the highest effort it covers
        for (int k = AFFORDABILITY_STEPS; k >= 0; k--) {
            double e = (double) k / AFFORDABILITY_STEPS;
            if (paid * contract.retainedShare(e) - config.fixedCost() - 0.5 * config.effortCost() * e * e >= 0) {
                return e;
            }
        }
        return 0;
    }

    public double lastBilled() {
        return lastBilled;
    }

    public double lastCollected() {
        return lastCollected;
    }

    public double lastRevenue() {
        return lastRevenue;
    }

    public double lastCost() {
        return lastCost;
    }

    /** Funding gap of the last month: the standard service (the full bill) minus the fees collected. */
    public double lastFundingGap() {
        return lastBilled - lastCollected;
    }

    private static double clamp(double v, double lo, double hi) {
        return v < lo ? lo : (v > hi ? hi : v);
    }
}
