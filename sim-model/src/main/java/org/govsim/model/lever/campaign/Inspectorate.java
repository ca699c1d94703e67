package org.govsim.model.lever.campaign;

import ec.util.MersenneTwisterFast;
import java.io.Serializable;
import org.govsim.model.actors.PropertyCompany;
import org.govsim.model.issue.Level;
import org.govsim.model.issue.NetworkConfig;
import org.govsim.model.lever.LeverContext;
import org.govsim.model.metrics.Counter;
import org.govsim.model.world.Compound;
import sim.engine.SimState;
import sim.engine.Steppable;

/** The campaign's inspectors: who has an order and since when, who was replaced, and the month's round. */
final class Inspectorate implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final byte NONE = 0;
    private static final byte ORDERED = 1;
    private static final byte REPLACED = 2;

    private final CampaignSettings s;
    private final LeverContext context;
    private final MersenneTwisterFast rng;
    private final byte[] status;
    private final double[] orderedOn;
    private final Counter inspections;
    private final Counter orders;
    private final Counter penalties;
    private final Counter replaced;

    Inspectorate(CampaignSettings s, LeverContext context, MersenneTwisterFast rng) {
        this.s = s;
        this.context = context;
        this.rng = rng;
        int n = context.compounds().length;
        this.status = new byte[n];
        this.orderedOn = new double[n];
        this.inspections = context.counter("campaign_inspections");
        this.orders = context.counter("rectification_orders");
        this.penalties = context.counter("campaign_penalties_yuan");
        this.replaced = context.counter("companies_replaced");
    }

    int status(Compound c) {
        return status[c.index()];
    }

    Steppable month() {
        return new Round(this);
    }

    Steppable end() {
        return new End(this);
    }

    /** One month's round: re-inspections that are due, then fresh inspections of companies without an order. */
    private void inspect() {
        double now = context.now();
        for (Compound c : context.compounds()) {
            int i = c.index();
            if (status[i] == ORDERED) {
                if (now >= orderedOn[i] + s.reinspectDays() && orderedOn[i] >= 0) {
                    reinspect(c, now);
                }
            } else if (status[i] == NONE && rng.nextDouble() < s.inspectionShare()) {
                inspections.add(c, 1, now);
                if (belowStandard(c.company())) {
                    order(c, now);
                }
            }
        }
    }

    private boolean belowStandard(PropertyCompany company) {
        return company.quality() < s.qualityStandard();
    }

    private void order(Compound c, double now) {
        int i = c.index();
        status[i] = ORDERED;
        orderedOn[i] = now;
        orders.add(c, 1, now);
        penalties.add(c, s.penaltyYuanPerHousehold() * c.households(), now);
        if (rng.nextDouble() < s.complianceProb()) {
            c.company().setEffortFloor(s.orderEffort());
        }
        int extra = s.backlogServersPer1000Households() > 0 ? NetworkConfig.scaled(s.backlogServersPer1000Households(), c.households()) : 0;
        context.contribute(context.network().pool(c, Level.PROPERTY), PropertyCampaign.CONTRIBUTOR, extra);
    }

    /** Still below standard: fined again and replaced by a company held to a standard for good. Else the order stands. */
    private void reinspect(Compound c, double now) {
        int i = c.index();
        inspections.add(c, 1, now);
        orderedOn[i] = -1; // re-inspected once
        if (belowStandard(c.company())) {
            status[i] = REPLACED;
            penalties.add(c, s.penaltyYuanPerHousehold() * c.households(), now);
            replaced.add(c, 1, now);
            c.company().setEffortFloor(s.replacementEffort());
            context.contribute(context.network().pool(c, Level.PROPERTY), PropertyCampaign.CONTRIBUTOR, 0);
        }
    }

    /** The campaign ends: orders lapse and the department's team leaves; replacements keep their standard. */
    private void close() {
        for (Compound c : context.compounds()) {
            if (status[c.index()] == ORDERED) {
                c.company().setEffortFloor(0);
                context.contribute(context.network().pool(c, Level.PROPERTY), PropertyCampaign.CONTRIBUTOR, 0);
            }
        }
    }

    private record Round(Inspectorate inspectorate) implements Steppable {
        @Override
        public void step(SimState state) {
            inspectorate.inspect();
        }
    }

    private record End(Inspectorate inspectorate) implements Steppable {
        @Override
        public void step(SimState state) {
            inspectorate.close();
        }
    }
}
