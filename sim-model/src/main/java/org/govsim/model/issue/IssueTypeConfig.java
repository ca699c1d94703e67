package org.govsim.model.issue;

import java.io.Serializable;

/** One issue type's parameters. The arrival rate is per household per day. */
public record IssueTypeConfig(IssueType type, double ratePerHouseholdDay, double oldCompoundMultiplier, Level lowestLevel,
                              boolean conflictByNature, boolean collective, double expectedDays, double selfResolveProb)
        implements Serializable {
}
