package org.govsim.model.lever.stewards;

import java.util.List;
import org.govsim.model.issue.DetectionChannel;
import org.govsim.model.lever.CompoundPicker;
import org.govsim.model.lever.Lever;
import org.govsim.model.lever.LeverContext;
import org.govsim.model.lever.LeverMetrics;
import org.govsim.model.metrics.CompoundFigure;
import org.govsim.model.metrics.MetricDef;
import org.govsim.model.param.ParamDef;
import org.govsim.model.param.ParamValues;
import org.govsim.model.world.Compound;

/**
 * Red stewards (红色管家, Meilan): a team in a compound that joins residents, the property company's staff, the
 * community police officer and social organisations under the branch ("one core, many actors", 一核多元). Their joint
 * patrols find latent issues; as one team they hand cases between the company, the building group, the grid and the
 * branch faster; residents and social organisations mediate neighbour disputes, and the police officer backs the
 * handling of security incidents. The lever owns which compounds have a team.
 */
public final class RedStewards implements Lever<StewardSettings> {
    private static final long serialVersionUID = 1L;

    @Override
    public String name() {
        return "redStewards";
    }

    @Override
    public String title() {
        return "Red stewards (红色管家)";
    }

    @Override
    public List<ParamDef> parameters() {
        return StewardSettings.declare();
    }

    @Override
    public List<MetricDef> metrics() {
        return List.of(
                LeverMetrics.count("settled_with_stewards", "issue", "件", "issues settled with red stewards", "红色管家参与化解",
                        "neighbour disputes and security incidents settled in the window that a team mediated or backed"),
                LeverMetrics.count("steward_handoffs", "hand-off", "次", "hand-offs coordinated by red stewards", "红色管家协调转办",
                        "escalations in a team's compound whose hand-off the team shortened"),
                LeverMetrics.figure("red_steward_members", "person", "人", "red stewards", "红色管家",
                        "members of the compound's team (residents, company staff, police, social organisations)"));
    }

    @Override
    public StewardSettings settings(ParamValues values) {
        return StewardSettings.from(values);
    }

    @Override
    public void install(StewardSettings s, LeverContext context) {
        Compound[] all = context.compounds();
        boolean[] team = new boolean[all.length];
        int count = (int) Math.round(s.coverage() * all.length);
        for (Compound c : CompoundPicker.random(all, c -> true, count, context.stream())) {
            team[c.index()] = true;
        }
        context.figure("red_steward_members", new TeamMembers(team, s.members()));
        context.addDetectionChannel(new JointPatrol(team, s.members() * s.householdsPerMemberWeek() / 7.0));
        if (s.companyStaff() > 0) {
            context.addHandoffRule(new Coordination(team, s.handoffFactor(), context, context.counter("steward_handoffs")));
        }
        StewardMediation mediation = new StewardMediation(team, s.mediation(), s.police() > 0 ? s.securityUplift() : 0,
                context.tag("steward"), context.counter("settled_with_stewards"));
        context.addIssueModifier(mediation);
        context.addIssueObserver(mediation);
    }

    /** The team's joint patrols: its members' visits spread over the compound's households. */
    /** A compound's red stewards: the team's members where it has a team. */
    private record TeamMembers(boolean[] team, int members) implements CompoundFigure {
        @Override
        public double of(Compound c) {
            return team[c.index()] ? members : 0;
        }
    }

    private record JointPatrol(boolean[] team, double visitsPerDay) implements DetectionChannel {
        @Override
        public String name() {
            return "red_steward_patrol";
        }

        @Override
        public double hazardPerDay(Compound compound) {
            return team[compound.index()] ? visitsPerDay / compound.households() : 0;
        }
    }
}
