package org.govsim.model.lever;

import java.io.Serializable;
import org.govsim.model.param.ParamValues;

/**
 * The fixed terms of every elevator retrofit in a run (domain-notes §4.5.6), read once from the scenario:
 * money, the floor scheme of cost shares, the households' thresholds and how meetings persuade.
 */
record ElevatorTerms(int minFloors, double startsPerBuildingDay, double ownersShareYuan, double shareCoefficientThirdFloor,
                     double shareCoefficientPerFloor, double benefitPerFloorYuan, double elderlyBenefitFactor,
                     double disamenityFirstFloorYuan, double disamenitySecondFloorYuan, double lossAversion,
                     double compensationYuan, double compensationRaiseProb, double compensationRaise, double utilityScaleYuan,
                     double thresholdMean, double thresholdSd, double socialInfluenceWeight, double leadEffect,
                     boolean partyLeadPledge, int meetingIntervalDays, double meetingPersuasion, double groupPersuasionFactor,
                     double advisorPersuasion, ElevatorConsentRule consentRule, double participationBase,
                     double participationPerMeeting, int maxMeetings, double maxDays, int constructionDays,
                     double satisfactionGain) implements Serializable {

    private static final double DAYS_PER_YEAR = 360.0;

    static ElevatorTerms from(ParamValues p) {
        String e = "elevators.";
        return new ElevatorTerms(p.integer(e + "minFloors"), p.real(e + "projectRatePerBuildingYear") / DAYS_PER_YEAR,
                Math.max(0, p.real(e + "costYuan") - p.real(e + "subsidyYuan")), p.real(e + "shareCoefficientThirdFloor"),
                p.real(e + "shareCoefficientPerFloor"), p.real(e + "benefitPerFloorYuan"), p.real(e + "elderlyBenefitFactor"),
                p.real(e + "disamenityFirstFloorYuan"), p.real(e + "disamenitySecondFloorYuan"), p.real(e + "lossAversion"),
                p.real(e + "compensationYuan"), p.real(e + "compensationRaiseProb"), p.real(e + "compensationRaise"),
                p.real(e + "utilityScaleYuan"), p.real(e + "thresholdMean"), p.real(e + "thresholdSd"),
                p.real(e + "socialInfluenceWeight"), p.real(e + "leadEffect"), p.bool(e + "partyLeadPledge"),
                p.integer(e + "meetingIntervalDays"), p.real(e + "meetingPersuasion"), p.real(e + "groupPersuasionFactor"),
                p.real(e + "advisorPersuasion"), p.choice(e + "consentRule", ElevatorConsentRule.class),
                p.real(e + "participationBase"), p.real(e + "participationPerMeeting"), p.integer(e + "maxMeetings"),
                p.real(e + "maxYears") * DAYS_PER_YEAR, p.integer(e + "constructionDays"), p.real(e + "satisfactionGain"));
    }

    /** True for the floors that pay nothing, may lose light and quiet, and are compensated. */
    static boolean isLowerFloor(int floor) {
        return floor <= 2;
    }

    /** The floor scheme (zjtcn example, domain-notes §3.3): 1-2F nothing, 3F 0.7, then +0.1 a floor. */
    double shareCoefficient(int floor) {
        return isLowerFloor(floor) ? 0 : shareCoefficientThirdFloor + shareCoefficientPerFloor * (floor - 3);
    }

    /** Stairs no longer climbed are what the elevator is worth; more to a household with an elderly member. */
    double benefitYuan(int floor, boolean elderly) {
        return benefitPerFloorYuan * (floor - 1) * (elderly ? elderlyBenefitFactor : 1);
    }

    /** The lower floors code the shaft as a loss against the status quo, so it weighs λ times a gain (prospect theory). */
    double weightedDisamenityYuan(int floor) {
        double d = floor == 1 ? disamenityFirstFloorYuan : (floor == 2 ? disamenitySecondFloorYuan : 0);
        return lossAversion * d;
    }

    /** μ_m: a building party group organises the persuasion, an advisor adds to it. */
    double persuasion(boolean grouped, boolean advised) {
        return meetingPersuasion * (grouped ? groupPersuasionFactor : 1) + (advised ? advisorPersuasion : 0);
    }

    /** Chance that an owner who has not yet voted does so at the given meeting (1 = the first). */
    double turnout(int meeting) {
        return Math.min(1, participationBase + participationPerMeeting * (meeting - 1));
    }
}
