package org.govsim.model.lever.zones;

import static org.govsim.model.param.ParamDef.bool;
import static org.govsim.model.param.ParamDef.integer;
import static org.govsim.model.param.ParamDef.real;
import static org.govsim.model.param.Sources.assumption;

import java.util.List;
import org.govsim.model.lever.LeverSettings;
import org.govsim.model.param.ParamDef;
import org.govsim.model.param.ParamValues;

/** Who takes a zone, how large it is, how often its households are visited, and what a member's mediation adds. */
record ZoneSettings(boolean enabled, double coverage, double takeUpShare, int householdsPerMember, double visitsPerHouseholdMonth,
                    double mediationUplift) implements LeverSettings {

    static List<ParamDef> declare() {
        String k = "responsibilityZones.";
        return List.of(
                bool(k + "enabled", false, "article Q34: 100+ party-member responsibility zones (党员责任区) in Yongshou; Q45: 110+ disputes resolved",
                        "Party members each responsible for the households around them: visits and mediation."),
                real(k + "coverage", "share", 1.0, 0, 1, assumption("the campaign is county-wide"),
                        "Share of compounds where members take zones (each drawn with this probability)."),
                real(k + "takeUpShare", "share", 0.6, 0, 1, assumption("most resident members take a zone"),
                        "Share of resident party-member households in a covered compound that take a zone."),
                integer(k + "householdsPerMember", "household", 10, 1, 200, assumption("the N households of a member's stairwell"),
                        "Households in a member's zone: the member's own and its neighbours in the building."),
                real(k + "visitsPerHouseholdMonth", "visit/household/month", 1.0, 0, 8, assumption("a monthly call on each household"),
                        "Visits a zone household receives a month; a visit finds latent issues."),
                real(k + "mediationUplift", "probability", 0.15, 0, 0.5, assumption("a neighbour who is a member mediates (调解邻里矛盾)"),
                        "Added to the success of a zone household's dispute at the building group, grid and branch."));
    }

    static ZoneSettings from(ParamValues p) {
        String k = "responsibilityZones.";
        return new ZoneSettings(p.bool(k + "enabled"), p.real(k + "coverage"), p.real(k + "takeUpShare"), p.integer(k + "householdsPerMember"),
                p.real(k + "visitsPerHouseholdMonth"), p.real(k + "mediationUplift"));
    }
}
