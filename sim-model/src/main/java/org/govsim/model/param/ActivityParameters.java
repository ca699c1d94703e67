package org.govsim.model.param;

import static org.govsim.model.param.ParamDef.bool;
import static org.govsim.model.param.ParamDef.integer;
import static org.govsim.model.param.ParamDef.real;
import static org.govsim.model.param.Sources.assumption;

import java.util.List;

/** Activity funding, service stations and neighbourhood events (Meilan Q19; Junyuwan Q20, Q22-Q23). */
final class ActivityParameters {
    private ActivityParameters() {
    }

    static void declare(List<ParamDef> d) {
        d.add(bool("activities.enabled", false, "article Q19: 800,000+ yuan of activity funds in 2025", "Fund branches' activities and events."));
        d.add(real("activities.budgetYuanPerYear", "yuan/year", 800_000, 0, 1e9, "article Q19: 800,000+ yuan (2025)",
                "District funds for compound branches' activities, shared equally by compounds with a branch."));
        d.add(real("activities.eventCostYuan", "yuan", 2000, 100, 100_000, assumption("domain-notes §4.5.4"), "Cost of one event."));
        d.add(bool("activities.serviceStations", false, "article Q20: Junyuwan's 1600 m² party-masses service station",
                "Service stations give events a free venue (cost halved)."));
        d.add(integer("activities.attendancePerEvent", "household", 125, 1, 5000, "article Q22-Q23: ~40 events served 5000+ owners",
                "Households reached by one event (capped by the compound's size)."));
        d.add(real("activities.trustPerEvent", "score", 0.02, 0, 0.2, assumption("domain-notes §4.5.4: T += 0.02 per event attended"),
                "Trust gained by a household that attends."));
        d.add(real("activities.socialCapitalPerAttendance", "score", 0.2, 0, 5, assumption("domain-notes §4.5.4: α_e"),
                "Social capital gained = α × attendance ÷ households."));
        d.add(real("activities.socialCapitalDecay", "share/month", 0.05, 0, 1, assumption("ties fade without activity"),
                "Monthly share of social capital above its initial level that fades."));
    }
}
