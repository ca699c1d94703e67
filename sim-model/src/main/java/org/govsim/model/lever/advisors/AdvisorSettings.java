package org.govsim.model.lever.advisors;

import static org.govsim.model.param.ParamDef.bool;
import static org.govsim.model.param.ParamDef.choice;
import static org.govsim.model.param.ParamDef.integer;
import static org.govsim.model.param.ParamDef.real;
import static org.govsim.model.param.Sources.assumption;

import java.util.List;
import org.govsim.model.lever.LeverSettings;
import org.govsim.model.param.ParamDef;
import org.govsim.model.param.Sources;
import org.govsim.model.param.ParamValues;

/** How many advisors go where and when, and what they add. */
record AdvisorSettings(boolean enabled, int total, int compounds, Allocation allocation, int startDay, double visitsPerWeek,
                       int serversPerAdvisor, double successUplift, int fullEffectAdvisors, double jointMeetingUplift,
                       double hallUplift) implements LeverSettings {

    /** Which compounds receive advisors. */
    enum Allocation { LARGEST, MOST_DISPUTES, EVEN }

    static List<ParamDef> declare() {
        return List.of(
                bool("advisors.enabled", false, "article Q4-Q6", "Station party-building advisors in compounds."),
                integer("advisors.total", "advisor", 1003, 0, 100000, "article Q4: 1003 advisors", "Advisors deployed in the district."),
                integer("advisors.compounds", "compound", 424, 0, 20000, "article Q5: 424 compounds (2.37 advisors each)",
                        "Compounds that receive advisors (capped by the district's compounds)."),
                choice("advisors.allocation", "LARGEST", List.of("LARGEST", "MOST_DISPUTES", "EVEN"), assumption("allocation rule not stated"),
                        "Which compounds get advisors: the largest, those with most disputes so far, or chosen at random (even spread)."),
                integer("advisors.startDay", "day", 30, 0, 3650, assumption("deployment after a month"),
                        "Day advisors arrive (MOST_DISPUTES ranks compounds by their disputes up to then)."),
                real("advisors.visitsPerWeek", "household/week", 12.95, 0, 40, Sources.posteriorPoint(Sources.MEILAN, "[2.95, 18.5]"),
                        "Households an advisor visits per week (走访入户); a visit finds latent issues."),
                integer("advisors.serversPerAdvisor", "concurrent case", 0, 0, 20, Sources.posteriorPoint(Sources.MEILAN, "[0, 0]"),
                        "Cases an advisor handles at once at the branch level (a compound without a branch gets an advisor desk)."),
                real("advisors.successUplift", "probability", 0.10, 0, 0.5, assumption("domain-notes §4.5.2: +0.10·min(advisors, 3)/3"),
                        "Added to the branch's success, scaled by min(advisors, n)/n with n = fullEffectAdvisors."),
                integer("advisors.fullEffectAdvisors", "advisor", 3, 1, 50, assumption("domain-notes §4.5.2: min(advisors, 3)/3"),
                        "Advisors in a compound at which the branch uplift is full; fewer give a proportional part."),
                real("advisors.jointMeetingUplift", "probability", 0.10, 0, 0.5, assumption("joint meetings 联席会议 bring the community in"),
                        "Added to the community's success for issues of an advised compound."),
                real("advisors.hallUplift", "probability", 0.10, 0, 0.5, assumption("an advisor helps a deliberation hall decide"),
                        "Added to the deliberation hall's success in an advised compound."));
    }

    static AdvisorSettings from(ParamValues p) {
        return new AdvisorSettings(p.bool("advisors.enabled"), p.integer("advisors.total"), p.integer("advisors.compounds"),
                p.choice("advisors.allocation", Allocation.class), p.integer("advisors.startDay"), p.real("advisors.visitsPerWeek"),
                p.integer("advisors.serversPerAdvisor"), p.real("advisors.successUplift"), p.integer("advisors.fullEffectAdvisors"),
                p.real("advisors.jointMeetingUplift"), p.real("advisors.hallUplift"));
    }
}
