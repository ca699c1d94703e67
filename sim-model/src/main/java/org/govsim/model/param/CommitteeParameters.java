package org.govsim.model.param;

import static org.govsim.model.param.ParamDef.bool;
import static org.govsim.model.param.ParamDef.integer;
import static org.govsim.model.param.ParamDef.real;
import static org.govsim.model.param.Sources.assumption;

import java.util.List;

/** Owners' committee elections guided by the branch (业委会选举; Meilan). */
final class CommitteeParameters {
    private CommitteeParameters() {
    }

    static void declare(List<ParamDef> d) {
        d.add(bool("ownersCommittee.enabled", false, "article: branch-guided owners' committee elections (Meilan)",
                "Hold owners' committee elections with outreach and candidate vetting."));
        d.add(real("ownersCommittee.outreach", "score", 0.6, 0, 1, assumption("branch-guided outreach; domain-notes §4.9 has 0.3 without guidance"),
                "Outreach intensity; turnout = 0.2 + 0.4 outreach + 0.2 trust."));
        d.add(real("ownersCommittee.vetting", "probability", 0.8, 0, 1, assumption("domain-notes §4.9 (mechanism: article)"),
                "Chance an unsuitable candidate is removed by vetting."));
        d.add(real("ownersCommittee.minTurnout", "share", 0.5, 0, 1, assumption("domain-notes §4.5.8"), "Election fails below this turnout."));
        d.add(real("ownersCommittee.unsuitableShare", "share", 0.2, 0, 1, assumption("domain-notes §4.5.8"), "Share of candidates who are unsuitable (quality < 0.3)."));
        d.add(integer("ownersCommittee.firstElectionDay", "day", 60, 0, 3650, assumption("elections early in the campaign"), "Day of the first elections."));
        d.add(integer("ownersCommittee.termDays", "day", 1800, 360, 3650, assumption("5-year terms"), "Days between elections."));
        d.add(real("ownersCommittee.misusePerYear", "1/year", 0.1, 0, 5, assumption("a captured committee misuses funds"),
                "Yearly hazard of fund misuse for a committee of quality 0 (× (1 − Q_oc)); a misuse lowers the compound's trust."));
        d.add(real("ownersCommittee.misuseTrustDrop", "score", 0.2, 0, 1, assumption("domain-notes §4.5.8: T −0.2"),
                "Trust lost by the compound's households when funds are misused."));
    }
}
