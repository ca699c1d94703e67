package org.govsim.model.lever.emergency;

import ec.util.MersenneTwisterFast;
import java.util.ArrayList;
import java.util.List;
import org.govsim.model.engine.Calendar;
import org.govsim.model.lever.BranchSecretaries;
import org.govsim.model.lever.Lever;
import org.govsim.model.lever.LeverContext;
import org.govsim.model.lever.LeverMetrics;
import org.govsim.model.lever.ReportingMembers;
import org.govsim.model.metrics.CompoundFigure;
import org.govsim.model.metrics.MetricDef;
import org.govsim.model.param.ParamDef;
import org.govsim.model.param.ParamValues;
import org.govsim.model.world.Compound;
import org.govsim.model.world.Households;

/**
 * Party-member emergency teams (党员应急服务队; Yindu: Wenyuan's team for an elderly resident who died alone, the flood
 * drill answered by 20+ in-service members; Yongshou: vanguard teams found 53 hazards, stocked 1,800+ supplies and moved
 * 90+ people before the rains). Each community's team pools the in-service members reporting there, some resident
 * party members and resident volunteers. It answers emergencies (the issue type {@code emergency}) when enough members
 * arrive before the deadline, and the month before the flood season it answers the grid head's call, checks houses
 * and drains, fixes the hazards it finds, places supplies and moves people. The lever owns the teams.
 */
public final class EmergencyTeams implements Lever<EmergencySettings> {
    private static final long serialVersionUID = 1L;

    @Override
    public String name() {
        return "emergencyTeams";
    }

    @Override
    public String title() {
        return "Party-member emergency teams (党员应急服务队, 党员先锋队)";
    }

    @Override
    public List<ParamDef> parameters() {
        return EmergencySettings.declare();
    }

    @Override
    public List<MetricDef> metrics() {
        return List.of(
                LeverMetrics.more("emergencies_answered", "emergency", "件", "emergencies answered by the team", "应急队及时处置",
                        "emergencies whose responders were all there before the deadline"),
                LeverMetrics.fewer("emergencies_missed", "emergency", "件", "emergencies the team could not staff", "应急队未能及时集结",
                        "emergencies left to the grid worker because too few arrived before the deadline"),
                LeverMetrics.count("emergency_staffing_hours", "hour", "小时", "hours to staff emergencies (sum)", "应急集结用时合计",
                        "sum over answered emergencies of the hours until the responders were there"),
                MetricDef.of("emergency_staffing_hours_mean").ratioOf("emergency_staffing_hours", "emergencies_answered").unit("hours", "小时")
                        .label("hours to staff an emergency", "应急平均集结用时").lowerIsBetter(1)
                        .describe("mean over emergencies the team answered").build(),
                LeverMetrics.count("surge_responses", "call", "次", "flood-season calls", "防汛集结", "one per team a year, the month before the flood season"),
                LeverMetrics.more("surges_staffed", "call", "次", "flood-season calls staffed", "防汛集结到位",
                        "calls where emergencyTeams.surgeSize members arrived within the window"),
                LeverMetrics.count("surge_staffing_hours", "hour", "小时", "hours to staff the calls (sum)", "集结用时合计",
                        "sum over calls of the hours until the call's size had arrived (the window when it never did)"),
                MetricDef.of("surge_staffing_hours_mean").ratioOf("surge_staffing_hours", "surge_responses").unit("hours", "小时")
                        .label("hours to staff a flood-season call", "集结平均用时").lowerIsBetter(1)
                        .describe("mean over calls; the window's cap (emergencyTeams.surgeWindowHours) means not staffed").build(),
                LeverMetrics.count("surge_responders", "person", "人", "members who answered the calls (sum)", "响应集结党员合计",
                        "members who arrived within the window, summed over calls"),
                MetricDef.of("surge_responders_mean").ratioOf("surge_responders", "surge_responses").unit("persons", "人")
                        .label("members answering a flood-season call", "每次集结响应人数").higherIsBetter(1)
                        .describe("mean over calls of the members who arrived within the window (Yindu's drill: 20+)").build(),
                LeverMetrics.more("flood_hazards_found", "hazard", "处", "flood hazards found before the season", "汛前排查隐患",
                        "hazards the teams' checks found and fixed before the flood season"),
                LeverMetrics.count("flood_supplies_placed", "item", "件", "flood supplies placed", "储备防汛物资", "placed by the responders"),
                LeverMetrics.count("people_moved", "person", "人次", "people moved before the rains", "转移群众",
                        "persons of households at dangerous hazards moved by the teams"),
                LeverMetrics.figure("emergency_team_members", "person", "人", "emergency team of the community", "社区应急队",
                        "members of the compound's community team (in-service, resident members, resident volunteers)"));
    }

    @Override
    public EmergencySettings settings(ParamValues values) {
        return EmergencySettings.from(values);
    }

    /** The members of the compound's community's team. */
    private record TeamSize(CommunityTeam[] teams) implements CompoundFigure {
        @Override
        public double of(Compound c) {
            CommunityTeam t = teams[c.community().index()];
            return t == null ? 0 : t.size();
        }
    }

    @Override
    public void install(EmergencySettings s, LeverContext context) {
        MersenneTwisterFast rng = context.stream();
        ReportingMembers reporting = s.inServiceMembers() ? context.service(ReportingMembers.class).orElse(null) : null;
        BranchSecretaries secretaries = context.service(BranchSecretaries.class).orElse(null);
        List<List<Compound>> compounds = new ArrayList<>();
        for (int c = 0; c < context.communities().length; c++) {
            compounds.add(new ArrayList<>());
        }
        for (Compound c : context.compounds()) {
            compounds.get(c.community().index()).add(c);
        }
        Households h = context.households();
        CommunityTeam[] teams = new CommunityTeam[context.communities().length];
        for (int k = 0; k < teams.length; k++) {
            List<Compound> own = compounds.get(k);
            if (own.isEmpty() || rng.nextDouble() >= s.coverage()) {
                continue;
            }
            int[] residentMembers = new int[own.size()];
            int households = 0;
            for (int i = 0; i < own.size(); i++) {
                Compound c = own.get(i);
                households += c.households();
                for (int x = c.firstHousehold(); x < c.firstHousehold() + c.households(); x++) {
                    residentMembers[i] += h.isPartyMember(x) && rng.nextDouble() < s.residentMemberShare() ? 1 : 0;
                }
            }
            int volunteers = (int) Math.round(households * s.residentVolunteersPer100Households() / 100.0);
            teams[k] = new CommunityTeam(s, context.communities()[k], own, residentMembers, volunteers, reporting, secretaries);
        }
        context.figure("emergency_team_members", new TeamSize(teams));
        context.addIssueModifier(new EmergencyResponse(s, teams, context, context.stream("response")));
        FloodPreparation.Calls calls = new FloodPreparation.Calls(context.counter("surge_responses"), context.counter("surges_staffed"),
                context.counter("surge_staffing_hours"), context.counter("surge_responders"));
        FloodPreparation flood = new FloodPreparation(s, teams, context, context.stream("flood"), calls);
        context.addRateModifier(flood);
        int start = context.core().rules().floodStartMonth();
        int before = start == 1 ? 12 : start - 1;
        context.scheduleRepeating((before - 1) * Calendar.DAYS_PER_MONTH, Calendar.DAYS_PER_YEAR, flood);
    }
}
