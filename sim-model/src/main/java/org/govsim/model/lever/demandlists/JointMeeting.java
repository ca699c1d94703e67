package org.govsim.model.lever.demandlists;

import ec.util.MersenneTwisterFast;
import org.govsim.model.engine.Calendar;
import org.govsim.model.issue.Issue;
import org.govsim.model.issue.IssueModifier;
import org.govsim.model.issue.IssueTag;
import org.govsim.model.issue.IssueType;
import org.govsim.model.issue.Level;
import org.govsim.model.lever.LeverContext;
import org.govsim.model.metrics.Counter;

/** At the departments, a branch's compound lists its demand; if taken up it is served faster and answered more often. */
record JointMeeting(DemandListSettings s, LeverContext context, IssueTag listed, MersenneTwisterFast rng, Counter accepted,
                    Counter planned) implements IssueModifier {

    @Override
    public void beforeService(Issue issue, Level level) {
        if (level == Level.DEPARTMENT && issue.compound().hasBranch() && !issue.has(listed) && rng.nextDouble() < s.acceptProb()) {
            issue.tag(listed);
            double now = context.now();
            accepted.add(issue.compound(), 1, now);
            if (issue.type() == IssueType.RENOVATION) {
                planned.add(issue.compound(), 1, now);
            }
        }
    }

    @Override
    public double successShift(Issue issue, Level level) {
        if (!issue.has(listed) || level != Level.DEPARTMENT) {
            return 0;
        }
        return issue.type() == IssueType.RENOVATION ? 1 : s.successUplift();
    }

    @Override
    public double serviceDays(Issue issue, Level level, double days) {
        if (!issue.has(listed) || level != Level.DEPARTMENT) {
            return days;
        }
        if (issue.type() == IssueType.RENOVATION) {
            double now = context.now();
            return Calendar.nextYearStart(now) - now + s.renovationConstructionDays();
        }
        return days * s.serviceFactor();
    }
}
