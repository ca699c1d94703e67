package org.govsim.model.issue;

import java.io.Serializable;

/**
 * What the pipeline tells those who watch an issue's life: the observer that measures (MODEL.md §5), and levers
 * that count what they took part in. Agents never write their own output. Every method is optional.
 */
public interface IssueObserver extends Serializable {

    default void arrived(Issue issue, double now) {
    }

    /** The issue became a dispute: at arrival (conflict by nature), out of latency, or when patience ran out. */
    default void disputed(Issue issue, double now) {
    }

    /** The issue reached the chain: reported by the household or found by a channel. */
    default void reported(Issue issue, double now) {
    }

    default void serviceStarted(Issue issue, double waitDays, double now) {
    }

    default void escalated(Issue issue, double now) {
    }

    /** The household raised the issue by calling the 12345 hotline, which dispatches it back down the chain. */
    default void calledHotline(Issue issue, double now) {
    }

    /** The first level failed and will try again (a repair goes back to the company). */
    default void reworked(Issue issue, double now) {
    }

    default void settled(Issue issue, Level level, double now) {
    }

    /** The issue joined a level, to be served there or to wait (a hall collects a demand when the issue joins it). */
    default void admitted(Issue issue, Level level, double now) {
    }

    /** The household took the issue to the 12345 hotline or a court: it left the chain unsettled. */
    default void exited(Issue issue, double now) {
    }
}
