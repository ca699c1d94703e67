package org.govsim.model.issue;

import java.io.Serializable;

/** A lever's hook on the delay between a failure at one level and the issue's arrival at the next. */
public interface HandoffRule extends Serializable {

    /** The hand-off time to {@code next}, given the one the core (and earlier rules) set. */
    double handoffDays(Issue issue, Level next, double days);
}
