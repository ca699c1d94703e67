package org.govsim.runner.gui;

import java.util.ArrayList;
import java.util.List;
import org.govsim.model.issue.Issue;
import org.govsim.model.issue.IssueObserver;

/**
 * The GUI's list of the district's open issues, for the histogram of their ages and the count of open issues
 * by level in a compound's inspector. It watches arrivals from outside the model (the pipeline does not save its
 * watchers with a checkpoint), reads nothing but the issue and draws no random number, so it cannot change a run;
 * closed issues are dropped when the GUI next asks. A reopened run gets a fresh register, which knows the issues
 * that arrive after reopening.
 */
final class OpenIssueRegister implements IssueObserver {
    private static final long serialVersionUID = 1L;

    private final List<Issue> issues = new ArrayList<>();

    @Override
    public void arrived(Issue issue, double now) {
        issues.add(issue);
    }

    /** The issues still open, after dropping those settled or exited since the last call. */
    List<Issue> open() {
        issues.removeIf(i -> !i.isOpen());
        return issues;
    }
}
