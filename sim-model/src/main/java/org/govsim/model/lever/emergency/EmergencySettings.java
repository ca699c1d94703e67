package org.govsim.model.lever.emergency;

import static org.govsim.model.param.ParamDef.bool;
import static org.govsim.model.param.ParamDef.integer;
import static org.govsim.model.param.ParamDef.real;
import static org.govsim.model.param.Sources.assumption;

import java.util.List;
import org.govsim.model.lever.LeverSettings;
import org.govsim.model.param.ParamDef;
import org.govsim.model.param.ParamValues;

/** Who is on a community's team, how readily they answer, and what an answered call does. */
record EmergencySettings(boolean enabled, double coverage, boolean inServiceMembers, double residentMemberShare,
                         double residentVolunteersPer100Households, double acceptIntercept, double residentMemberWeight,
                         double secretaryWeight, double responseHours, int respondersPerEmergency, double deadlineHours,
                         double handlingDays, double successUplift, int surgeSize, double surgeWindowHours,
                         double householdsPerResponder, double hazardDetectProb, double suppliesPerResponder,
                         double evacuationShare) implements LeverSettings {

    static List<ParamDef> declare() {
        String k = "emergencyTeams.";
        return List.of(
                bool(k + "enabled", false, "article: Yindu's party-member emergency service team (党员应急服务队, Wenyuan) and flood drill "
                        + "(Q31); Yongshou's vanguard teams before the flood season (Q39-Q41)",
                        "Community emergency teams that answer emergencies and the flood season's call."),
                real(k + "coverage", "share", 1.0, 0, 1, assumption("every community forms one (以村(社区)为单位)"),
                        "Share of communities with a team (each drawn with this probability)."),
                bool(k + "inServiceMembers", true, "article Q31: in-service members of the court, statistics bureau and highway centre answered",
                        "In-service members reporting to the community (double reporting, when on) are on its team."),
                real(k + "residentMemberShare", "share", 0.3, 0, 1, assumption("the fitter part of the resident members"),
                        "Share of resident party-member households in the community with a member on the team."),
                real(k + "residentVolunteersPer100Households", "person", 1.0, 0, 20, assumption("neighbours who join (邻里亲)"),
                        "Residents who are not members on the team, per 100 households of the community."),
                real(k + "acceptIntercept", "logit", 0, -5, 5, assumption("domain-notes §4.5.5: a₀"),
                        "a₀ of the chance that a team member answers a call."),
                real(k + "residentMemberWeight", "logit", 0.7, 0, 5, assumption("domain-notes §4.5.5: a₂, resident member"),
                        "Added to a resident party member's logit."),
                real(k + "secretaryWeight", "logit", 1.0, 0, 5, assumption("members answer a good secretary's call (四有: 有威望、有热情)"),
                        "Added to a resident member's logit per unit of the branch secretary's quality above 0.5 (branches lever)."),
                real(k + "responseHours", "hour", 4, 0.1, 72, assumption("members answer the grid head's call within hours"),
                        "Mean hours for a member who answers to arrive (exponential)."),
                integer(k + "respondersPerEmergency", "person", 3, 1, 50, assumption("a few people for one household's emergency"),
                        "Members an emergency needs on the spot."),
                real(k + "deadlineHours", "hour", 24, 1, 240, assumption("help within a day"),
                        "An emergency whose responders are not all there within this many hours is left to the grid worker."),
                real(k + "handlingDays", "day", 0.5, 0.01, 30, assumption("the team settles it on the spot"),
                        "Days the team needs once staffed; the case's service time is staffing time plus this."),
                real(k + "successUplift", "probability", 0.3, 0, 1, assumption("a staffed team settles most emergencies"),
                        "Added to the level's success for an emergency the team answered in time."),
                integer(k + "surgeSize", "person", 20, 1, 500, "article Q31: 20+ members filled sandbags",
                        "Members the flood season's call (交办指令) needs in a community."),
                real(k + "surgeWindowHours", "hour", 72, 1, 720, assumption("a flood response that takes longer than three days has failed"),
                        "Hours within which the call must be staffed; one not staffed by then counts as this many hours."),
                real(k + "householdsPerResponder", "household", 20, 0, 500, assumption("a responder checks houses and drains for a few days"),
                        "Households each responder to the call checks before the season (排查危房、下水管道)."),
                real(k + "hazardDetectProb", "probability", 0.8, 0, 1, assumption("most hazards are seen on a check"),
                        "Chance a check finds a household's coming flood hazard, which is then fixed before the season."),
                real(k + "suppliesPerResponder", "item", 5, 0, 100, assumption("sandbags and kits placed per responder; compare Q40"),
                        "Flood supplies each responder places (储备防汛物资)."),
                real(k + "evacuationShare", "share", 0.5, 0, 1, assumption("dangerous houses among the hazards; compare Q41"),
                        "Share of found hazards whose household is moved before the rain (转移群众)."));
    }

    static EmergencySettings from(ParamValues p) {
        String k = "emergencyTeams.";
        return new EmergencySettings(p.bool(k + "enabled"), p.real(k + "coverage"), p.bool(k + "inServiceMembers"),
                p.real(k + "residentMemberShare"), p.real(k + "residentVolunteersPer100Households"), p.real(k + "acceptIntercept"),
                p.real(k + "residentMemberWeight"), p.real(k + "secretaryWeight"), p.real(k + "responseHours"),
                p.integer(k + "respondersPerEmergency"), p.real(k + "deadlineHours"), p.real(k + "handlingDays"),
                p.real(k + "successUplift"), p.integer(k + "surgeSize"), p.real(k + "surgeWindowHours"),
                p.real(k + "householdsPerResponder"), p.real(k + "hazardDetectProb"), p.real(k + "suppliesPerResponder"),
                p.real(k + "evacuationShare"));
    }
}
