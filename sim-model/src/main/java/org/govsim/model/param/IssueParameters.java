package org.govsim.model.param;

import static org.govsim.model.param.ParamDef.bool;
import static org.govsim.model.param.ParamDef.choice;
import static org.govsim.model.param.ParamDef.integer;
import static org.govsim.model.param.ParamDef.real;
import static org.govsim.model.param.Sources.assumption;

import java.util.List;
import org.govsim.model.issue.IssueType;
import org.govsim.model.issue.Level;

/** Per issue type: arrival rate and its modifiers, lowest competent level, conflict nature, expected time. */
final class IssueParameters {
    private IssueParameters() {
    }

    /**
     * Defaults of domain-notes §4.5.1 and §2.3 (all assumptions to be calibrated): the rate, where the issue starts,
     * where its first escalation goes, the highest level that can settle it (a failure there sends the household to
     * the hotline), whether it sets parties against each other, and how often the first level redoes it.
     */
    private record TypeDefaults(IssueType type, double rate, Level lowest, Level escalatesTo, Level highest, boolean conflict,
                                int reworks, double expectedDays, double selfResolve, double oldMultiplier, double hotline, String why) {
    }

    private static final List<TypeDefaults> DEFAULTS = List.of(
            new TypeDefaults(IssueType.REPAIR, 100, Level.PROPERTY, Level.BRANCH, Level.COMMUNITY, false, 2, 2, 0, 1.5, 0.02,
                    "§4.5.1; Junyuwan check: 3865 repairs ≈ 107 per 1000 hh per month (article Q9, size assumed)"),
            new TypeDefaults(IssueType.PROPERTY_SERVICE, 6, Level.PROPERTY, Level.BRANCH, Level.DEPARTMENT, true, 0, 14, 0, 1.0, 0.4,
                    "§4.5.1; hotline property share ≈ 6-7 per 1000 hh per month"),
            new TypeDefaults(IssueType.PARKING, 4.209, Level.GRID, Level.BRANCH, Level.DEPARTMENT, true, 0, 30, 0.10, 1.5, 0.1, "§4.5.1"),
            new TypeDefaults(IssueType.NEIGHBOUR, 2, Level.BUILDING_GROUP, Level.GRID, Level.COMMUNITY, true, 0, 14, 0.15, 1.0, 0.05,
                    "§4.5.1, §4.5.2; courts are the hotline's counterpart"),
            new TypeDefaults(IssueType.ILLEGAL_CONSTRUCTION, 0.3, Level.DEPARTMENT, Level.DEPARTMENT, Level.DEPARTMENT, false, 0, 60, 0, 1.0, 0.3,
                    "§4.5.1, §2.3: urban management"),
            new TypeDefaults(IssueType.EV_CHARGING, 1.501, Level.BRANCH, Level.HALL, Level.DEPARTMENT, false, 0, 45, 0, 1.0, 0.1,
                    "§4.5.1: the power company"),
            new TypeDefaults(IssueType.THROWN_OBJECTS, 0.3, Level.BRANCH, Level.HALL, Level.DEPARTMENT, false, 0, 30, 0, 1.0, 0.2,
                    "§4.5.1: the police"),
            new TypeDefaults(IssueType.SECURITY, 1.0, Level.GRID, Level.BRANCH, Level.DEPARTMENT, false, 0, 7, 0, 1.0, 0.2, "§4.5.1: the police"),
            new TypeDefaults(IssueType.SHARED_INFRASTRUCTURE, 0.5, Level.BRANCH, Level.HALL, Level.DEPARTMENT, true, 0, 30, 0.10, 1.5, 0.1,
                    "§4.5.1: the water utility"),
            new TypeDefaults(IssueType.ELDERLY_CARE, 0.05, Level.BUILDING_GROUP, Level.GRID, Level.COMMUNITY, false, 0, 3, 0, 1.5, 0.05, "§4.5.1"),
            new TypeDefaults(IssueType.FLOOD_HAZARD, 0.5, Level.GRID, Level.BRANCH, Level.DEPARTMENT, false, 0, 7, 0, 1.5, 0.05,
                    "flood season only; Yongshou: 53 hazards found (article Q39)"),
            new TypeDefaults(IssueType.RENOVATION, 0.05, Level.DEPARTMENT, Level.DEPARTMENT, Level.DEPARTMENT, false, 0, 180, 0, 3.0, 0.1,
                    "old-compound renovation items, article Q24"),
            new TypeDefaults(IssueType.EMERGENCY, 0.3, Level.GRID, Level.BRANCH, Level.COMMUNITY, false, 0, 1, 0, 1.5, 0.1,
                    "a few a year per 1000 households: an elderly person alone in danger (Yindu, Wenyuan), a flood evacuation, "
                            + "a fire risk; help is expected within a day; more in old compounds"));

    /** The rates the Meilan calibration fitted (the collective types a hall decides); every other rate is an assumption. */
    private static final java.util.Map<IssueType, String> FITTED_RATES = java.util.Map.of(
            IssueType.PARKING, Sources.posteriorPoint(Sources.MEILAN, "[1.17, 5.84]"),
            IssueType.EV_CHARGING, Sources.posteriorPoint(Sources.MEILAN, "[0.566, 2.94]"));

    /** Types that need a collective decision (siting, rules, cost sharing), per domain-notes §2.3. */
    private static final java.util.Set<IssueType> COLLECTIVE = java.util.EnumSet.of(IssueType.PARKING, IssueType.EV_CHARGING,
            IssueType.THROWN_OBJECTS, IssueType.SHARED_INFRASTRUCTURE);

    static List<String> levelChoices() {
        return Level.routable().stream().map(Level::name).toList();
    }

    static void declare(List<ParamDef> d) {
        for (TypeDefaults t : DEFAULTS) {
            String p = "issues." + t.type.key() + ".";
            d.add(real(p + "ratePer1000HouseholdsMonth", "issue/1000 hh/month", t.rate, 0, 10000,
                    FITTED_RATES.getOrDefault(t.type, assumption(t.why)),
                    "Arrival rate of " + t.type.key() + " issues before modifiers (Poisson, superposed per compound)."));
            d.add(real(p + "oldCompoundMultiplier", "×", t.oldMultiplier, 0, 20, assumption("§4.4: old compounds ×1.5 for repairs and infrastructure"),
                    "Rate multiplier in old compounds."));
            d.add(choice(p + "lowestLevel", t.lowest.name(), levelChoices(), assumption("domain-notes §2.3"),
                    "Lowest level able to settle it; routing starts here and escalates on failure."));
            d.add(choice(p + "escalatesTo", t.escalatesTo.name(), levelChoices(), assumption("who supervises a failure at the first level"),
                    "Where the first escalation goes (the first level the compound has at or above it); later ones climb the ladder."));
            d.add(choice(p + "highestLevel", t.highest.name(), levelChoices(), assumption("only the types that need a department go there"),
                    "Highest level that handles it; a failure there sends the household to the 12345 hotline or a court."));
            d.add(integer(p + "reworks", "attempt", t.reworks, 0, 10, assumption("a failed repair goes back to the company first"),
                    "Times the first level redoes a failed case before it escalates."));
            d.add(bool(p + "conflict", t.conflict, assumption("MODEL.md §2: a conflict between parties"),
                    "It sets parties against each other: it is a dispute when its first handler cannot settle it (a third party must step in), "
                            + "and unreported it can fester into one."));
            d.add(bool(p + "collective", COLLECTIVE.contains(t.type), assumption("domain-notes §2.3: needs a collective decision"),
                    "Needs a collective decision: where the compound has a deliberation hall, it goes there first."));
            d.add(real(p + "expectedDays", "day", t.expectedDays, 0.1, 3650, assumption("domain-notes §4.5.4"),
                    "Resolution time residents expect; longer waits lower satisfaction."));
            d.add(real(p + "selfResolveProb", "probability", t.selfResolve, 0, 1, assumption("domain-notes §4.5.2, L0"),
                    "Chance the household settles it itself before reporting."));
            d.add(real(p + "hotlineShare", "probability", t.hotline, 0, 1,
                    assumption("calibrated by hand: property topics reaching the hotline ~6-7 per 1000 hh a month (domain-notes §4.8)"),
                    "Chance (at trust 0.5) that a household reports it by calling the 12345 hotline, which dispatches it back down the chain."));
        }
        d.add(real("issues.floodSeasonStartMonth", "month of year", 6, 1, 12, assumption("June-September"),
                "First month (1-12) in which flood hazards arise."));
        d.add(real("issues.floodSeasonEndMonth", "month of year", 9, 1, 12, assumption("June-September"),
                "Last month (1-12) in which flood hazards arise."));
        d.add(real("issues.propertyDisputeKappa", "1/effort", 2.544, 0, 20,
                Sources.posteriorPoint(Sources.MEILAN, "[0.66, 3.88]"),
                "Sensitivity of property-service disputes to company effort: rate × exp(−κ (e − e_ref))."));
        d.add(real("issues.repairQualityWeight", "×", 0.5, 0, 5, assumption("low quality raises repair conflicts"),
                "Repairs rate × (1 + w (e_ref − e)), floored at 0.1."));
        d.add(real("issues.neighbourSocialCapitalWeight", "×", 0.5, 0, 1, assumption("domain-notes §4.4"),
                "Neighbour disputes rate × (1 − w · social capital)."));
    }
}
