package org.govsim.model.lever.activities;

import ec.util.MersenneTwisterFast;
import java.util.List;
import org.govsim.model.engine.Calendar;
import org.govsim.model.lever.Lever;
import org.govsim.model.lever.LeverContext;
import org.govsim.model.lever.LeverMetrics;
import org.govsim.model.metrics.Counter;
import org.govsim.model.metrics.MetricDef;
import org.govsim.model.param.ParamDef;
import org.govsim.model.param.ParamValues;
import org.govsim.model.world.Compound;
import org.govsim.model.world.Households;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Activity funding for compound branches (Meilan: 800,000+ yuan in 2025) and service stations (Junyuwan's
 * 1600 m² station, co-built by its branch and property company; ~40 events reaching 5000+ owners). Each month every
 * compound with a branch spends its share of the district's funds on events, and a compound with a co-built station
 * also spends the station's own money, at the station's cheaper cost; an event reaches households, raising their
 * trust, and the compound's social capital, which lowers neighbour disputes. Social capital above its initial level
 * fades without events.
 */
public final class ActivityFunding implements Lever<ActivitySettings> {
    private static final long serialVersionUID = 1L;
    /** A named compound's attribute: 1 where its branch and property company co-built a service station (Q20). */
    static final String STATION_KEY = "station";

    @Override
    public String name() {
        return "activities";
    }

    @Override
    public String title() {
        return "Activity funds and service stations (党群服务站)";
    }

    @Override
    public List<ParamDef> parameters() {
        return ActivitySettings.declare();
    }

    @Override
    public List<MetricDef> metrics() {
        return List.of(
                LeverMetrics.count("activity_events", "event", "场", "neighbourhood events", "邻里活动", "events funded in the window"),
                LeverMetrics.count("activity_attendance", "household", "户次", "event attendance", "活动参与户次", "households reached, summed over events"));
    }

    @Override
    public List<String> caseKeys() {
        return List.of(STATION_KEY);
    }

    @Override
    public ActivitySettings settings(ParamValues values) {
        return ActivitySettings.from(values);
    }

    @Override
    public void install(ActivitySettings s, LeverContext context) {
        context.scheduleRepeating(Calendar.DAYS_PER_MONTH, Calendar.DAYS_PER_MONTH, new MonthOfEvents(s, context, context.stream(),
                context.counter("activity_events"), context.counter("activity_attendance")));
    }

    private static final class MonthOfEvents implements Steppable {
        private static final long serialVersionUID = 1L;
        private final ActivitySettings s;
        private final LeverContext context;
        private final MersenneTwisterFast rng;
        private final Counter events;
        private final Counter attendance;

        MonthOfEvents(ActivitySettings s, LeverContext context, MersenneTwisterFast rng, Counter events, Counter attendance) {
            this.s = s;
            this.context = context;
            this.rng = rng;
            this.events = events;
            this.attendance = attendance;
        }

        @Override
        public void step(SimState state) {
            double now = context.now();
            int funded = 0;
            for (Compound c : context.compounds()) {
                funded += c.hasBranch() ? 1 : 0;
            }
            double share = funded == 0 ? 0 : s.budgetYuanPerYear() / 12 / funded;
            double initial = context.core().world().initialSocialCapital();
            Households h = context.households();
            for (Compound c : context.compounds()) {
                boolean station = c.caseAttribute(STATION_KEY) > 0;
                double yuan = (c.hasBranch() ? share : 0) + (station ? s.stationFundsYuanPerYear() / 12 : 0);
                int held = 0;
                if (c.hasBranch() || station) {
                    double expected = yuan / s.costPerEvent(station);
                    held = (int) expected + (rng.nextDouble() < expected - (int) expected ? 1 : 0);
                }
                int reach = Math.min(c.households(), s.attendancePerEvent());
                for (int e = 0; e < held; e++) {
                    for (int k = 0; k < reach; k++) {
                        int x = c.firstHousehold() + rng.nextInt(c.households());
                        h.raiseTrust(x, s.trustPerEvent());
                    }
                }
                double sc = c.socialCapital();
                sc -= s.socialCapitalDecay() * Math.max(0, sc - initial);
                sc += s.socialCapitalPerAttendance() * held * reach / (double) c.households();
                c.setSocialCapital(sc);
                events.add(c, held, now);
                attendance.add(c, (double) held * reach, now);
            }
        }
    }
}
