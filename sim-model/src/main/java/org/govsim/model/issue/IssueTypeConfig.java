package org.govsim.model.issue;

import java.io.Serializable;

/**
 * One issue type's parameters. The arrival rate is per household per day. It starts at {@code lowestLevel}, its first
 * escalation goes to {@code escalatesTo} (or higher), and it climbs no higher than {@code highestLevel}; the first
 * level redoes a failed case {@code reworks} times first. A {@code conflict} sets parties against each other.
 */
public record IssueTypeConfig(IssueType type, double ratePerHouseholdDay, double oldCompoundMultiplier, Level lowestLevel,
                              Level escalatesTo, Level highestLevel, int reworks, boolean conflict, boolean collective,
                              double expectedDays, double selfResolveProb, double hotlineShare) implements Serializable {
}
