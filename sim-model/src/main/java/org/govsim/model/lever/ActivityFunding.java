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

/**
 * Activity funding for compound branches (Meilan: 800,000+ yuan in 2025) and service stations (Junyuwan's
 * 1600 m² station; ~40 events reaching 5000+ owners). Each month every compound with a branch spends its
 * share on events; an event reaches households, raising their trust, and the compound's social capital,
 * which lowers neighbour disputes. Social capital above its initial level fades without events.
 */
public final class ActivityFunding implements Lever {
    private static final long serialVersionUID = 1L;

    private final ParamValues p;

    public ActivityFunding(ParamValues p) {
        this.p = p;
    }

    @Override
    public String name() {
        return "activities";
    }

    @Override
    public void install(District district) {
        district.schedule.scheduleRepeating(30, Ordering.LEVERS, new MonthOfEvents(p, district.streams().lever(name())), 30);
    }

    private static final class MonthOfEvents implements Steppable {
        private static final long serialVersionUID = 1L;
        private final ParamValues p;
        private final MersenneTwisterFast rng;

        MonthOfEvents(ParamValues p, MersenneTwisterFast rng) {
            this.p = p;
            this.rng = rng;
        }

        @Override
        public void step(SimState state) {
            District d = (District) state;
            double now = state.schedule.getTime();
            int funded = 0;
            for (Compound c : d.compounds()) {
                funded += c.hasBranch() ? 1 : 0;
            }
            double cost = p.real("activities.eventCostYuan") * (p.bool("activities.serviceStations") ? 0.5 : 1);
            double perCompound = funded == 0 ? 0 : p.real("activities.budgetYuanPerYear") / 12 / funded / cost;
            double initial = d.config().world().initialSocialCapital();
            Households h = d.households();
            for (Compound c : d.compounds()) {
                int events = 0;
                if (c.hasBranch()) {
                    events = (int) perCompound + (rng.nextDouble() < perCompound - (int) perCompound ? 1 : 0);
                }
                int reach = Math.min(c.households(), p.integer("activities.attendancePerEvent"));
                for (int e = 0; e < events; e++) {
                    for (int k = 0; k < reach; k++) {
                        int x = c.firstHousehold() + rng.nextInt(c.households());
                        h.setTrust(x, h.trust(x) + p.real("activities.trustPerEvent"));
                    }
                }
                double sc = c.socialCapital();
                sc -= p.real("activities.socialCapitalDecay") * Math.max(0, sc - initial);
                sc += p.real("activities.socialCapitalPerAttendance") * events * reach / (double) c.households();
                c.setSocialCapital(sc);
                d.metrics().levers().add(LeverCount.ACTIVITY_EVENTS, events, now);
                d.metrics().levers().add(LeverCount.ACTIVITY_ATTENDANCE, (double) events * reach, now);
            }
        }
    }
}
