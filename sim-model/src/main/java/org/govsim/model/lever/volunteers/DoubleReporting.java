package org.govsim.model.lever.volunteers;

import ec.util.MersenneTwisterFast;
import java.util.ArrayList;
import java.util.List;
import org.govsim.model.engine.Calendar;
import org.govsim.model.issue.Issue;
import org.govsim.model.issue.IssueModifier;
import org.govsim.model.issue.IssueObserver;
import org.govsim.model.issue.IssueTag;
import org.govsim.model.issue.Level;
import org.govsim.model.issue.ServerPool;
import org.govsim.model.lever.Lever;
import org.govsim.model.lever.LeverContext;
import org.govsim.model.lever.LeverMetrics;
import org.govsim.model.lever.ReportingMembers;
import org.govsim.model.metrics.Counter;
import org.govsim.model.metrics.MetricDef;
import org.govsim.model.param.ParamDef;
import org.govsim.model.param.ParamValues;
import org.govsim.model.world.Community;
import org.govsim.model.world.Compound;
import org.govsim.model.world.Grid;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Double reporting of in-service party members (在职党员"双报到"; Meilan: 1900+ members of 138 organisations;
 * Yongshou's "six fixed, six into", 六定六进). Each organisation adopts communities in turn and its members
 * report there. Each month a member takes up tasks with a logit chance (fixed posts and recognition raise
 * it, fatigue lowers it); the hours offered go partly to mediation (extra cases at the community's grid
 * workers) and partly to service events that reach households and raise their trust. The members reporting to
 * each community, and their acceptance this month, are offered to other levers as {@link ReportingMembers}: the
 * emergency teams call on them.
 */
public final class DoubleReporting implements Lever<VolunteerSettings> {
    private static final long serialVersionUID = 1L;
    /** The volunteers' capacity at a grid. */
    static final String CONTRIBUTOR = "volunteers";

    @Override
    public String name() {
        return "volunteers";
    }

    @Override
    public String title() {
        return "Double reporting of in-service party members (在职党员双报到)";
    }

    @Override
    public List<ParamDef> parameters() {
        return VolunteerSettings.declare();
    }

    @Override
    public List<MetricDef> metrics() {
        return List.of(
                LeverMetrics.count("settled_with_volunteers", "issue", "件", "issues settled with volunteers", "党员志愿者参与化解",
                        "grid cases settled in the window that volunteer mediators took part in"),
                LeverMetrics.districtCount("volunteer_hours", "hour", "小时", "volunteer hours", "志愿服务时长", "hours offered by active members"),
                LeverMetrics.districtCount("service_events", "event", "场", "volunteer service events", "志愿服务活动",
                        "clinics, legal aid, small repairs"));
    }

    @Override
    public VolunteerSettings settings(ParamValues values) {
        return VolunteerSettings.from(values);
    }

    @Override
    public void install(VolunteerSettings s, LeverContext context) {
        int communities = context.communities().length;
        int[] perCommunity = new int[communities];
        for (int org = 0; org < s.organisations(); org++) {
            int orgMembers = s.members() / s.organisations() + (org < s.members() % s.organisations() ? 1 : 0);
            perCommunity[org % communities] += orgMembers;
        }
        List<List<Compound>> compounds = new ArrayList<>();
        List<List<Grid>> grids = new ArrayList<>();
        for (int c = 0; c < communities; c++) {
            compounds.add(new ArrayList<>());
            grids.add(new ArrayList<>());
        }
        for (Compound c : context.compounds()) {
            compounds.get(c.community().index()).add(c);
        }
        for (Grid g : context.grids()) {
            grids.get(g.community().index()).add(g);
        }
        MonthlyCounters counters = new MonthlyCounters(context.counter("volunteer_hours"), context.counter("service_events"));
        List<CommunityVolunteers> teams = new ArrayList<>();
        CommunityVolunteers[] byCommunity = new CommunityVolunteers[communities];
        for (int c = 0; c < communities; c++) {
            if (perCommunity[c] > 0) {
                byCommunity[c] = new CommunityVolunteers(s, perCommunity[c], compounds.get(c), grids.get(c), context, counters);
                teams.add(byCommunity[c]);
            }
        }
        context.provide(ReportingMembers.class, new Reporting(byCommunity));
        VolunteerMediation mediation = new VolunteerMediation(context.tag("volunteer"), context.stream("mediation"),
                context.counter("settled_with_volunteers"));
        context.addIssueModifier(mediation);
        context.addIssueObserver(mediation);
        context.scheduleRepeating(0, Calendar.DAYS_PER_MONTH, new VolunteerMonth(teams, context, context.stream()));
    }

    /** The counters a month of volunteering adds to. */
    record MonthlyCounters(Counter hours, Counter events) implements java.io.Serializable {
    }

    /** The members reporting to each community and their acceptance, for other levers. */
    private record Reporting(CommunityVolunteers[] byCommunity) implements ReportingMembers {
        @Override
        public int members(Community community) {
            CommunityVolunteers team = byCommunity[community.index()];
            return team == null ? 0 : team.members();
        }

        @Override
        public double acceptance(Community community) {
            CommunityVolunteers team = byCommunity[community.index()];
            return team == null ? 0 : team.acceptance();
        }
    }

    /** One month of every community's volunteers: who takes part, mediation capacity, events. */
    private static final class VolunteerMonth implements Steppable {
        private static final long serialVersionUID = 1L;
        private final List<CommunityVolunteers> teams;
        private final LeverContext context;
        private final MersenneTwisterFast rng;

        VolunteerMonth(List<CommunityVolunteers> teams, LeverContext context, MersenneTwisterFast rng) {
            this.teams = teams;
            this.context = context;
            this.rng = rng;
        }

        @Override
        public void step(SimState state) {
            double now = context.now();
            for (CommunityVolunteers team : teams) {
                team.month(now, rng);
            }
        }
    }

    /**
     * Tags the grid cases that volunteer mediators took part in, in proportion to the servers they add, and counts
     * those settled. It draws from its own stream, so the monthly process's draws do not depend on the case load.
     */
    private record VolunteerMediation(IssueTag part, MersenneTwisterFast rng, Counter settled) implements IssueModifier, IssueObserver {
        @Override
        public void beforeService(Issue issue, Level level) {
            if (level != Level.GRID) {
                return;
            }
            ServerPool pool = issue.pool();
            int extra = pool.contribution(CONTRIBUTOR);
            if (extra > 0 && rng.nextDouble() * pool.servers() < extra) {
                issue.tag(part);
            }
        }

        @Override
        public void settled(Issue issue, Level level, double now) {
            if (issue.has(part)) {
                settled.add(issue.compound(), 1, now);
            }
        }
    }
}
