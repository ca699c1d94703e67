package org.govsim.model.lever;

import ec.util.MersenneTwisterFast;
import java.util.ArrayList;
import java.util.List;
import org.govsim.model.District;
import org.govsim.model.Ordering;
import org.govsim.model.issue.Issue;
import org.govsim.model.issue.IssueModifier;
import org.govsim.model.issue.Level;
import org.govsim.model.issue.ServerPool;
import org.govsim.model.metrics.LeverCount;
import org.govsim.model.param.ParamValues;
import org.govsim.model.process.MonthlyCycle;
import org.govsim.model.world.Compound;
import org.govsim.model.world.Grid;
import org.govsim.model.world.Households;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Double reporting of in-service party members (在职党员"双报到"; Meilan: 1900+ members of 138 organisations;
 * Yongshou's "six fixed, six into", 六定六进). Each organisation adopts communities in turn and its members
 * report there. Each month a member takes up tasks with a logit chance (fixed posts and recognition raise
 * it, fatigue lowers it); the hours offered go partly to mediation (extra cases at the community's grid
 * workers) and partly to service events that reach households and raise their trust. In the flood season
 * each community's grid head calls a surge, and the time to staff it is measured (Yindu: 20+ members).
 */
public final class DoubleReporting implements Lever {
    private static final long serialVersionUID = 1L;

    private final ParamValues p;
    private final int organisations;
    private final int members;

    public DoubleReporting(ParamValues p) {
        this.p = p;
        this.organisations = p.integer("volunteers.organisations");
        this.members = p.integer("volunteers.members");
    }

    @Override
    public String name() {
        return "volunteers";
    }

    @Override
    public void install(District district) {
        int communities = district.communities().length;
        int[] perCommunity = new int[communities];
        for (int org = 0; org < organisations; org++) {
            int orgMembers = members / organisations + (org < members % organisations ? 1 : 0);
            perCommunity[org % communities] += orgMembers;
        }
        List<List<Compound>> compounds = new ArrayList<>();
        List<List<Grid>> grids = new ArrayList<>();
        for (int c = 0; c < communities; c++) {
            compounds.add(new ArrayList<>());
            grids.add(new ArrayList<>());
        }
        for (Compound c : district.compounds()) {
            int k = c.community().index();
            compounds.get(k).add(c);
            if (!grids.get(k).contains(c.grid())) {
                grids.get(k).add(c.grid());
            }
        }
        MersenneTwisterFast rng = district.streams().lever(name());
        List<CommunityVolunteers> teams = new ArrayList<>();
        for (int c = 0; c < communities; c++) {
            if (perCommunity[c] > 0) {
                teams.add(new CommunityVolunteers(perCommunity[c], compounds.get(c), grids.get(c), p));
            }
        }
        district.pipeline().addModifier(new VolunteerMediation(rng));
        district.schedule.scheduleRepeating(0, Ordering.LEVERS, new VolunteerMonth(teams, p, rng), 30);
    }

    /** One month of every community's volunteers: who takes part, mediation capacity, events, surges. */
    private static final class VolunteerMonth implements Steppable {
        private static final long serialVersionUID = 1L;
        private final List<CommunityVolunteers> teams;
        private final ParamValues p;
        private final MersenneTwisterFast rng;

        VolunteerMonth(List<CommunityVolunteers> teams, ParamValues p, MersenneTwisterFast rng) {
            this.teams = teams;
            this.p = p;
            this.rng = rng;
        }

        @Override
        public void step(SimState state) {
            District d = (District) state;
            double now = state.schedule.getTime();
            boolean surgeMonth = MonthlyCycle.monthOfYear(now) == (int) p.real("issues.floodSeasonStartMonth");
            for (CommunityVolunteers team : teams) {
                team.month(d, now, rng, surgeMonth);
            }
        }
    }

    /** Marks the cases that volunteer mediators took part in: in proportion to the servers they add. */
    private record VolunteerMediation(MersenneTwisterFast rng) implements IssueModifier {
        @Override
        public void beforeService(Issue issue, Level level) {
            if (level != Level.GRID) {
                return;
            }
            ServerPool pool = issue.pool();
            int extra = pool.servers() - issue.compound().grid().baseServers();
            if (extra > 0 && rng.nextDouble() * pool.servers() < extra) {
                issue.mark(Issue.Mark.VOLUNTEER);
            }
        }
    }

    /** The volunteers reporting to one community, in mean field: fatigue and recognition are the team's. */
    private static final class CommunityVolunteers implements java.io.Serializable {
        private static final long serialVersionUID = 1L;
        private final int members;
        private final List<Compound> compounds;
        private final List<Grid> grids;
        private final ParamValues p;
        private final int households;
        private double fatigue;
        private double recognition;

        CommunityVolunteers(int members, List<Compound> compounds, List<Grid> grids, ParamValues p) {
            this.members = members;
            this.compounds = compounds;
            this.grids = grids;
            this.p = p;
            int h = 0;
            for (Compound c : compounds) {
                h += c.households();
            }
            this.households = h;
        }

        private double acceptProb() {
            double logit = p.real("volunteers.acceptIntercept")
                    + (p.bool("volunteers.fixedPosts") ? p.real("volunteers.fixedPostWeight") : 0)
                    + p.real("volunteers.recognitionWeight") * recognition
                    - p.real("volunteers.fatigueWeight") * fatigue;
            return 1 / (1 + Math.exp(-logit));
        }

        void month(District d, double now, MersenneTwisterFast rng, boolean surgeMonth) {
            double accept = acceptProb();
            int active = 0;
            for (int i = 0; i < members; i++) {
                active += rng.nextDouble() < accept ? 1 : 0;
            }
            double hours = active * p.real("volunteers.hoursPerMonth");
            d.metrics().levers().add(LeverCount.VOLUNTEER_HOURS, hours, now);
            double share = (double) active / members;
            fatigue = 0.5 * fatigue + share;
            recognition = Math.min(1, recognition + 0.05 * share);
            mediate(d, now, hours * p.real("volunteers.mediationShare"));
            serve(d, now, rng, hours * (1 - p.real("volunteers.mediationShare")));
            if (surgeMonth) {
                surge(d, now, rng, accept);
            }
        }

        /** Extra grid cases this month, spread over the community's grids by households. */
        private void mediate(District d, double now, double hours) {
            double cases = hours / p.real("volunteers.hoursPerCase");
            for (Grid g : grids) {
                int extra = (int) Math.round(cases * g.households() / Math.max(1, households));
                g.pool().setServers(g.baseServers() + extra);
                d.pipeline().capacityChanged(g.pool(), now);
            }
        }

        /** Service events (clinics, legal aid, small repairs) that reach households and raise their trust. */
        private void serve(District d, double now, MersenneTwisterFast rng, double hours) {
            double expected = hours / p.real("volunteers.hoursPerEvent");
            int events = (int) expected + (rng.nextDouble() < expected - (int) expected ? 1 : 0);
            d.metrics().levers().add(LeverCount.SERVICE_EVENTS, events, now);
            Households h = d.households();
            double gain = p.real("volunteers.eventTrust");
            int reach = p.integer("volunteers.householdsPerEvent");
            for (int e = 0; e < events; e++) {
                for (int k = 0; k < reach; k++) {
                    int x = randomHousehold(rng);
                    h.setTrust(x, h.trust(x) + gain);
                }
            }
        }

        private int randomHousehold(MersenneTwisterFast rng) {
            int r = rng.nextInt(households);
            for (Compound c : compounds) {
                if (r < c.households()) {
                    return c.firstHousehold() + r;
                }
                r -= c.households();
            }
            throw new IllegalStateException("household index beyond the community");
        }

        /** The grid head's call: hours until the surge size is staffed (72 when too few answer). */
        private void surge(District d, double now, MersenneTwisterFast rng, double accept) {
            int need = p.integer("volunteers.surgeSize");
            double mean = p.real("volunteers.surgeResponseHours");
            List<Double> times = new ArrayList<>();
            for (int i = 0; i < members; i++) {
                if (rng.nextDouble() < accept) {
                    times.add(-mean * Math.log(1 - rng.nextDouble()));
                }
            }
            times.sort(null);
            double hours = times.size() >= need ? times.get(need - 1) : 72;
            d.metrics().levers().add(LeverCount.SURGE_RESPONSES, 1, now);
            d.metrics().levers().add(LeverCount.SURGE_STAFFING_HOURS, Math.min(72, hours), now);
        }
    }
}
