package org.govsim.model.lever.volunteers;

import static org.govsim.model.param.ParamDef.bool;
import static org.govsim.model.param.ParamDef.integer;
import static org.govsim.model.param.ParamDef.real;
import static org.govsim.model.param.Sources.assumption;

import java.util.List;
import org.govsim.model.lever.LeverSettings;
import org.govsim.model.param.ParamDef;
import org.govsim.model.param.Sources;
import org.govsim.model.param.ParamValues;

/** Who reports, how many hours they offer, what makes them take part, and how the hours are used. */
record VolunteerSettings(boolean enabled, int organisations, int members, double hoursPerMonth, boolean fixedPosts,
                         double acceptIntercept, double fixedPostWeight, double recognitionWeight, double fatigueWeight,
                         double fatigueRetention, double recognitionGain, double mediationShare, double hoursPerCase,
                         double hoursPerEvent, int householdsPerEvent, double eventTrust) implements LeverSettings {

    static List<ParamDef> declare() {
        return List.of(
                bool("volunteers.enabled", false, "article Q2-Q3, Q42", "Double reporting of in-service party members."),
                integer("volunteers.organisations", "organisation", 138, 1, 10000, "article Q2: 138 organisations",
                        "Organisations whose members report; each adopts communities in turn, so fewer organisations leave communities out."),
                integer("volunteers.members", "person", 1900, 0, 1000000, "article Q3: 1900+ in-service members", "Members reporting to communities."),
                real("volunteers.hoursPerMonth", "hour/month", 6, 2, 20, assumption("domain-notes §4.9"), "Hours a member offers each month."),
                bool("volunteers.fixedPosts", false, "article: 六定 (fixed posts, times, tasks) in Yongshou", "Fixed posts raise acceptance."),
                real("volunteers.acceptIntercept", "logit", -0.2795, -5, 5, Sources.posteriorPoint(Sources.MEILAN, "[-2.52, 0.778]"), "a₀ of the monthly acceptance logit."),
                real("volunteers.fixedPostWeight", "logit", 1.0, 0, 5, assumption("domain-notes §4.5.5: a₁ (陈伟东 & 徐凌风)"), "a₁: fixed posts."),
                real("volunteers.recognitionWeight", "logit", 0.5, 0, 5, assumption("domain-notes §4.5.5: a₃"), "a₃: recognition."),
                real("volunteers.fatigueWeight", "logit", 1.0, 0, 5, assumption("domain-notes §4.5.5: a₄"), "a₄: fatigue."),
                real("volunteers.fatigueRetention", "share/month", 0.5, 0, 1, assumption("fatigue halves each month"),
                        "Share of last month's fatigue kept; fatigue = retention × fatigue + this month's active share."),
                real("volunteers.recognitionGain", "score", 0.05, 0, 1, assumption("recognition builds slowly"),
                        "Recognition gained per month at full participation (recognition is capped at 1)."),
                real("volunteers.mediationShare", "share", 0.5, 0, 1, assumption("half the hours go to mediation at the grid"),
                        "Share of hours spent mediating (extra grid capacity); the rest go to service events."),
                real("volunteers.hoursPerCase", "hour", 12, 1, 100, assumption("a case needs a few visits"),
                        "Volunteer hours a month that keep one extra case open at the grid."),
                real("volunteers.hoursPerEvent", "hour", 25.41, 1, 100, Sources.posteriorPoint(Sources.MEILAN, "[6.68, 39.1]"),
                        "Volunteer hours one service event (六进: clinics, legal aid, repairs) takes."),
                integer("volunteers.householdsPerEvent", "household", 30, 0, 1000, assumption("those served by an event"),
                        "Households an event reaches; each one's trust rises by eventTrust."),
                real("volunteers.eventTrust", "share", 0.02, 0, 0.2, assumption("domain-notes §4.5.4: +0.02 per event attended"),
                        "Trust gained by a household an event reaches, as a share of the way to 1."));
    }

    static VolunteerSettings from(ParamValues p) {
        return new VolunteerSettings(p.bool("volunteers.enabled"), p.integer("volunteers.organisations"), p.integer("volunteers.members"),
                p.real("volunteers.hoursPerMonth"), p.bool("volunteers.fixedPosts"), p.real("volunteers.acceptIntercept"),
                p.real("volunteers.fixedPostWeight"), p.real("volunteers.recognitionWeight"), p.real("volunteers.fatigueWeight"),
                p.real("volunteers.fatigueRetention"), p.real("volunteers.recognitionGain"), p.real("volunteers.mediationShare"),
                p.real("volunteers.hoursPerCase"), p.real("volunteers.hoursPerEvent"), p.integer("volunteers.householdsPerEvent"),
                p.real("volunteers.eventTrust"));
    }
}
