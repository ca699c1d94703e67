package org.govsim.model.param;

import static org.govsim.model.param.ParamDef.bool;
import static org.govsim.model.param.ParamDef.integer;
import static org.govsim.model.param.ParamDef.real;
import static org.govsim.model.param.Sources.assumption;

import java.util.List;

/** Stair handrails through the grid deliberation council (网格议事会, Yindu's Wenyuan community, article Q32). */
final class HandrailParameters {
    private HandrailParameters() {
    }

    static void declare(List<ParamDef> d) {
        d.add(bool("handrails.enabled", false, "article Q32: 12 stairwell units fitted with handrails",
                "Each grid's deliberation council lists and approves handrails for walk-up stairwells."));
        d.add(real("handrails.demandRatePerUnitYear", "1/year", 0.2, 0, 10, assumption("domain-notes §4.5.7"),
                "Rate at which a walk-up stairwell unit (old building without an elevator) comes to need a handrail."));
        d.add(integer("handrails.councilIntervalDays", "day", 30, 1, 365, assumption("domain-notes §4.5.7: monthly council"),
                "Days between sittings of a grid's deliberation council."));
        d.add(real("handrails.approvalProb", "probability", 0.9, 0, 1, assumption("domain-notes §4.5.7: low-conflict project"),
                "Chance the council approves a listed unit at a sitting; a unit not approved stays listed."));
        d.add(integer("handrails.installDays", "day", 30, 1, 365, assumption("domain-notes §4.5.7: 30 days per batch"),
                "Days from approval to handrails fitted, for the sitting's whole batch."));
        d.add(real("handrails.satisfactionGain", "score", 0.02, 0, 1, assumption("a small, visible practical thing (办实事)"),
                "Rise in the governance satisfaction of the unit's households when its handrails are fitted."));
    }
}
