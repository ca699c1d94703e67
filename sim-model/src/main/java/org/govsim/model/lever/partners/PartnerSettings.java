package org.govsim.model.lever.partners;

import static org.govsim.model.param.ParamDef.bool;
import static org.govsim.model.param.ParamDef.integer;
import static org.govsim.model.param.ParamDef.real;
import static org.govsim.model.param.Sources.assumption;

import java.util.List;
import org.govsim.model.lever.LeverSettings;
import org.govsim.model.param.ParamDef;
import org.govsim.model.param.Sources;
import org.govsim.model.param.ParamValues;

/** Which units are bound to each community's grids, when they serve there, and what they bring. */
record PartnerSettings(boolean enabled, double coverage, int[] unitsPerCommunity, int serviceIntervalDays, double sessionHours,
                       int serversPerUnit, double typeUplift) implements LeverSettings {

    static List<ParamDef> declare() {
        String k = "partnerUnits.";
        return List.of(
                bool(k + "enabled", false,
                        "article: Yindu's 1+N services (双报到双服务双报告): a health centre, a hospital's experts, the insurance bureau, "
                                + "kindergartens and a law firm serving in Gangwu community's grids",
                        "Outside units bound to grids, serving given issue types on scheduled days."),
                real(k + "coverage", "share", 1.0, 0, 1, assumption("every community has its N"),
                        "Share of communities with bound units (each drawn with this probability)."),
                integer(k + "clinicsPerCommunity", "unit", 1, 0, 20,
                        assumption("article: Meiyuan health centre with Anyang No. 2 hospital's experts in one community"),
                        "Clinics and hospitals per community; they serve elderly care (独居老人)."),
                integer(k + "legalUnitsPerCommunity", "unit", 1, 0, 20, assumption("article: Panggeng law firm; courts in Yongshou"),
                        "Legal units (law firms, courts, justice offices) per community; they serve neighbour disputes (legal mediation)."),
                integer(k + "enterprisesPerCommunity", "unit", 1, 0, 20, assumption("utilities and enterprises bound to grids (Yindu's 12 enterprise grids)"),
                        "Enterprises and public utilities per community; they serve shared-infrastructure disputes."),
                integer(k + "serviceIntervalDays", "day", 15, 1, 90, assumption("a clinic or consultation day twice a month"),
                        "Days between a unit's scheduled service sessions in its grid (first session at a random day within the interval)."),
                real(k + "sessionHours", "hour", 8, 1, 24, assumption("a working day"),
                        "Length of a session, during which the unit adds capacity to its grid."),
                integer(k + "serversPerUnit", "concurrent case", 2, 0, 20, assumption("two professionals per session"),
                        "Cases a unit takes on at the grid in a session (a case taken runs to its end)."),
                real(k + "typeUplift", "probability", 0.2351, 0, 0.5, Sources.posteriorMedian(Sources.YINDU, "[0.0273, 0.481]"),
                        "Added to the success of the units' issue types, at the building group, grid and branch, in their grids."));
    }

    static PartnerSettings from(ParamValues p) {
        String k = "partnerUnits.";
        int[] units = {p.integer(k + "clinicsPerCommunity"), p.integer(k + "legalUnitsPerCommunity"), p.integer(k + "enterprisesPerCommunity")};
        return new PartnerSettings(p.bool(k + "enabled"), p.real(k + "coverage"), units, p.integer(k + "serviceIntervalDays"),
                p.real(k + "sessionHours"), p.integer(k + "serversPerUnit"), p.real(k + "typeUplift"));
    }
}
