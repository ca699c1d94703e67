package org.govsim.model.lever.hall;

import org.govsim.model.issue.Issue;
import org.govsim.model.issue.IssueModifier;
import org.govsim.model.issue.IssueObserver;
import org.govsim.model.issue.IssueTag;
import org.govsim.model.issue.IssueType;
import org.govsim.model.issue.Level;
import org.govsim.model.issue.ServiceNetwork;
import org.govsim.model.metrics.Counter;
import org.govsim.model.world.Households;

/**
 * Decision odds at the hall, the hall's supervision of repairs (tagged at the company's first visit, counted when
 * settled), the demands it collects (every issue that joins it, taken up yet or not, once), and participation: a household
 * whose item a meeting takes up gains trust.
 */
final class HallEffects implements IssueModifier, IssueObserver {
    private static final long serialVersionUID = 1L;

    private final HallSettings s;
    private final ServiceNetwork network;
    private final Households households;
    private final double participationGain;
    private final IssueTag supervisedTag;
    private final Counter supervised;
    private final Counter demands;
    private final IssueTag demandTag;

    HallEffects(HallSettings s, ServiceNetwork network, Households households, double participationGain, IssueTag supervisedTag,
                Counter supervised, Counter demands, IssueTag demandTag) {
        this.s = s;
        this.network = network;
        this.households = households;
        this.participationGain = participationGain;
        this.supervisedTag = supervisedTag;
        this.supervised = supervised;
        this.demands = demands;
        this.demandTag = demandTag;
    }

    @Override
    public void admitted(Issue issue, Level level, double now) {
        if (level == Level.HALL && !issue.has(demandTag)) {
            issue.tag(demandTag); // a hotline call the hall gets back is the same demand, collected once
            demands.add(issue.compound(), 1, now);
        }
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
        if (level == Level.HALL) {
            households.raiseTrust(issue.household(), participationGain); // the household took part in the meeting on its item
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
