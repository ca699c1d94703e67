package org.govsim.model.lever.stewards;

import org.govsim.model.issue.Issue;
import org.govsim.model.issue.IssueModifier;
import org.govsim.model.issue.IssueObserver;
import org.govsim.model.issue.IssueTag;
import org.govsim.model.issue.Level;
import org.govsim.model.metrics.Counter;

/**
 * A team mediates the neighbour disputes and backs the security incidents of its compound at the levels it works with
 * (building group, grid, branch): the case is tagged, its success shifted, and counted when settled.
 */
record StewardMediation(boolean[] team, double neighbourUplift, double securityUplift, IssueTag part, Counter settled)
        implements IssueModifier, IssueObserver {

    @Override
    public void beforeService(Issue issue, Level level) {
        if (uplift(issue, level) > 0) {
            issue.tag(part);
        }
    }

    @Override
    public double successShift(Issue issue, Level level) {
        return uplift(issue, level);
    }

    @Override
    public void settled(Issue issue, Level level, double now) {
        if (issue.has(part)) {
            settled.add(issue.compound(), 1, now);
        }
    }

    private double uplift(Issue issue, Level level) {
        if (!team[issue.compound().index()] || !(level == Level.BUILDING_GROUP || level == Level.GRID || level == Level.BRANCH)) {
            return 0;
        }
        return switch (issue.type()) {
            case NEIGHBOUR -> neighbourUplift;
            case SECURITY -> securityUplift;
            default -> 0;
        };
    }
}
