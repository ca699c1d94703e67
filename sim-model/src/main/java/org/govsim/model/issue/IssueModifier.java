package org.govsim.model.issue;

import java.io.Serializable;

/**
 * A lever's hook on how levels treat an issue: it may mark the issue when its service starts (an advisor
 * took part), shift the level's success probability, and change the service time. The core pipeline has
 * no knowledge of any lever; it applies every installed modifier in order.
 */
public interface IssueModifier extends Serializable {

    /** Called when service of the issue starts at a level, before its time is drawn. */
    default void beforeService(Issue issue, Level level) {
    }

    /** Added to the level's success probability (the sum is clamped to [0, 1]). */
    default double successShift(Issue issue, Level level) {
        return 0;
    }

    /** The service time, given the one drawn (and changed by earlier modifiers): scale it, or replace it. */
    default double serviceDays(Issue issue, Level level, double days) {
        return days;
    }
}
