package org.govsim.model.process;

import ec.util.MersenneTwisterFast;
import org.govsim.model.metrics.LeverCount;
import org.govsim.model.metrics.MetricsObserver;
import org.govsim.model.world.Compound;
import org.govsim.model.world.Households;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Each month an owners' committee may misuse the maintenance fund, with a yearly hazard × (1 − Q_oc): a
 * captured committee is the risk that vetted elections lower (domain-notes §4.5.8). A misuse costs every
 * household of the compound some trust.
 */
public final class CommitteeOversight implements Steppable {
    private static final long serialVersionUID = 1L;

    private final Compound[] compounds;
    private final Households households;
    private final MetricsObserver metrics;
    private final MersenneTwisterFast rng;
    private final double monthlyHazard;
    private final double trustDrop;

    public CommitteeOversight(Compound[] compounds, Households households, MetricsObserver metrics, MersenneTwisterFast rng,
                              double misusePerYear, double trustDrop) {
        this.compounds = compounds;
        this.households = households;
        this.metrics = metrics;
        this.rng = rng;
        this.monthlyHazard = misusePerYear / 12;
        this.trustDrop = trustDrop;
    }

    @Override
    public void step(SimState state) {
        for (Compound c : compounds) {
            if (rng.nextDouble() < monthlyHazard * (1 - c.ownersCommitteeQuality())) {
                for (int x = c.firstHousehold(); x < c.firstHousehold() + c.households(); x++) {
                    households.setTrust(x, households.trust(x) - trustDrop);
                }
                metrics.levers().add(LeverCount.OWNERS_COMMITTEE_MISUSES, 1, state.schedule.getTime());
            }
        }
    }
}
