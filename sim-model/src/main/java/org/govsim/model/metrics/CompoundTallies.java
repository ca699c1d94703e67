package org.govsim.model.metrics;

import java.io.Serializable;
import org.govsim.model.issue.Issue;
import org.govsim.model.issue.IssueType;
import org.govsim.model.issue.Level;

/** What happened in each compound over the observed window: the counts behind compounds.csv. */
final class CompoundTallies implements Serializable {
    private static final long serialVersionUID = 1L;

    final long[] arrived;
    final long[] disputes;
    final long[] propertyDisputes;
    final long[] hotline;
    final long[] exited;
    final long[] settled;
    final double[] resolutionSum;
    final long[] resolutionCount;
    final double[] billed;
    final double[] collected;
    final double[] revenue;
    final double[] cost;

    CompoundTallies(int compounds) {
        arrived = new long[compounds];
        disputes = new long[compounds];
        propertyDisputes = new long[compounds];
        hotline = new long[compounds];
        exited = new long[compounds];
        settled = new long[compounds * Level.COUNT];
        resolutionSum = new double[compounds];
        resolutionCount = new long[compounds];
        billed = new double[compounds];
        collected = new double[compounds];
        revenue = new double[compounds];
        cost = new double[compounds];
    }

    void disputed(Issue issue) {
        int c = issue.compound().index();
        disputes[c]++;
        if (issue.type().domain() == IssueType.Domain.PROPERTY) {
            propertyDisputes[c]++;
        }
    }

    /** @param days report to settlement, or NaN for an issue the household settled itself before reporting */
    void settled(Issue issue, Level level, double days) {
        int c = issue.compound().index();
        settled[c * Level.COUNT + level.ordinal()]++;
        if (!Double.isNaN(days)) {
            resolutionSum[c] += days;
            resolutionCount[c]++;
        }
    }

    void month(int c, double billedYuan, double collectedYuan, double revenueYuan, double costYuan) {
        billed[c] += billedYuan;
        collected[c] += collectedYuan;
        revenue[c] += revenueYuan;
        cost[c] += costYuan;
    }

    long settledAt(int c, Level level) {
        return settled[c * Level.COUNT + level.ordinal()];
    }
}
