package org.govsim.model.engine;

/**
 * Named phases within one day on MASON's Schedule: issue events first, then levers' periodic processes
 * (meetings, volunteers' month, events), then the monthly billing cycle, then the end of the run.
 */
public final class Ordering {
    public static final int ISSUE_EVENTS = 0;
    public static final int LEVERS = 1;
    public static final int MONTHLY = 2;
    public static final int END = 3;

    private Ordering() {
    }
}
