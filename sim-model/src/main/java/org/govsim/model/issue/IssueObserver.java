package org.govsim.model.issue;

import java.io.Serializable;

/** What the pipeline tells the observer that measures (MODEL.md §5); agents never write their own output. */
public interface IssueObserver extends Serializable {

    void arrived(Issue issue, double now);

    /** The issue became a dispute: at arrival (conflict by nature), out of latency, or when patience ran out. */
    void disputed(Issue issue, double now);

    /** The issue reached the chain: reported by the household or found by a channel. */
    void reported(Issue issue, double now);

    void serviceStarted(Issue issue, double waitDays, double now);

    void escalated(Issue issue, double now);

    void settled(Issue issue, Level level, double now);

    /** The household took the issue to the 12345 hotline or a court: it left the chain unsettled. */
    void exited(Issue issue, double now);
}
