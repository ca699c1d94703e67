package org.govsim.model.lever.advisors;

import ec.util.MersenneTwisterFast;
import org.govsim.model.issue.Issue;
import org.govsim.model.issue.IssueModifier;
import org.govsim.model.issue.IssueObserver;
import org.govsim.model.issue.IssueTag;
import org.govsim.model.issue.IssueType;
import org.govsim.model.issue.Level;
import org.govsim.model.metrics.Counter;
import org.govsim.model.world.Compound;

/**
 * Advisors take part in their compounds' hard problems (not routine repairs): in every one they found on a visit,
 * and at the branch in proportion to the cases they carry there (their servers' share). They raise the branch's
 * success (up to a full effect at a few advisors), the hall's, and the community's at joint meetings; the issues
 * they took part in and that were settled are counted.
 */
final class AdvisorInvolvement implements IssueModifier, IssueObserver {
    private static final long serialVersionUID = 1L;
    /** The advisors' capacity at a compound's branch level. */
    static final String CONTRIBUTOR = "advisors";

    private final AdvisorSettings s;
    private final AdvisorDeployment.Stationed stationed;
    private final HouseholdVisits visits;
    private final IssueTag involved;
    private final MersenneTwisterFast rng;
    private final Counter settled;

    AdvisorInvolvement(AdvisorSettings s, AdvisorDeployment.Stationed stationed, HouseholdVisits visits, IssueTag involved,
                       MersenneTwisterFast rng, Counter settled) {
        this.s = s;
        this.stationed = stationed;
        this.visits = visits;
        this.involved = involved;
        this.rng = rng;
        this.settled = settled;
    }

    @Override
    public void beforeService(Issue issue, Level level) {
        int advisors = stationed.in(issue.compound());
        if (advisors == 0 || issue.type() == IssueType.REPAIR) {
            return;
        }
        boolean part = issue.foundBy() == visits;
        if (!part && level == Level.BRANCH) {
            int servers = issue.pool().servers();
            part = servers > 0 && rng.nextDouble() * servers < advisors * s.serversPerAdvisor();
        }
        if (part) {
            issue.tag(involved);
        }
    }

    @Override
    public double successShift(Issue issue, Level level) {
        Compound c = issue.compound();
        int a = stationed.in(c);
        if (a == 0) {
            return 0;
        }
        return switch (level) {
            case BRANCH -> s.successUplift() * Math.min(a, s.fullEffectAdvisors()) / (double) s.fullEffectAdvisors();
            case HALL -> s.hallUplift();
            case COMMUNITY -> s.jointMeetingUplift();
            default -> 0;
        };
    }

    @Override
    public void settled(Issue issue, Level level, double now) {
        if (issue.has(involved)) {
            settled.add(issue.compound(), 1, now);
        }
    }
}
