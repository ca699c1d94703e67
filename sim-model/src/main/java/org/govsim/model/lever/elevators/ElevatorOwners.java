package org.govsim.model.lever.elevators;

import ec.util.MersenneTwisterFast;
import java.io.Serializable;
import org.govsim.model.world.Households;

/**
 * The owners of one building while its retrofit is negotiated: each household's support threshold, whether it
 * has pledged (signed and committed its share; a pledge is not withdrawn) and whether it has voted. Support
 * follows Granovetter's threshold rule with social influence (domain-notes §4.5.6): a household pledges when
 * U/scale + w_s·(share of the building pledged) + L·lead ≥ θ, where U = benefit − cost share + compensation −
 * λ·disamenity. Only the few households of one building are held here, and only while a project is open.
 */
final class ElevatorOwners implements Serializable {
    private static final long serialVersionUID = 1L;

    private final ElevatorTerms terms;
    private final int first;
    private final double[] threshold;
    private final boolean[] pledged;
    private final boolean[] voted;
    /** coefficient × area of each household: its weight in the paying floors' bill */
    private final double[] payWeight;
    private final double totalPayWeight;
    private final int lowerFloorHouseholds;
    private double compensationYuan;
    private int pledges;

    ElevatorOwners(ElevatorTerms terms, Households h, int first, int count, MersenneTwisterFast rng) {
        this.terms = terms;
        this.first = first;
        threshold = new double[count];
        pledged = new boolean[count];
        voted = new boolean[count];
        payWeight = new double[count];
        double total = 0;
        int lower = 0;
        for (int i = 0; i < count; i++) {
            threshold[i] = terms.thresholdMean() + terms.thresholdSd() * rng.nextGaussian();
            payWeight[i] = terms.shareCoefficient(h.floor(first + i)) * h.area(first + i);
            total += payWeight[i];
            lower += ElevatorTerms.isLowerFloor(h.floor(first + i)) ? 1 : 0;
        }
        totalPayWeight = total;
        lowerFloorHouseholds = lower;
        compensationYuan = terms.compensationYuan();
    }

    int count() {
        return threshold.length;
    }

    /** Party-member households sign and commit their share first (带头签字出资), whatever their own threshold. */
    void partyMembersPledgeFirst(Households h) {
        for (int i = 0; i < count(); i++) {
            if (h.isPartyMember(first + i)) {
                pledge(i);
            }
        }
    }

    /** A meeting informs the undecided: their thresholds fall by μ_m. */
    void persuade(double mu) {
        for (int i = 0; i < count(); i++) {
            if (!pledged[i]) {
                threshold[i] -= mu;
            }
        }
    }

    void raiseCompensation(double relative) {
        compensationYuan *= 1 + relative;
    }

    /**
     * Pledges spread until no undecided household's support reaches its threshold. Each round sees the share
     * pledged at its start, so the order of households within a building does not matter.
     */
    void canvass(Households h, double lead) {
        boolean changed = true;
        while (changed) {
            double influence = terms.socialInfluenceWeight() * pledges / count() + terms.leadEffect() * lead;
            boolean[] joins = new boolean[count()];
            changed = false;
            for (int i = 0; i < count(); i++) {
                if (!pledged[i] && utility(h, i) + influence >= threshold[i]) {
                    joins[i] = true;
                    changed = true;
                }
            }
            for (int i = 0; i < count(); i++) {
                if (joins[i]) {
                    pledge(i);
                }
            }
        }
    }

    /** Owners who have not yet voted come to vote with the meeting's turnout chance. */
    void turnOut(double chance, MersenneTwisterFast rng) {
        for (int i = 0; i < count(); i++) {
            if (!voted[i] && rng.nextDouble() < chance) {
                voted[i] = true;
            }
        }
    }

    /** The pledged shares of the paying floors cover the owners' part of the cost and the compensation. */
    boolean funded() {
        double pledgedWeight = 0;
        for (int i = 0; i < count(); i++) {
            if (pledged[i]) {
                pledgedWeight += payWeight[i];
            }
        }
        if (totalPayWeight == 0) {
            return bill() == 0;
        }
        return pledgedWeight >= totalPayWeight * (1 - 1e-9);
    }

    ElevatorConsentRule.Tally tally(Households h) {
        int voters = 0;
        int agreeing = 0;
        double area = 0;
        double votersArea = 0;
        double agreeingArea = 0;
        for (int i = 0; i < count(); i++) {
            double a = h.area(first + i);
            area += a;
            if (voted[i]) {
                voters++;
                votersArea += a;
                if (pledged[i]) {
                    agreeing++;
                    agreeingArea += a;
                }
            }
        }
        return new ElevatorConsentRule.Tally(count(), area, voters, votersArea, agreeing, agreeingArea, pledges);
    }

    /** What the paying floors owe together: the owners' part of the cost and the lower floors' compensation. */
    private double bill() {
        return terms.ownersShareYuan() + compensationYuan * lowerFloorHouseholds;
    }

    private double utility(Households h, int i) {
        int floor = h.floor(first + i);
        double share = totalPayWeight == 0 ? 0 : payWeight[i] / totalPayWeight * bill();
        double compensation = ElevatorTerms.isLowerFloor(floor) ? compensationYuan : 0;
        double u = terms.benefitYuan(floor, h.isElderly(first + i)) - share + compensation - terms.weightedDisamenityYuan(floor);
        return u / terms.utilityScaleYuan();
    }

    private void pledge(int i) {
        if (!pledged[i]) {
            pledged[i] = true;
            pledges++;
        }
    }
}
