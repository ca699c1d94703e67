package org.govsim.model.lever.demandlists;

import static org.govsim.model.param.ParamDef.bool;
import static org.govsim.model.param.ParamDef.real;
import static org.govsim.model.param.Sources.assumption;

import java.util.List;
import org.govsim.model.lever.LeverSettings;
import org.govsim.model.param.ParamDef;
import org.govsim.model.param.ParamValues;

/** How departments treat a compound's listed demands. */
record DemandListSettings(boolean enabled, double acceptProb, double serviceFactor, double successUplift,
                          double renovationConstructionDays) implements LeverSettings {

    static List<ParamDef> declare() {
        return List.of(
                bool("demandLists.enabled", false, "article: 小区点题、部门答题; Baoxiuchang renovation plan (Q24)",
                        "Branches list their compounds' department-level demands at the joint meeting."),
                real("demandLists.acceptProb", "probability", 0.5, 0, 1, assumption("domain-notes §4.9: deptAcceptProb"),
                        "Chance departments take up a listed demand."),
                real("demandLists.serviceFactor", "×", 0.5, 0.05, 1, assumption("a listed demand has an owner and a deadline"),
                        "Department service time × this for an accepted demand."),
                real("demandLists.successUplift", "probability", 0.3, 0, 1, assumption("accepted demands are answered"),
                        "Added to the department's success for an accepted demand."),
                real("demandLists.renovationConstructionDays", "day", 180, 30, 1000, assumption("domain-notes §4.5.2: annual plan + 180"),
                        "Days of construction after a renovation item enters the next annual plan (plans start each 360-day year)."));
    }

    static DemandListSettings from(ParamValues p) {
        return new DemandListSettings(p.bool("demandLists.enabled"), p.real("demandLists.acceptProb"), p.real("demandLists.serviceFactor"),
                p.real("demandLists.successUplift"), p.real("demandLists.renovationConstructionDays"));
    }
}
