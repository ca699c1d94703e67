package org.govsim.model.lever.volunteers;

import ec.util.MersenneTwisterFast;
import java.io.Serializable;
import java.util.List;
import org.govsim.model.lever.LeverContext;
import org.govsim.model.world.Compound;
import org.govsim.model.world.Grid;
import org.govsim.model.world.Households;

/** The volunteers reporting to one community, in mean field: fatigue and recognition are the team's. */
final class CommunityVolunteers implements Serializable {
    private static final long serialVersionUID = 1L;

    private final VolunteerSettings s;
    private final int members;
    private final List<Compound> compounds;
    private final List<Grid> grids;
    private final LeverContext context;
    private final DoubleReporting.MonthlyCounters counters;
    private final int households;
    private double fatigue;
    private double recognition;
    private double accept;

    CommunityVolunteers(VolunteerSettings s, int members, List<Compound> compounds, List<Grid> grids, LeverContext context,
                        DoubleReporting.MonthlyCounters counters) {
        this.s = s;
        this.members = members;
        this.compounds = compounds;
        this.grids = grids;
        this.context = context;
        this.counters = counters;
        int h = 0;
        for (Compound c : compounds) {
            h += c.households();
        }
        this.households = h;
        this.accept = acceptProb();
    }

    int members() {
        return members;
    }

    /** The chance a member takes up a task this month (before the first month, the one it starts with). */
    double acceptance() {
        return accept;
    }

    private double acceptProb() {
        double logit = s.acceptIntercept() + (s.fixedPosts() ? s.fixedPostWeight() : 0) + s.recognitionWeight() * recognition
                - s.fatigueWeight() * fatigue;
        return 1 / (1 + Math.exp(-logit));
    }

    void month(double now, MersenneTwisterFast rng) {
        accept = acceptProb();
        int active = 0;
        for (int i = 0; i < members; i++) {
            active += rng.nextDouble() < accept ? 1 : 0;
        }
        double hours = active * s.hoursPerMonth();
        counters.hours().add(hours, now);
        double share = (double) active / members;
        fatigue = s.fatigueRetention() * fatigue + share;
        recognition = Math.min(1, recognition + s.recognitionGain() * share);
        mediate(hours * s.mediationShare());
        serve(now, rng, hours * (1 - s.mediationShare()));
    }

    /** Extra grid cases this month, spread over the community's grids by households. */
    private void mediate(double hours) {
        double cases = hours / s.hoursPerCase();
        for (Grid g : grids) {
            int extra = (int) Math.round(cases * g.households() / Math.max(1, households));
            context.contribute(context.network().pool(g), DoubleReporting.CONTRIBUTOR, extra);
        }
    }

    /** Service events (clinics, legal aid, small repairs) that reach households and raise their trust. */
    private void serve(double now, MersenneTwisterFast rng, double hours) {
        double expected = hours / s.hoursPerEvent();
        int events = (int) expected + (rng.nextDouble() < expected - (int) expected ? 1 : 0);
        counters.events().add(events, now);
        Households h = context.households();
        for (int e = 0; e < events; e++) {
            for (int k = 0; k < s.householdsPerEvent(); k++) {
                int x = randomHousehold(rng);
                h.raiseTrust(x, s.eventTrust());
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
}
