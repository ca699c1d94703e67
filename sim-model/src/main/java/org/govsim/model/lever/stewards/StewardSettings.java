package org.govsim.model.lever.stewards;

import static org.govsim.model.param.ParamDef.bool;
import static org.govsim.model.param.ParamDef.integer;
import static org.govsim.model.param.ParamDef.real;
import static org.govsim.model.param.Sources.assumption;

import java.util.List;
import org.govsim.model.lever.LeverSettings;
import org.govsim.model.param.ParamDef;
import org.govsim.model.param.ParamValues;

/** How many compounds have a team, who is on it, and what its patrols, coordination and mediation do. */
record StewardSettings(boolean enabled, double coverage, int residents, int companyStaff, int police, int socialOrganisations,
                       double householdsPerMemberWeek, double handoffFactor, double neighbourUplift, int mediatorsForFullEffect,
                       double securityUplift) implements LeverSettings {

    static List<ParamDef> declare() {
        String k = "redStewards.";
        return List.of(
                bool(k + "enabled", false,
                        "article: Meilan's red stewards (红色管家) integrate residents, the property company, community police and social organisations",
                        "Red-steward teams in compounds."),
                real(k + "coverage", "share", 0.3, 0, 1, assumption("the article names them but gives no count"),
                        "Share of compounds with a team (round(share × compounds), chosen at random)."),
                integer(k + "residents", "person", 4, 0, 50, assumption("building heads and active owners"),
                        "Residents on a team; with social organisations they mediate neighbour disputes."),
                integer(k + "companyStaff", "person", 1, 0, 10, assumption("the property manager joins"),
                        "Property-company staff on a team; with at least one, hand-offs in the compound are shortened."),
                integer(k + "police", "person", 1, 0, 5, assumption("the community police officer (社区民警) joins"),
                        "Police on a team; with at least one, the team backs the handling of security incidents."),
                integer(k + "socialOrganisations", "person", 1, 0, 10, assumption("a social organisation's worker"),
                        "Social-organisation workers on a team (mediators, with the residents)."),
                real(k + "householdsPerMemberWeek", "household/week", 5, 0, 50, assumption("a weekly joint patrol"),
                        "Households each member looks in on each week on joint patrols; a visit finds latent issues."),
                real(k + "handoffFactor", "×", 0.5, 0.05, 1, assumption("one team instead of three offices (一核多元)"),
                        "Hand-offs from the company, building group, grid or branch of a team's compound × this."),
                real(k + "neighbourUplift", "probability", 0.10, 0, 0.5, assumption("neighbours who know both sides"),
                        "Added to the success of neighbour disputes at the building group, grid and branch, at full mediators."),
                integer(k + "mediatorsForFullEffect", "person", 5, 1, 50, assumption("a handful of mediators"),
                        "Residents plus social-organisation workers at which the neighbour uplift is full; fewer give a share."),
                real(k + "securityUplift", "probability", 0.15, 0, 0.5, assumption("the police officer is on the team"),
                        "Added to the success of security incidents at the building group, grid and branch when the team has police."));
    }

    static StewardSettings from(ParamValues p) {
        String k = "redStewards.";
        return new StewardSettings(p.bool(k + "enabled"), p.real(k + "coverage"), p.integer(k + "residents"), p.integer(k + "companyStaff"),
                p.integer(k + "police"), p.integer(k + "socialOrganisations"), p.real(k + "householdsPerMemberWeek"),
                p.real(k + "handoffFactor"), p.real(k + "neighbourUplift"), p.integer(k + "mediatorsForFullEffect"),
                p.real(k + "securityUplift"));
    }

    int members() {
        return residents + companyStaff + police + socialOrganisations;
    }

    /** The neighbour-dispute uplift the team's mediators give. */
    double mediation() {
        return neighbourUplift * Math.min(1.0, (residents + socialOrganisations) / (double) mediatorsForFullEffect);
    }
}
