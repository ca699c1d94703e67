package org.govsim.model.lever;

import java.util.ArrayList;
import java.util.List;
import org.govsim.model.District;
import org.govsim.model.Ordering;
import org.govsim.model.issue.BasicService;
import org.govsim.model.issue.Issue;
import org.govsim.model.issue.IssueModifier;
import org.govsim.model.issue.IssueType;
import org.govsim.model.issue.Level;
import org.govsim.model.issue.ReportingChannel;
import org.govsim.model.issue.ServerPool;
import org.govsim.model.metrics.LeverCount;
import org.govsim.model.param.ParamValues;
import org.govsim.model.world.Compound;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * The deliberation hall (议事堂) where residents, the property company and the owners' committee settle
 * collective problems (Junyuwan: 200+ demands, 45 hard problems, 3865 repairs supervised). It is level L3,
 * a batch level: issues wait for the next meeting, which takes up a fixed number of items and decides each
 * (more often under a majority rule and with a sound owners' committee); decided items are implemented and
 * settled, the rest escalate. The hall supervises property repairs, and its wish wall (心愿墙) is a channel
 * that makes residents report more.
 */
public final class DeliberationHall implements Lever {
    private static final long serialVersionUID = 1L;

    private final double coverage;
    private final int intervalDays;
    private final int itemsPerMeeting;
    private final double ruleShift;
    private final double committeeWeight;
    private final boolean supervision;
    private final double supervisionUplift;
    private final boolean wishWall;
    private final double wishWallUplift;

    public DeliberationHall(ParamValues p) {
        this.coverage = p.real("hall.coverage");
        this.intervalDays = p.integer("hall.intervalDays");
        this.itemsPerMeeting = p.integer("hall.itemsPerMeeting");
        this.ruleShift = switch (p.choice("hall.decisionRule")) {
            case "MAJORITY" -> 0.1;
            case "CONSENSUS" -> -0.15;
            default -> 0;
        };
        this.committeeWeight = p.real("hall.committeeWeight");
        this.supervision = p.bool("hall.repairSupervision");
        this.supervisionUplift = p.real("hall.supervisionUplift");
        this.wishWall = p.bool("hall.wishWall");
        this.wishWallUplift = p.real("hall.wishWallReportUplift");
    }

    @Override
    public String name() {
        return "hall";
    }

    @Override
    public void install(District district) {
        int count = (int) Math.round(coverage * district.compounds().length);
        List<Compound> halls = CompoundPicker.random(district.compounds(), c -> true, count, district.streams().lever(name()));
        halls.sort((a, b) -> Integer.compare(a.index(), b.index()));
        for (Compound c : halls) {
            c.setPool(Level.HALL, new ServerPool(Level.HALL, 0, new BasicService(district.config().level(Level.HALL))));
        }
        district.pipeline().addModifier(new HallEffects(this));
        if (wishWall) {
            district.pipeline().addReportingChannel(new WishWall(wishWallUplift));
        }
        district.schedule.scheduleRepeating(intervalDays, Ordering.LEVERS, new Meeting(new ArrayList<>(halls), itemsPerMeeting), intervalDays);
    }

    /** Every hall meets on the same cadence and takes up its oldest waiting items. */
    private static final class Meeting implements Steppable {
        private static final long serialVersionUID = 1L;
        private final List<Compound> halls;
        private final int items;

        Meeting(List<Compound> halls, int items) {
            this.halls = halls;
            this.items = items;
        }

        @Override
        public void step(SimState state) {
            District d = (District) state;
            double now = state.schedule.getTime();
            for (Compound c : halls) {
                int taken = d.pipeline().serveBatch(c.pool(Level.HALL), items, now);
                d.metrics().levers().add(LeverCount.HALL_MEETINGS, 1, now);
                d.metrics().levers().add(LeverCount.HALL_ITEMS_TAKEN, taken, now);
            }
        }
    }

    /** Decision odds at the hall, and the hall's supervision of repairs. */
    private record HallEffects(DeliberationHall h) implements IssueModifier {
        @Override
        public double successShift(Issue issue, Level level) {
            Compound c = issue.compound();
            if (level == Level.HALL) {
                return h.ruleShift + h.committeeWeight * (c.ownersCommitteeQuality() - 0.5) + (c.advisors() > 0 ? 0.1 : 0);
            }
            return supervised(issue, level) ? h.supervisionUplift : 0;
        }

        @Override
        public double serviceDays(Issue issue, Level level, double days) {
            return supervised(issue, level) ? days * 0.9 : days;
        }

        @Override
        public void beforeService(Issue issue, Level level) {
            if (supervised(issue, level) && issue.escalations() == 0) {
                // counted once per repair, at its first visit by the company
                countSupervised(issue);
            }
        }

        private boolean supervised(Issue issue, Level level) {
            return h.supervision && level == Level.PROPERTY && issue.type() == IssueType.REPAIR
                    && issue.compound().pool(Level.HALL) != null;
        }

        private static void countSupervised(Issue issue) {
            issue.mark(Issue.Mark.SUPERVISED);
        }
    }

    /** The wish wall: an open channel for demands. */
    private record WishWall(double uplift) implements ReportingChannel {
        @Override
        public double reportBonus(Compound compound) {
            return compound.pool(Level.HALL) != null ? uplift : 0;
        }
    }
}
