package org.govsim.runner.gui;

import java.util.ArrayList;
import java.util.List;
import org.govsim.model.issue.ArrivalListener;
import org.govsim.model.issue.Issue;

/**
 * The GUI's list of the district's open issues, for the histogram of their ages and the count of open issues
 * by level in a compound's inspector. It listens to arrivals through the pipeline's public hook, reads nothing
 * but the issue and draws no random number, so it cannot change a run; closed issues are dropped when the GUI
 * next asks.
 *
 * <p>The list is transient: a register saved in a checkpoint comes back empty and inert, and the GUI adds a
 * fresh one to a reopened run, which knows the issues that arrive after reopening.
 */
final class OpenIssueRegister implements ArrivalListener {
    private static final long serialVersionUID = 1L;

    private transient List<Issue> issues = new ArrayList<>();

    @Override
    public void arrived(Issue issue, double now) {
        if (issues != null) {
            issues.add(issue);
        }
    }

    /** The issues still open, after dropping those settled or exited since the last call. */
    List<Issue> open() {
        if (issues == null) {
            return List.of();
        }
        issues.removeIf(i -> !i.isOpen());
        return issues;
    }
}
