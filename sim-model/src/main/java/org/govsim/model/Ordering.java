package org.govsim.model;

/** Named phases within one day on MASON's Schedule: issue events first, then monthly processes, then observation. */
public final class Ordering {
    public static final int ISSUE_EVENTS = 0;
    public static final int MONTHLY = 1;
    public static final int OBSERVE = 2;
    public static final int END = 3;

    private Ordering() {
    }
}
