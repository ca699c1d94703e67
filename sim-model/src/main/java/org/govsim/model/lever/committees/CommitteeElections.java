package org.govsim.model.lever.committees;

import ec.util.MersenneTwisterFast;
import java.util.List;
import org.govsim.model.lever.Lever;
import org.govsim.model.lever.LeverContext;
import org.govsim.model.lever.LeverMetrics;
import org.govsim.model.metrics.Counter;
import org.govsim.model.metrics.MetricDef;
import org.govsim.model.param.ParamConstraints;
import org.govsim.model.param.ParamDef;
import org.govsim.model.param.ParamValues;
import org.govsim.model.world.Compound;
import org.govsim.model.world.Households;
import sim.engine.SimState;
import sim.engine.Steppable;
import sim.util.distribution.Beta;

/**
 * Owners' committee elections guided by the branch (业委会选举, Meilan; domain-notes §4.5.8). Outreach
 * raises turnout; vetting removes unsuitable candidates; the committee's quality Q_oc is the mean quality of
 * the members elected from the remaining candidates. A committee's quality sharpens the owners' rating of the
 * property company, helps the deliberation hall decide, and lowers the risk of fund misuse that the core's
 * committee oversight follows in every compound.
 */
public final class CommitteeElections implements Lever<ElectionSettings> {
    private static final long serialVersionUID = 1L;

    @Override
    public String name() {
        return "ownersCommittee";
    }

    @Override
    public String title() {
        return "Guided owners' committee elections (业委会选举)";
    }

    @Override
    public List<ParamDef> parameters() {
        return ElectionSettings.declare();
    }

    @Override
    public List<ParamConstraints.Constraint> constraints() {
        return List.of(ParamConstraints.atMost("ownersCommittee.seats", "ownersCommittee.candidates"));
    }

    @Override
    public List<MetricDef> metrics() {
        return List.of(LeverMetrics.count("owners_committee_elections", "election", "次", "owners' committee elections held", "业委会选举",
                "elections that seated a committee in the window"));
    }

    @Override
    public ElectionSettings settings(ParamValues values) {
        return ElectionSettings.from(values);
    }

    @Override
    public void install(ElectionSettings s, LeverContext context) {
        context.scheduleRepeating(s.firstElectionDay(), s.termDays(), new Elections(s, context, context.stream(),
                context.counter("owners_committee_elections")));
    }

    private static double meanTrust(Households h, Compound c) {
        double sum = 0;
        for (int x = c.firstHousehold(); x < c.firstHousehold() + c.households(); x++) {
            sum += h.trust(x);
        }
        return sum / c.households();
    }

    /** Every compound elects at once, each term; voting is taking part, which raises a voter's trust. */
    private static final class Elections implements Steppable {
        private static final long serialVersionUID = 1L;
        private final ElectionSettings s;
        private final LeverContext context;
        private final MersenneTwisterFast rng;
        private final Counter held;

        Elections(ElectionSettings s, LeverContext context, MersenneTwisterFast rng, Counter held) {
            this.s = s;
            this.context = context;
            this.rng = rng;
            this.held = held;
        }

        private void vote(Compound c, double turnout) {
            Households h = context.households();
            double gain = context.core().behaviour().trustParticipationGain();
            for (int x = c.firstHousehold(); x < c.firstHousehold() + c.households(); x++) {
                if (rng.nextDouble() < turnout) {
                    h.raiseTrust(x, gain);
                }
            }
        }

        @Override
        public void step(SimState state) {
            double now = context.now();
            Beta suitable = new Beta(s.suitableBetaA(), s.suitableBetaB(), rng);
            for (Compound c : context.compounds()) {
                double turnout = s.turnoutBase() + s.turnoutOutreachWeight() * s.outreach()
                        + s.turnoutTrustWeight() * meanTrust(context.households(), c);
                if (turnout < s.minTurnout()) {
                    continue; // the election fails and the old committee stays
                }
                vote(c, turnout);
                double[] pool = new double[s.candidates()];
                int n = 0;
                for (int k = 0; k < s.candidates(); k++) {
                    boolean unsuitable = rng.nextDouble() < s.unsuitableShare();
                    double q = unsuitable ? s.unsuitableBelow() * rng.nextDouble() : suitable.nextDouble();
                    if (unsuitable && rng.nextDouble() < s.vetting()) {
                        continue;
                    }
                    pool[n++] = q;
                }
                // voters cannot see quality: the seats go to candidates at random
                double sum = 0;
                int seats = Math.min(s.seats(), n);
                for (int k = 0; k < seats; k++) {
                    int j = k + rng.nextInt(n - k);
                    double t = pool[k];
                    pool[k] = pool[j];
                    pool[j] = t;
                    sum += pool[k];
                }
                if (seats > 0) {
                    c.ownersCommittee().setQuality(sum / seats);
                    held.add(c, 1, now);
                }
            }
        }
    }
}
