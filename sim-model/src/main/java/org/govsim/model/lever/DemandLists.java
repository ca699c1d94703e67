package org.govsim.model.lever;

import ec.util.MersenneTwisterFast;
import org.govsim.model.District;
import org.govsim.model.issue.Issue;
import org.govsim.model.issue.IssueModifier;
import org.govsim.model.issue.IssueType;
import org.govsim.model.issue.Level;
import org.govsim.model.metrics.LeverCount;
import org.govsim.model.metrics.LeverCounters;
import org.govsim.model.param.ParamValues;

/**
 * Demand lists at the party-building joint meeting (小区点题、部门答题; Meilan's Haifu street): a compound
 * with a branch puts its department-level demands on a list; departments take each up with some chance.
 * An accepted demand has an owner and a deadline, so it is served faster and answered more often; an
 * accepted old-compound renovation item enters the next annual renovation plan and is built after it
 * starts (the Baoxiuchang compound in the 2025 plan, article Q24).
 */
public final class DemandLists implements Lever {
    private static final long serialVersionUID = 1L;
    private static final double PLAN_YEAR = 360;

    private final double acceptProb;
    private final double serviceFactor;
    private final double successUplift;
    private final double constructionDays;

    public DemandLists(ParamValues p) {
        this.acceptProb = p.real("demandLists.acceptProb");
        this.serviceFactor = p.real("demandLists.serviceFactor");
        this.successUplift = p.real("demandLists.successUplift");
        this.constructionDays = p.real("demandLists.renovationConstructionDays");
    }

    @Override
    public String name() {
        return "demandLists";
    }

    @Override
    public void install(District district) {
        district.pipeline().addModifier(new JointMeeting(this, district.streams().lever(name()), district.metrics().levers(), district));
    }

    private record JointMeeting(DemandLists lever, MersenneTwisterFast rng, LeverCounters counters, District district)
            implements IssueModifier {
        @Override
        public void beforeService(Issue issue, Level level) {
            if (level == Level.DEPARTMENT && issue.compound().hasBranch() && !issue.has(Issue.Mark.LISTED)
                    && rng.nextDouble() < lever.acceptProb) {
                issue.mark(Issue.Mark.LISTED);
                double now = district.schedule.getTime();
                counters.add(LeverCount.DEMAND_LIST_ITEMS_ACCEPTED, 1, now);
                if (issue.type() == IssueType.RENOVATION) {
                    counters.add(LeverCount.RENOVATIONS_PLANNED, 1, now);
                }
            }
        }

        @Override
        public double successShift(Issue issue, Level level) {
            if (!issue.has(Issue.Mark.LISTED) || level != Level.DEPARTMENT) {
                return 0;
            }
            return issue.type() == IssueType.RENOVATION ? 1 : lever.successUplift;
        }

        @Override
        public double serviceDays(Issue issue, Level level, double days) {
            if (!issue.has(Issue.Mark.LISTED) || level != Level.DEPARTMENT) {
                return days;
            }
            if (issue.type() == IssueType.RENOVATION) {
                double now = district.schedule.getTime();
                double nextPlan = (Math.floor(now / PLAN_YEAR) + 1) * PLAN_YEAR;
                return nextPlan - now + lever.constructionDays;
            }
            return days * lever.serviceFactor;
        }
    }
}
