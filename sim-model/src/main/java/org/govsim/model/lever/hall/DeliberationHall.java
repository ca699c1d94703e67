package org.govsim.model.lever.hall;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.govsim.model.issue.Level;
import org.govsim.model.issue.ServerPool;
import org.govsim.model.issue.ServiceNetwork;
import org.govsim.model.lever.CompoundPicker;
import org.govsim.model.lever.Lever;
import org.govsim.model.lever.LeverContext;
import org.govsim.model.lever.LeverMetrics;
import org.govsim.model.metrics.CompoundFigure;
import org.govsim.model.metrics.Counter;
import org.govsim.model.metrics.MetricDef;
import org.govsim.model.param.ParamDef;
import org.govsim.model.param.ParamValues;
import org.govsim.model.world.Compound;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * The deliberation hall (议事堂) where residents, the property company and the owners' committee settle
 * collective problems (Junyuwan: 200+ demands, 45 hard problems, 3865 repairs supervised). It opens level L3 in
 * its compounds as a batch level: collective issues go there first, issues wait for the next meeting, which takes
 * up a fixed number of items and decides each (more often under a majority rule and with a sound owners'
 * committee); decided items are implemented and settled, the rest escalate. The hall supervises property
 * repairs, and its wish wall (心愿墙) is a channel that makes residents report more.
 */
public final class DeliberationHall implements Lever<HallSettings> {
    private static final long serialVersionUID = 1L;
    /** A case compound's {@code hall: true} gives it a hall, {@code false} none, whatever the coverage draws. */
    static final String CASE_KEY = "hall";

    @Override
    public String name() {
        return "hall";
    }

    @Override
    public String title() {
        return "Deliberation hall (议事堂)";
    }

    @Override
    public List<ParamDef> parameters() {
        return HallSettings.declare();
    }

    @Override
    public List<MetricDef> metrics() {
        return List.of(
                LeverMetrics.count("hall_meetings", "meeting", "次", "hall meetings", "议事会议", "meetings held by every hall"),
                LeverMetrics.count("hall_demands", "item", "条", "demands collected by halls", "议事堂收集诉求",
                        "issues that joined a hall, whether a meeting took them up yet or not"),
                LeverMetrics.count("hall_items_taken", "item", "条", "items taken up by halls", "议事堂受理事项", "issues meetings took up"),
                LeverMetrics.count("repairs_supervised", "repair", "起", "repairs supervised by halls", "督促维修",
                        "repairs the hall supervised that were settled in the window"),
                LeverMetrics.flag("has_hall", "has a deliberation hall", "设议事堂", "the compound's hall holds meetings"));
    }

    @Override
    public List<String> caseKeys() {
        return List.of(CASE_KEY);
    }

    @Override
    public HallSettings settings(ParamValues values) {
        return HallSettings.from(values);
    }

    @Override
    public void install(HallSettings s, LeverContext context) {
        int count = (int) Math.round(s.coverage() * context.compounds().length);
        List<Compound> halls = new ArrayList<>();
        for (Compound c : context.compounds()) {
            if (c.caseAttribute(CASE_KEY) > 0) {
                halls.add(c);
            }
        }
        halls.addAll(CompoundPicker.random(context.compounds(), c -> Double.isNaN(c.caseAttribute(CASE_KEY)),
                Math.max(0, count - halls.size()), context.stream()));
        halls.sort(Comparator.comparingInt(Compound::index));
        ServiceNetwork network = context.network();
        List<ServerPool> pools = new ArrayList<>();
        for (Compound c : halls) {
            pools.add(network.open(c, Level.HALL, 0, network.basic(Level.HALL)));
        }
        context.figure("has_hall", new HasHall(network));
        if (s.collectiveFirst()) {
            context.addRoutingRule(new CollectiveIssues(network, context.core().issueTypes()));
        }
        HallEffects effects = new HallEffects(s, network, context.households(), context.core().behaviour().trustParticipationGain(),
                context.tag("supervised"), context.counter("repairs_supervised"), context.counter("hall_demands"),
                context.tag("demand"));
        context.addIssueModifier(effects);
        context.addIssueObserver(effects);
        if (s.wishWall()) {
            context.addReportingChannel(new WishWall(network, s.wishWallUplift()));
        }
        context.scheduleRepeating(s.intervalDays(), s.intervalDays(), new Meeting(context, halls, pools, s.itemsPerMeeting(),
                context.counter("hall_meetings"), context.counter("hall_items_taken")));
    }

    /** Whether a compound has a hall (its level exists there). */
    private record HasHall(ServiceNetwork network) implements CompoundFigure {
        @Override
        public double of(Compound c) {
            return network.pool(c, Level.HALL) != null ? 1 : 0;
        }
    }

    /** Every hall meets on the same cadence and takes up its oldest waiting items. */
    private static final class Meeting implements Steppable {
        private static final long serialVersionUID = 1L;
        private final LeverContext context;
        private final List<Compound> halls;
        private final List<ServerPool> pools;
        private final int items;
        private final Counter meetings;
        private final Counter taken;

        Meeting(LeverContext context, List<Compound> halls, List<ServerPool> pools, int items, Counter meetings, Counter taken) {
            this.context = context;
            this.halls = halls;
            this.pools = pools;
            this.items = items;
            this.meetings = meetings;
            this.taken = taken;
        }

        @Override
        public void step(SimState state) {
            double now = context.now();
            for (int i = 0; i < halls.size(); i++) {
                int n = context.serveBatch(pools.get(i), items);
                meetings.add(halls.get(i), 1, now);
                taken.add(halls.get(i), n, now);
            }
        }
    }
}
