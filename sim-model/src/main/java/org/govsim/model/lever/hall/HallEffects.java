package org.govsim.model.lever.hall;

import org.govsim.model.issue.Issue;
import org.govsim.model.issue.IssueModifier;
import org.govsim.model.issue.IssueObserver;
import org.govsim.model.issue.IssueTag;
import org.govsim.model.issue.IssueType;
import org.govsim.model.issue.Level;
import org.govsim.model.issue.ServiceNetwork;
import org.govsim.model.metrics.Counter;

/** Decision odds at the hall, and the hall's supervision of repairs (tagged at the company's first visit, counted when settled). */
final class HallEffects implements IssueModifier, IssueObserver {
    private static final long serialVersionUID = 1L;

    private final HallSettings s;
    private final ServiceNetwork network;
    private final IssueTag supervisedTag;
    private final Counter supervised;

    HallEffects(HallSettings s, ServiceNetwork network, IssueTag supervisedTag, Counter supervised) {
        this.s = s;
        this.network = network;
        this.supervisedTag = supervisedTag;
        this.supervised = supervised;
    }

    @Override
    public double successShift(Issue issue, Level level) {
        if (level == Level.HALL) {
            return s.ruleShift() + s.committeeWeight() * (issue.compound().ownersCommittee().quality() - 0.5);
        }
        return supervises(issue, level) ? s.supervisionUplift() : 0;
    }

    @Override
    public double serviceDays(Issue issue, Level level, double days) {
        return supervises(issue, level) ? days * s.supervisionTimeFactor() : days;
    }

    @Override
    public void beforeService(Issue issue, Level level) {
        if (supervises(issue, level) && issue.escalations() == 0) {
            issue.tag(supervisedTag);
        }
    }

    @Override
    public void settled(Issue issue, Level level, double now) {
        if (issue.has(supervisedTag)) {
            supervised.add(issue.compound(), 1, now);
        }
    }

    private boolean supervises(Issue issue, Level level) {
        return s.supervision() && level == Level.PROPERTY && issue.type() == IssueType.REPAIR
                && network.pool(issue.compound(), Level.HALL) != null;
    }
}
