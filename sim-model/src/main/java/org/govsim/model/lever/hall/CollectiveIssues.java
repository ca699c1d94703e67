package org.govsim.model.lever.hall;

import org.govsim.model.issue.Issue;
import org.govsim.model.issue.IssueTypeConfig;
import org.govsim.model.issue.Level;
import org.govsim.model.issue.RoutingRule;
import org.govsim.model.issue.ServiceNetwork;

/** A collective issue (one that needs the owners to decide together) goes first to the compound's hall, if it has one. */
record CollectiveIssues(ServiceNetwork network, IssueTypeConfig[] types) implements RoutingRule {
    @Override
    public Level firstLevel(Issue issue, Level chosen) {
        boolean collective = types[issue.type().ordinal()].collective();
        return collective && network.pool(issue.compound(), Level.HALL) != null ? Level.HALL : chosen;
    }
}
