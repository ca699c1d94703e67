package org.govsim.model.lever.handrails;

import static org.govsim.model.param.ParamDef.bool;
import static org.govsim.model.param.ParamDef.integer;
import static org.govsim.model.param.ParamDef.real;
import static org.govsim.model.param.Sources.assumption;

import java.util.List;
import org.govsim.model.engine.Calendar;
import org.govsim.model.lever.LeverSettings;
import org.govsim.model.param.ParamDef;
import org.govsim.model.param.ParamValues;

/** How often stairwells come to need handrails, and how the grid councils approve and fit them. */
record HandrailSettings(boolean enabled, double needsPerUnitDay, int councilIntervalDays, double approvalProb, int installDays,
                        double satisfactionGain) implements LeverSettings {

    static List<ParamDef> declare() {
        return List.of(
                bool("handrails.enabled", false, "article Q32: 12 stairwell units fitted with handrails",
                        "Each grid's deliberation council lists and approves handrails for walk-up stairwells."),
                real("handrails.demandRatePerUnitYear", "1/year", 0.2, 0, 10, assumption("domain-notes §4.5.7"),
                        "Rate at which a walk-up stairwell unit (old building without an elevator) comes to need a handrail."),
                integer("handrails.councilIntervalDays", "day", 30, 1, 365, assumption("domain-notes §4.5.7: monthly council"),
                        "Days between sittings of a grid's deliberation council."),
                real("handrails.approvalProb", "probability", 0.9, 0, 1, assumption("domain-notes §4.5.7: low-conflict project"),
                        "Chance the council approves a listed unit at a sitting; a unit not approved stays listed."),
                integer("handrails.installDays", "day", 30, 1, 365, assumption("domain-notes §4.5.7: 30 days per batch"),
                        "Days from approval to handrails fitted, for the sitting's whole batch."),
                real("handrails.satisfactionGain", "score", 0.02, 0, 1, assumption("a small, visible practical thing (办实事)"),
                        "Rise in the governance satisfaction of the unit's households when its handrails are fitted."));
    }

    static HandrailSettings from(ParamValues p) {
        return new HandrailSettings(p.bool("handrails.enabled"), p.real("handrails.demandRatePerUnitYear") / Calendar.DAYS_PER_YEAR,
                p.integer("handrails.councilIntervalDays"), p.real("handrails.approvalProb"), p.integer("handrails.installDays"),
                p.real("handrails.satisfactionGain"));
    }
}
