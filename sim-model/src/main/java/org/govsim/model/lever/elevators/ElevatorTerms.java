package org.govsim.model.lever.elevators;

import static org.govsim.model.param.ParamDef.bool;
import static org.govsim.model.param.ParamDef.choice;
import static org.govsim.model.param.ParamDef.integer;
import static org.govsim.model.param.ParamDef.real;
import static org.govsim.model.param.Sources.assumption;

import java.util.ArrayList;
import java.util.List;
import org.govsim.model.engine.Calendar;
import org.govsim.model.lever.LeverSettings;
import org.govsim.model.param.ParamDef;
import org.govsim.model.param.ParamValues;

/**
 * The fixed terms of every elevator retrofit in a run (domain-notes §4.5.6), read once from the scenario:
 * money, the floor scheme of cost shares, the households' thresholds and how meetings persuade.
 */
record ElevatorTerms(boolean enabled, int minFloors, double startsPerBuildingDay, double ownersShareYuan, double shareCoefficientThirdFloor,
                     double shareCoefficientPerFloor, double benefitPerFloorYuan, double elderlyBenefitFactor,
                     double disamenityFirstFloorYuan, double disamenitySecondFloorYuan, double lossAversion,
                     double compensationYuan, double compensationRaiseProb, double compensationRaise, double utilityScaleYuan,
                     double thresholdMean, double thresholdSd, double socialInfluenceWeight, double leadEffect,
                     boolean partyLeadPledge, int meetingIntervalDays, double meetingPersuasion, double groupPersuasionFactor,
                     double advisorPersuasion, ElevatorConsentRule consentRule, double participationBase,
                     double participationPerMeeting, int maxMeetings, double maxDays, int constructionDays,
                     double satisfactionGain) implements LeverSettings {

    static final String SF6 = "SF6 calibration, domain-notes §4.8";

    static List<ParamDef> declare() {
        List<ParamDef> d = new ArrayList<>();
        d.add(bool("elevators.enabled", false, "article Q10-Q11: 加装电梯 at Jinlu Wenming",
                "Owners of old walk-ups start elevator retrofit projects."));
        d.add(integer("elevators.minFloors", "floor", 4, 2, 12, "external: retrofit eligibility, domain-notes §4.5.6",
                "Fewest floors of an old building eligible for a retrofit."));
        d.add(real("elevators.projectRatePerBuildingYear", "1/year", 0.05, 0, 5, assumption("domain-notes §4.5.6"),
                "Rate at which an eligible building without a project starts one (Poisson)."));

        d.add(real("elevators.costYuan", "yuan", 500_000, 10_000, 5_000_000, "external: Hangzhou cost (domain-notes §4.5.6)",
                "Cost of one retrofitted elevator."));
        d.add(real("elevators.subsidyYuan", "yuan", 200_000, 0, 5_000_000, "external: Hangzhou subsidy (domain-notes §4.5.6)",
                "Government subsidy per elevator; owners fund the rest (never less than zero)."));
        d.add(real("elevators.shareCoefficientThirdFloor", "×", 0.7, 0, 5, "external: zjtcn floor scheme (domain-notes §3.3)",
                "Cost-share coefficient of the 3rd floor; floors 1-2 pay nothing."));
        d.add(real("elevators.shareCoefficientPerFloor", "×", 0.1, 0, 1, "external: zjtcn floor scheme (domain-notes §3.3)",
                "Added to the coefficient per floor above the 3rd (3F 0.7, 4F 0.8 ... 9F 1.3)."));
        d.add(real("elevators.benefitPerFloorYuan", "yuan", 24_000, 0, 500_000,
                assumption(SF6 + "; a 6th-floor household values the elevator at 120,000 yuan"),
                "Value of the elevator to a household per floor it no longer climbs (0 on the 1st floor)."));
        d.add(real("elevators.elderlyBenefitFactor", "×", 1.5, 1, 5, assumption("domain-notes §4.5.6: benefit rises with age"),
                "Benefit multiplier for a household with an elderly member."));
        d.add(real("elevators.disamenityFirstFloorYuan", "yuan", 70_000, 0, 1_000_000,
                assumption(SF6 + "; lost light and quiet, domain-notes §4.5.6"), "Disamenity of the shaft to a 1st-floor household."));
        d.add(real("elevators.disamenitySecondFloorYuan", "yuan", 55_000, 0, 1_000_000,
                assumption(SF6 + "; the 2nd floor gains little and loses light"), "Disamenity of the shaft to a 2nd-floor household."));
        d.add(real("elevators.lossAversion", "×", 2.25, 1, 5,
                "external: Tversky & Kahneman 1992 λ = 2.25; prospect theory as in 陈兆芳 et al. 2024 (domain-notes §3.3)",
                "Weight of the lower floors' disamenity (a loss against the status quo) relative to gains."));
        d.add(real("elevators.compensationYuan", "yuan", 5_000, 0, 1_000_000, assumption("domain-notes §4.5.6: upper floors compensate lower"),
                "First compensation offered to each 1st- and 2nd-floor household, funded pro rata by the paying floors."));
        d.add(real("elevators.compensationRaiseProb", "probability", 0.3, 0, 1, assumption("domain-notes §4.5.6"),
                "Chance that a meeting raises the compensation offer."));
        d.add(real("elevators.compensationRaise", "share", 0.10, 0, 1, assumption("domain-notes §4.5.6"),
                "Relative raise of the compensation offer when a meeting raises it."));
        d.add(real("elevators.utilityScaleYuan", "yuan", 100_000, 1_000, 10_000_000, assumption(SF6),
                "Yuan of net utility that equal one unit of the support threshold."));

        d.add(real("elevators.thresholdMean", "score", 0.35, -2, 2, assumption("domain-notes §4.5.6: θ ~ N(0.35, 0.15)"),
                "Mean support threshold θ (Granovetter 1978)."));
        d.add(real("elevators.thresholdSd", "score", 0.15, 0, 2, assumption("domain-notes §4.5.6"), "Spread of the support threshold."));
        d.add(real("elevators.socialInfluenceWeight", "score", 0.3, 0, 2,
                assumption(SF6 + "; peer influence as in 杨煜 & 陈艳 2022 (domain-notes §3.3)"),
                "w_s: weight of the share of the building already supporting."));
        d.add(real("elevators.leadEffect", "score", 0.15, 0, 2, assumption("domain-notes §4.5.6: L = 0.15"),
                "L: added to every household's support when the building's party members pledged first."));
        d.add(bool("elevators.partyLeadPledge", false, "article Q10-Q11: 党员带头签字出资",
                "Where a building party group exists, its party-member households pledge first, whatever their threshold."));

        d.add(integer("elevators.meetingIntervalDays", "day", 14, 1, 365, assumption("domain-notes §4.4: fortnightly"),
                "Days between a project's coordination meetings."));
        d.add(real("elevators.meetingPersuasion", "score", 0.01, 0, 1, assumption("domain-notes §4.5.6: μ_m = 0.01"),
                "μ_m: how much a meeting lowers each undecided household's threshold."));
        d.add(real("elevators.groupPersuasionFactor", "×", 2, 1, 10, assumption("MODEL.md §3: more with a building party group"),
                "μ_m is multiplied by this where the building has a party group."));
        d.add(real("elevators.advisorPersuasion", "score", 0.01, 0, 1, assumption("MODEL.md §3: more with an advisor"),
                "Added to μ_m when advisors are stationed in the compound."));
        d.add(choice("elevators.consentRule", "CIVIL_CODE_278", List.of("CIVIL_CODE_278", "LOCAL_TWO_THIRDS"),
                "external: Civil Code Art. 278 (双三分之二参与、双四分之三同意); Guangzhou 2/3 rule (domain-notes §3.3)",
                "CIVIL_CODE_278: owners of 2/3 of area and headcount take part and 3/4 of them (by both) agree; "
                        + "LOCAL_TWO_THIRDS: 2/3 of the building's households agree."));
        d.add(real("elevators.participationBase", "probability", 0.05, 0, 1,
                assumption(SF6 + "; votes are gathered door to door, 2/3 of owners have voted after ~12 meetings"),
                "Chance that a household that has not yet voted does so at the first meeting (CIVIL_CODE_278); once voted, it stays a voter."));
        d.add(real("elevators.participationPerMeeting", "probability", 0.01, 0, 1, assumption("meetings draw owners in"),
                "Added to that chance per meeting held."));
        d.add(integer("elevators.maxMeetings", "meeting", 60, 1, 1000, assumption("domain-notes §4.5.6: M_max = 60"),
                "A project still without consent after this many meetings stalls."));
        d.add(real("elevators.maxYears", "year", 3, 0.1, 50, assumption("domain-notes §4.5.6"),
                "A project still without consent after this long stalls."));
        d.add(integer("elevators.constructionDays", "day", 120, 1, 3650, assumption("domain-notes §4.5.6"),
                "Days from consent and funding to a working elevator."));
        d.add(real("elevators.satisfactionGain", "score", 0.10, 0, 1, assumption("domain-notes §4.5.6: satisfaction rises"),
                "Rise in the governance satisfaction of the building's households when their elevator is installed."));
        return d;
    }

    static ElevatorTerms from(ParamValues p) {
        String e = "elevators.";
        return new ElevatorTerms(p.bool(e + "enabled"), p.integer(e + "minFloors"), p.real(e + "projectRatePerBuildingYear") / Calendar.DAYS_PER_YEAR,
                Math.max(0, p.real(e + "costYuan") - p.real(e + "subsidyYuan")), p.real(e + "shareCoefficientThirdFloor"),
                p.real(e + "shareCoefficientPerFloor"), p.real(e + "benefitPerFloorYuan"), p.real(e + "elderlyBenefitFactor"),
                p.real(e + "disamenityFirstFloorYuan"), p.real(e + "disamenitySecondFloorYuan"), p.real(e + "lossAversion"),
                p.real(e + "compensationYuan"), p.real(e + "compensationRaiseProb"), p.real(e + "compensationRaise"),
                p.real(e + "utilityScaleYuan"), p.real(e + "thresholdMean"), p.real(e + "thresholdSd"),
                p.real(e + "socialInfluenceWeight"), p.real(e + "leadEffect"), p.bool(e + "partyLeadPledge"),
                p.integer(e + "meetingIntervalDays"), p.real(e + "meetingPersuasion"), p.real(e + "groupPersuasionFactor"),
                p.real(e + "advisorPersuasion"), p.choice(e + "consentRule", ElevatorConsentRule.class),
                p.real(e + "participationBase"), p.real(e + "participationPerMeeting"), p.integer(e + "maxMeetings"),
                p.real(e + "maxYears") * Calendar.DAYS_PER_YEAR, p.integer(e + "constructionDays"), p.real(e + "satisfactionGain"));
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
