package org.govsim.model.process;

import ec.util.MersenneTwisterFast;
import org.govsim.model.metrics.Counter;
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
    private final Counter misuses;
    private final MersenneTwisterFast rng;
    private final double monthlyHazard;
    private final double trustDrop;

    public CommitteeOversight(Compound[] compounds, Households households, Counter misuses, MersenneTwisterFast rng,
                              CommitteeRisk risk) {
        this.compounds = compounds;
        this.households = households;
        this.misuses = misuses;
        this.rng = rng;
        this.monthlyHazard = risk.misusePerYear() / 12;
        this.trustDrop = risk.misuseTrustDrop();
    }

    @Override
    public void step(SimState state) {
        for (Compound c : compounds) {
            if (rng.nextDouble() < monthlyHazard * (1 - c.ownersCommittee().quality())) {
                for (int x = c.firstHousehold(); x < c.firstHousehold() + c.households(); x++) {
                    households.setTrust(x, households.trust(x) - trustDrop);
                }
                misuses.add(c, 1, state.schedule.getTime());
            }
        }
    }
}
