package org.govsim.model.lever;

import ec.util.MersenneTwisterFast;
import org.govsim.model.District;
import org.govsim.model.Ordering;
import org.govsim.model.metrics.LeverCount;
import org.govsim.model.param.ParamValues;
import org.govsim.model.world.Compound;
import org.govsim.model.world.Households;
import sim.engine.SimState;
import sim.engine.Steppable;
import sim.util.distribution.Beta;

/**
 * Owners' committee elections guided by the branch (业委会选举, Meilan; domain-notes §4.5.8). Outreach
 * raises turnout; vetting removes unsuitable candidates; the committee's quality Q_oc is the mean quality of
 * five members elected from the remaining candidates. A committee's quality sharpens the owners' rating of
 * the property company, helps the deliberation hall decide, and lowers the risk of fund misuse that
 * {@link org.govsim.model.process.CommitteeOversight} follows in every compound.
 */
public final class CommitteeElections implements Lever {
    private static final long serialVersionUID = 1L;
    private static final int CANDIDATES = 8;
    private static final int SEATS = 5;
    private static final double UNSUITABLE_BELOW = 0.3;

    private final ParamValues p;

    public CommitteeElections(ParamValues p) {
        this.p = p;
    }

    @Override
    public String name() {
        return "ownersCommittee";
    }

    @Override
    public void install(District district) {
        MersenneTwisterFast rng = district.streams().lever(name());
        district.schedule.scheduleRepeating(p.integer("ownersCommittee.firstElectionDay"), Ordering.LEVERS,
                new Elections(p, rng), p.integer("ownersCommittee.termDays"));
    }

    private static double meanTrust(Households h, Compound c) {
        double sum = 0;
        for (int x = c.firstHousehold(); x < c.firstHousehold() + c.households(); x++) {
            sum += h.trust(x);
        }
        return sum / c.households();
    }

    /** Every compound elects at once, each term. */
    private static final class Elections implements Steppable {
        private static final long serialVersionUID = 1L;
        private final ParamValues p;
        private final MersenneTwisterFast rng;

        Elections(ParamValues p, MersenneTwisterFast rng) {
            this.p = p;
            this.rng = rng;
        }

        @Override
        public void step(SimState state) {
            District d = (District) state;
            double now = state.schedule.getTime();
            Beta suitable = new Beta(4, 3, rng);
            for (Compound c : d.compounds()) {
                double turnout = 0.2 + 0.4 * p.real("ownersCommittee.outreach") + 0.2 * meanTrust(d.households(), c);
                if (turnout < p.real("ownersCommittee.minTurnout")) {
                    continue; // the election fails and the old committee stays
                }
                double[] pool = new double[CANDIDATES];
                int n = 0;
                for (int k = 0; k < CANDIDATES; k++) {
                    boolean unsuitable = rng.nextDouble() < p.real("ownersCommittee.unsuitableShare");
                    double q = unsuitable ? UNSUITABLE_BELOW * rng.nextDouble() : suitable.nextDouble();
                    if (unsuitable && rng.nextDouble() < p.real("ownersCommittee.vetting")) {
                        continue;
                    }
                    pool[n++] = q;
                }
                // voters cannot see quality: the seats go to candidates at random
                double sum = 0;
                int seats = Math.min(SEATS, n);
                for (int s = 0; s < seats; s++) {
                    int j = s + rng.nextInt(n - s);
                    double t = pool[s];
                    pool[s] = pool[j];
                    pool[j] = t;
                    sum += pool[s];
                }
                if (seats > 0) {
                    c.setOwnersCommitteeQuality(sum / seats);
                    d.metrics().levers().add(LeverCount.OWNERS_COMMITTEE_ELECTIONS, 1, now);
                }
            }
        }
    }
}
