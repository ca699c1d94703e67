package org.govsim.model.param;

import static org.govsim.model.param.ParamDef.bool;
import static org.govsim.model.param.ParamDef.choice;
import static org.govsim.model.param.ParamDef.integer;
import static org.govsim.model.param.ParamDef.real;
import static org.govsim.model.param.Sources.assumption;

import java.util.List;

/** Party-building advisors stationed in compounds (党建指导员, Meilan Q4-Q6). */
final class AdvisorParameters {
    private AdvisorParameters() {
    }

    static void declare(List<ParamDef> d) {
        d.add(bool("advisors.enabled", false, "article Q4-Q6", "Station party-building advisors in compounds."));
        d.add(integer("advisors.total", "advisor", 1003, 0, 100000, "article Q4: 1003 advisors", "Advisors deployed in the district."));
        d.add(integer("advisors.compounds", "compound", 424, 0, 20000, "article Q5: 424 compounds (2.37 advisors each)",
                "Compounds that receive advisors (capped by the district's compounds)."));
        d.add(choice("advisors.allocation", "LARGEST", List.of("LARGEST", "MOST_DISPUTES", "EVEN"), assumption("allocation rule not stated"),
                "Which compounds get advisors: the largest, those with most disputes so far, or chosen at random (even spread)."));
        d.add(integer("advisors.startDay", "day", 30, 0, 3650, assumption("deployment after a month"),
                "Day advisors arrive (MOST_DISPUTES ranks compounds by their disputes up to then)."));
        d.add(real("advisors.visitsPerWeek", "household/week", 10, 0, 40, assumption("domain-notes §4.9"),
                "Households an advisor visits per week (走访入户); a visit finds latent issues."));
        d.add(integer("advisors.serversPerAdvisor", "concurrent case", 1, 0, 20, assumption("4 h/week of mediation (domain-notes §4.3)"),
                "Cases an advisor handles at once at the branch level (a compound without a branch gets an advisor desk)."));
        d.add(real("advisors.successUplift", "probability", 0.10, 0, 0.5, assumption("domain-notes §4.5.2: +0.10·min(advisors, 3)/3"),
                "Added to the branch's success, scaled by min(advisors, 3)/3."));
        d.add(real("advisors.jointMeetingUplift", "probability", 0.10, 0, 0.5, assumption("joint meetings 联席会议 bring the community in"),
                "Added to the community's success for issues of an advised compound."));
    }
}
