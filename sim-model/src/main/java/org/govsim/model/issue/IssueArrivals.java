package org.govsim.model.issue;

import ec.util.MersenneTwisterFast;
import java.util.ArrayList;
import java.util.List;
import org.govsim.model.engine.Ordering;
import org.govsim.model.engine.RandomStreams;
import org.govsim.model.world.Compound;
import sim.engine.Schedule;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Issue arrivals as one superposed Poisson process over every compound and type: the rate of (compound c,
 * type k) is N_c · λ_k · (old-compound multiplier) · Π modifiers, constant within a month. Each event picks
 * (c, k) in proportion to its rate and a household of c uniformly, so the work is proportional to the number
 * of issues, not to households × days. When rates change the pending arrival is redrawn from the new total,
 * which is exact for piecewise-constant rates because the exponential is memoryless.
 */
public final class IssueArrivals implements Steppable {
    private static final long serialVersionUID = 1L;

    private final Compound[] compounds;
    private final IssueTypeConfig[] types;
    private final ResolutionPipeline pipeline;
    private final MersenneTwisterFast rng;
    private final List<RateModifier> modifiers = new ArrayList<>();
    private final double[] cumulative;
    /** the cumulative rate at each compound's last slot: a search over compounds first stays within a few cache lines */
    private final double[] compoundCumulative;
    private double total;
    private double pendingTime = Double.NaN;
    private long arrivals;

    /** @param types each type's settings, indexed by {@link IssueType#ordinal()} */
    public IssueArrivals(Compound[] compounds, IssueTypeConfig[] types, ResolutionPipeline pipeline, RandomStreams streams) {
        this.compounds = compounds;
        this.types = types.clone();
        this.pipeline = pipeline;
        this.rng = streams.arrivals();
        this.cumulative = new double[compounds.length * IssueType.COUNT];
        this.compoundCumulative = new double[compounds.length];
    }

    public void addModifier(RateModifier modifier) {
        modifiers.add(modifier);
    }

    public long arrivals() {
        return arrivals;
    }

    /** Recomputes every rate for the month of {@code now} and redraws the next arrival. */
    public void refresh(Schedule schedule, double now, int monthOfYear) {
        double sum = 0;
        int i = 0;
        for (Compound c : compounds) {
            for (IssueType t : IssueType.values()) {
                IssueTypeConfig tc = types[t.ordinal()];
                double rate = c.households() * tc.ratePerHouseholdDay() * (c.isOld() ? tc.oldCompoundMultiplier() : 1);
                for (int m = 0; m < modifiers.size() && rate > 0; m++) {
                    rate *= modifiers.get(m).multiplier(c, t, monthOfYear);
                }
                sum += rate;
                cumulative[i++] = sum;
            }
            compoundCumulative[i / IssueType.COUNT - 1] = sum;
        }
        total = sum;
        scheduleNext(schedule, now);
    }

    private void scheduleNext(Schedule schedule, double now) {
        if (total <= 0) {
            pendingTime = Double.NaN;
            return;
        }
        pendingTime = now + RandomStreams.exponential(rng, total);
        schedule.scheduleOnce(pendingTime, Ordering.ISSUE_EVENTS, this);
    }

    @Override
    public void step(SimState state) {
        double now = pipeline.now();
        if (now != pendingTime) {
            return; // superseded by a refresh
        }
        int slot = find(rng.nextDouble() * total);
        Compound c = compounds[slot / IssueType.COUNT];
        IssueType type = IssueType.of(slot % IssueType.COUNT);
        int household = c.firstHousehold() + rng.nextInt(c.households());
        arrivals++;
        scheduleNext(state.schedule, now);
        pipeline.arrive(type, c, household, now);
    }

    /**
     * Smallest index whose cumulative rate exceeds u, skipping zero-rate slots: first the compound (the smallest
     * whose last slot exceeds u), then the slot among its types. The same index as one search over every slot,
     * since the slots before that compound's are all at most u.
     */
    private int find(double u) {
        int c = smallestAbove(compoundCumulative, 0, compoundCumulative.length - 1, u);
        return smallestAbove(cumulative, c * IssueType.COUNT, c * IssueType.COUNT + IssueType.COUNT - 1, u);
    }

    /** Smallest index in [lo, hi] whose value exceeds u, or hi when none does. */
    private static int smallestAbove(double[] sorted, int lo, int hi, double u) {
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] > u) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }
}
