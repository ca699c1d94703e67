package org.govsim.model.lever.emergency;

import ec.util.MersenneTwisterFast;
import org.govsim.model.issue.Issue;
import org.govsim.model.issue.IssueModifier;
import org.govsim.model.issue.IssueTag;
import org.govsim.model.issue.IssueType;
import org.govsim.model.issue.Level;
import org.govsim.model.lever.LeverContext;
import org.govsim.model.metrics.Counter;

/**
 * When the grid (or whichever level first takes it) starts on an emergency, the community's team is called: if enough
 * members are on the spot before the deadline, the team handles it (its time is the staffing time plus a short
 * handling, and it succeeds more often); otherwise the level handles it as it would. The call is drawn when the
 * service time is, so the tags it sets are read by this lever's own success shift only.
 */
final class EmergencyResponse implements IssueModifier {
    private static final long serialVersionUID = 1L;

    private final EmergencySettings s;
    private final CommunityTeam[] teams;
    private final LeverContext context;
    private final MersenneTwisterFast rng;
    private final IssueTag called;
    private final IssueTag answered;
    private final Counter answeredCount;
    private final Counter missedCount;
    private final Counter staffingHours;

    EmergencyResponse(EmergencySettings s, CommunityTeam[] teams, LeverContext context, MersenneTwisterFast rng) {
        this.s = s;
        this.teams = teams;
        this.context = context;
        this.rng = rng;
        this.called = context.tag("called");
        this.answered = context.tag("answered");
        this.answeredCount = context.counter("emergencies_answered");
        this.missedCount = context.counter("emergencies_missed");
        this.staffingHours = context.counter("emergency_staffing_hours");
    }

    @Override
    public double serviceDays(Issue issue, Level level, double days) {
        if (issue.type() != IssueType.EMERGENCY || issue.has(called)) {
            return days;
        }
        CommunityTeam team = teams[issue.compound().community().index()];
        if (team == null) {
            return days;
        }
        issue.tag(called);
        double now = context.now();
        double hours = CommunityTeam.kthArrivalHours(team.accepting(rng), s.respondersPerEmergency(), s.responseHours(), rng);
        if (hours > s.deadlineHours()) {
            missedCount.add(issue.compound(), 1, now);
            return days;
        }
        issue.tag(answered);
        answeredCount.add(issue.compound(), 1, now);
        staffingHours.add(issue.compound(), hours, now);
        return hours / 24.0 + s.handlingDays();
    }

    @Override
    public double successShift(Issue issue, Level level) {
        // where the team was called (the first level); once escalated the case has left the team's hands
        return issue.has(answered) && issue.escalations() == 0 ? s.successUplift() : 0;
    }
}
