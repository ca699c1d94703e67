package org.govsim.model.param;

import static org.govsim.model.param.ParamDef.bool;
import static org.govsim.model.param.ParamDef.choice;
import static org.govsim.model.param.ParamDef.real;
import static org.govsim.model.param.Sources.assumption;

import java.util.List;
import org.govsim.model.issue.IssueType;
import org.govsim.model.issue.Level;

/** Per issue type: arrival rate and its modifiers, lowest competent level, conflict nature, expected time. */
final class IssueParameters {
    private IssueParameters() {
    }

    /** Defaults of domain-notes §4.5.1 and §2.3 (all assumptions to be calibrated). */
    private record TypeDefaults(IssueType type, double rate, Level lowest, boolean conflict, double expectedDays,
                                double selfResolve, double oldMultiplier, String why) {
    }

    private static final List<TypeDefaults> DEFAULTS = List.of(
            new TypeDefaults(IssueType.REPAIR, 100, Level.PROPERTY, false, 2, 0, 1.5,
                    "§4.5.1; Junyuwan check: 3865 repairs ≈ 107 per 1000 hh per month (article Q9, size assumed)"),
            new TypeDefaults(IssueType.PROPERTY_SERVICE, 6, Level.BRANCH, true, 14, 0, 1.0,
                    "§4.5.1; hotline property share ≈ 6-7 per 1000 hh per month"),
            new TypeDefaults(IssueType.PARKING, 2, Level.GRID, true, 30, 0.10, 1.5, "§4.5.1"),
            new TypeDefaults(IssueType.NEIGHBOUR, 2, Level.BUILDING_GROUP, true, 14, 0.15, 1.0, "§4.5.1, §4.5.2"),
            new TypeDefaults(IssueType.ILLEGAL_CONSTRUCTION, 0.3, Level.DEPARTMENT, false, 60, 0, 1.0, "§4.5.1, §2.3"),
            new TypeDefaults(IssueType.EV_CHARGING, 0.8, Level.BRANCH, false, 45, 0, 1.0, "§4.5.1"),
            new TypeDefaults(IssueType.THROWN_OBJECTS, 0.3, Level.BRANCH, false, 30, 0, 1.0, "§4.5.1"),
            new TypeDefaults(IssueType.SECURITY, 1.0, Level.GRID, false, 7, 0, 1.0, "§4.5.1"),
            new TypeDefaults(IssueType.SHARED_INFRASTRUCTURE, 0.5, Level.BRANCH, true, 30, 0.10, 1.5, "§4.5.1"),
            new TypeDefaults(IssueType.ELDERLY_CARE, 0.05, Level.BUILDING_GROUP, false, 3, 0, 1.5, "§4.5.1"),
            new TypeDefaults(IssueType.FLOOD_HAZARD, 0.5, Level.GRID, false, 7, 0, 1.5,
                    "flood season only; Yongshou: 53 hazards found (article Q39)"),
            new TypeDefaults(IssueType.RENOVATION, 0.05, Level.DEPARTMENT, false, 180, 0, 3.0,
                    "old-compound renovation items, article Q24"),
            new TypeDefaults(IssueType.EMERGENCY, 0.3, Level.GRID, false, 1, 0, 1.5,
                    "a few a year per 1000 households: an elderly person alone in danger (Yindu, Wenyuan), a flood evacuation, "
                            + "a fire risk; help is expected within a day; more in old compounds"));

    /** Types that need a collective decision (siting, rules, cost sharing), per domain-notes §2.3. */
    private static final java.util.Set<IssueType> COLLECTIVE = java.util.EnumSet.of(IssueType.PARKING, IssueType.EV_CHARGING,
            IssueType.THROWN_OBJECTS, IssueType.SHARED_INFRASTRUCTURE);

    static List<String> levelChoices() {
        return Level.routable().stream().map(Level::name).toList();
    }

    static void declare(List<ParamDef> d) {
        for (TypeDefaults t : DEFAULTS) {
            String p = "issues." + t.type.key() + ".";
            d.add(real(p + "ratePer1000HouseholdsMonth", "issue/1000 hh/month", t.rate, 0, 10000, assumption(t.why),
                    "Arrival rate of " + t.type.key() + " issues before modifiers (Poisson, superposed per compound)."));
            d.add(real(p + "oldCompoundMultiplier", "×", t.oldMultiplier, 0, 20, assumption("§4.4: old compounds ×1.5 for repairs and infrastructure"),
                    "Rate multiplier in old compounds."));
            d.add(choice(p + "lowestLevel", t.lowest.name(), levelChoices(), assumption("domain-notes §2.3"),
                    "Lowest level able to settle it; routing starts here and escalates on failure."));
            d.add(bool(p + "conflictByNature", t.conflict, assumption("MODEL.md §2"),
                    "A dispute from the start (otherwise it becomes one only when patience runs out)."));
            d.add(bool(p + "collective", COLLECTIVE.contains(t.type), assumption("domain-notes §2.3: needs a collective decision"),
                    "Needs a collective decision: where the compound has a deliberation hall, it goes there first."));
            d.add(real(p + "expectedDays", "day", t.expectedDays, 0.1, 3650, assumption("domain-notes §4.5.4"),
                    "Resolution time residents expect; longer waits lower satisfaction."));
            d.add(real(p + "selfResolveProb", "probability", t.selfResolve, 0, 1, assumption("domain-notes §4.5.2, L0"),
                    "Chance the household settles it itself before reporting."));
        }
        d.add(real("issues.floodSeasonStartMonth", "month of year", 6, 1, 12, assumption("June-September"),
                "First month (1-12) in which flood hazards arise."));
        d.add(real("issues.floodSeasonEndMonth", "month of year", 9, 1, 12, assumption("June-September"),
                "Last month (1-12) in which flood hazards arise."));
        d.add(real("issues.propertyDisputeKappa", "1/effort", 1.5, 0, 20,
                "calibrated to article Q13: with fee-quality linkage, property disputes −40% (κ·Δe ≈ 0.51, domain-notes §4.5.3)",
                "Sensitivity of property-service disputes to company effort: rate × exp(−κ (e − e_ref))."));
        d.add(real("issues.repairQualityWeight", "×", 0.5, 0, 5, assumption("low quality raises repair conflicts"),
                "Repairs rate × (1 + w (e_ref − e)), floored at 0.1."));
        d.add(real("issues.neighbourSocialCapitalWeight", "×", 0.5, 0, 1, assumption("domain-notes §4.4"),
                "Neighbour disputes rate × (1 − w · social capital)."));
    }
}
