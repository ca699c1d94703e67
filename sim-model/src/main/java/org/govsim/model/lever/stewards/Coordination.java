package org.govsim.model.lever.stewards;

import org.govsim.model.issue.HandoffRule;
import org.govsim.model.issue.Issue;
import org.govsim.model.issue.Level;
import org.govsim.model.lever.LeverContext;
import org.govsim.model.metrics.Counter;

/**
 * With the company's staff on the team, a case that fails at the company, the building group, the grid or the branch
 * of a team's compound is handed on by the team, not sent between offices: the hand-off is shortened.
 */
record Coordination(boolean[] team, double factor, LeverContext context, Counter coordinated) implements HandoffRule {
    @Override
    public double handoffDays(Issue issue, Level next, double days) {
        if (!team[issue.compound().index()] || !inCompound(issue.level())) {
            return days;
        }
        coordinated.add(issue.compound(), 1, context.now());
        return days * factor;
    }

    private static boolean inCompound(Level from) {
        return from == Level.PROPERTY || from == Level.BUILDING_GROUP || from == Level.GRID || from == Level.BRANCH;
    }
}
