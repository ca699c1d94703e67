package org.govsim.model.param;

import static org.govsim.model.param.ParamDef.bool;
import static org.govsim.model.param.ParamDef.integer;
import static org.govsim.model.param.ParamDef.real;
import static org.govsim.model.param.Sources.assumption;

import java.util.List;

/** In-service party members reporting to their communities (在职党员"双报到"; Meilan Q2-Q3, Yongshou 六定六进 Q42-Q45). */
final class VolunteerParameters {
    private VolunteerParameters() {
    }

    static void declare(List<ParamDef> d) {
        d.add(bool("volunteers.enabled", false, "article Q2-Q3, Q42", "Double reporting of in-service party members."));
        d.add(integer("volunteers.organisations", "organisation", 138, 1, 10000, "article Q2: 138 organisations",
                "Organisations whose members report; each adopts communities in turn, so fewer organisations leave communities out."));
        d.add(integer("volunteers.members", "person", 1900, 0, 1000000, "article Q3: 1900+ in-service members", "Members reporting to communities."));
        d.add(real("volunteers.hoursPerMonth", "hour/month", 6, 2, 20, assumption("domain-notes §4.9"), "Hours a member offers each month."));
        d.add(bool("volunteers.fixedPosts", false, "article: 六定 (fixed posts, times, tasks) in Yongshou", "Fixed posts raise acceptance."));
        d.add(real("volunteers.acceptIntercept", "logit", 0, -5, 5, assumption("domain-notes §4.5.5: a₀"), "a₀ of the monthly acceptance logit."));
        d.add(real("volunteers.fixedPostWeight", "logit", 1.0, 0, 5, assumption("domain-notes §4.5.5: a₁ (陈伟东 & 徐凌风)"), "a₁: fixed posts."));
        d.add(real("volunteers.recognitionWeight", "logit", 0.5, 0, 5, assumption("domain-notes §4.5.5: a₃"), "a₃: recognition."));
        d.add(real("volunteers.fatigueWeight", "logit", 1.0, 0, 5, assumption("domain-notes §4.5.5: a₄"), "a₄: fatigue."));
        d.add(real("volunteers.mediationShare", "share", 0.5, 0, 1, assumption("half the hours go to mediation at the grid"),
                "Share of hours spent mediating (extra grid capacity); the rest go to service events."));
        d.add(real("volunteers.hoursPerCase", "hour", 12, 1, 100, assumption("a case needs a few visits"),
                "Volunteer hours a month that keep one extra case open at the grid."));
        d.add(real("volunteers.hoursPerEvent", "hour", 8, 1, 100, assumption("a clinic or clean-up by a few members"),
                "Volunteer hours one service event (六进: clinics, legal aid, repairs) takes."));
        d.add(integer("volunteers.householdsPerEvent", "household", 30, 0, 1000, assumption("those served by an event"),
                "Households an event reaches; each one's trust rises by eventTrust."));
        d.add(real("volunteers.eventTrust", "score", 0.02, 0, 0.2, assumption("domain-notes §4.5.4: T += 0.02 per event attended"),
                "Trust gained by a household an event reaches."));
        d.add(integer("volunteers.surgeSize", "person", 20, 1, 500, "article Q31: 20+ members filled sandbags",
                "Members a flood-season surge needs in a community."));
        d.add(real("volunteers.surgeResponseHours", "hour", 4, 0.1, 72, assumption("members answer the grid head's call within hours"),
                "Mean hours for an accepting member to answer a surge call."));
    }
}
