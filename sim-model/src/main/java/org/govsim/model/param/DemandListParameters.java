package org.govsim.model.param;

import static org.govsim.model.param.ParamDef.bool;
import static org.govsim.model.param.ParamDef.real;
import static org.govsim.model.param.Sources.assumption;

import java.util.List;

/** Demand lists to departments at the joint meeting (小区点题、部门答题; Meilan, Haifu street; Q24). */
final class DemandListParameters {
    private DemandListParameters() {
    }

    static void declare(List<ParamDef> d) {
        d.add(bool("demandLists.enabled", false, "article: 小区点题、部门答题; Baoxiuchang renovation plan (Q24)",
                "Branches list their compounds' department-level demands at the joint meeting."));
        d.add(real("demandLists.acceptProb", "probability", 0.5, 0, 1, assumption("domain-notes §4.9: deptAcceptProb"),
                "Chance departments take up a listed demand."));
        d.add(real("demandLists.serviceFactor", "×", 0.5, 0.05, 1, assumption("a listed demand has an owner and a deadline"),
                "Department service time × this for an accepted demand."));
        d.add(real("demandLists.successUplift", "probability", 0.3, 0, 1, assumption("accepted demands are answered"),
                "Added to the department's success for an accepted demand."));
        d.add(real("demandLists.renovationConstructionDays", "day", 180, 30, 1000, assumption("domain-notes §4.5.2: annual plan + 180"),
                "Days of construction after a renovation item enters the next annual plan (plans start each 360-day year)."));
    }
}
