package org.govsim.model.config;

import org.govsim.model.issue.IssueType;
import org.govsim.model.issue.Level;
import org.govsim.model.param.ParamValues;

/** One issue type's parameters. The arrival rate is per household per day, converted once here. */
public record IssueTypeConfig(IssueType type, double ratePerHouseholdDay, double oldCompoundMultiplier, Level lowestLevel,
                              boolean conflictByNature, boolean collective, double expectedDays, double selfResolveProb) implements java.io.Serializable {

    /** Days in the model's month; rates are given per month and the calendar is 12 months of 30 days. */
    public static final double DAYS_PER_MONTH = 30.0;

    public static IssueTypeConfig from(ParamValues p, IssueType t) {
        String k = "issues." + t.key() + ".";
        return new IssueTypeConfig(t,
                p.real(k + "ratePer1000HouseholdsMonth") / 1000.0 / DAYS_PER_MONTH,
                p.real(k + "oldCompoundMultiplier"),
                p.choice(k + "lowestLevel", Level.class),
                p.bool(k + "conflictByNature"),
                p.bool(k + "collective"),
                p.real(k + "expectedDays"),
                p.real(k + "selfResolveProb"));
    }
}
