package org.govsim.model.lever.committees;

import static org.govsim.model.param.ParamDef.bool;
import static org.govsim.model.param.ParamDef.integer;
import static org.govsim.model.param.ParamDef.real;
import static org.govsim.model.param.Sources.assumption;

import java.util.List;
import org.govsim.model.lever.LeverSettings;
import org.govsim.model.param.ParamDef;
import org.govsim.model.param.ParamValues;

/** Guided owners' committee elections: turnout, candidates, vetting and terms. */
record ElectionSettings(boolean enabled, double outreach, double vetting, double minTurnout, double unsuitableShare,
                        int firstElectionDay, int termDays, double turnoutBase, double turnoutOutreachWeight, double turnoutTrustWeight,
                        int candidates, int seats, double unsuitableBelow, double suitableBetaA, double suitableBetaB) implements LeverSettings {

    static List<ParamDef> declare() {
        return List.of(
                bool("ownersCommittee.enabled", false, "article: branch-guided owners' committee elections (Meilan)",
                        "Hold owners' committee elections with outreach and candidate vetting."),
                real("ownersCommittee.outreach", "score", 0.6, 0, 1, assumption("branch-guided outreach; domain-notes §4.9 has 0.3 without guidance"),
                        "Outreach intensity; turnout = base + w_o outreach + w_t trust."),
                real("ownersCommittee.vetting", "probability", 0.8, 0, 1, assumption("domain-notes §4.9 (mechanism: article)"),
                        "Chance an unsuitable candidate is removed by vetting."),
                real("ownersCommittee.minTurnout", "share", 0.5, 0, 1, assumption("domain-notes §4.5.8"), "Election fails below this turnout."),
                real("ownersCommittee.unsuitableShare", "share", 0.2, 0, 1, assumption("domain-notes §4.5.8"),
                        "Share of candidates who are unsuitable (quality below unsuitableBelow)."),
                integer("ownersCommittee.firstElectionDay", "day", 60, 0, 3650, assumption("elections early in the campaign"), "Day of the first elections."),
                integer("ownersCommittee.termDays", "day", 1800, 360, 3650, assumption("5-year terms"), "Days between elections."),
                real("ownersCommittee.turnoutBase", "share", 0.2, 0, 1, assumption("domain-notes §4.5.8"), "Turnout without outreach or trust."),
                real("ownersCommittee.turnoutOutreachWeight", "share", 0.4, 0, 1, assumption("domain-notes §4.5.8"), "w_o: turnout per unit of outreach."),
                real("ownersCommittee.turnoutTrustWeight", "share", 0.2, 0, 1, assumption("domain-notes §4.5.8"),
                        "w_t: turnout per unit of the compound's mean trust."),
                integer("ownersCommittee.candidates", "person", 8, 1, 50, assumption("domain-notes §4.5.8"), "Candidates standing in a compound."),
                integer("ownersCommittee.seats", "seat", 5, 1, 50, assumption("a five-member committee"), "Seats on a committee; Q_oc is their mean quality."),
                real("ownersCommittee.unsuitableBelow", "score", 0.3, 0, 1, assumption("domain-notes §4.5.8"),
                        "An unsuitable candidate's quality is uniform below this."),
                real("ownersCommittee.suitableBetaA", "shape", 4, 0.1, 100, assumption("domain-notes §4.5.8: Beta(4, 3)"),
                        "α of the Beta distribution of a suitable candidate's quality."),
                real("ownersCommittee.suitableBetaB", "shape", 3, 0.1, 100, assumption("domain-notes §4.5.8: Beta(4, 3)"),
                        "β of the Beta distribution of a suitable candidate's quality."));
    }

    static ElectionSettings from(ParamValues p) {
        String k = "ownersCommittee.";
        return new ElectionSettings(p.bool(k + "enabled"), p.real(k + "outreach"), p.real(k + "vetting"), p.real(k + "minTurnout"),
                p.real(k + "unsuitableShare"), p.integer(k + "firstElectionDay"), p.integer(k + "termDays"), p.real(k + "turnoutBase"),
                p.real(k + "turnoutOutreachWeight"), p.real(k + "turnoutTrustWeight"), p.integer(k + "candidates"), p.integer(k + "seats"),
                p.real(k + "unsuitableBelow"), p.real(k + "suitableBetaA"), p.real(k + "suitableBetaB"));
    }
}
