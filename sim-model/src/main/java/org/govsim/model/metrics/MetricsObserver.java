package org.govsim.model.metrics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.govsim.model.issue.Issue;
import org.govsim.model.issue.IssueObserver;
import org.govsim.model.issue.IssueType;
import org.govsim.model.issue.Level;

/**
 * The one observer that measures the district (Mesa's DataCollector): counts over the whole run (for the
 * conservation check arrived = settled + open + exited), counts over the observed window (after burn-in)
 * for the run's summary, and monthly counts for the time series.
 */
public final class MetricsObserver implements IssueObserver {
    private static final long serialVersionUID = 1L;

    private final MetricCatalog catalog;
    private final double windowStart;
    private final double windowEnd;
    private final int households;
    private final Map<String, Counter> counters = new LinkedHashMap<>();

    private long arrived;
    private long settled;
    private long exited;

    final long[] windowArrivedByType = new long[IssueType.COUNT];
    final long[] windowDisputesByType = new long[IssueType.COUNT];
    final long[] windowSettledByLevel = new long[Level.COUNT];
    /** where issues stood when they became disputes: a level, not yet reported (festered), or called in to the hotline */
    final long[] windowDisputesByLevel = new long[Level.COUNT + 2];
    static final int UNREPORTED = Level.COUNT;
    static final int CALLED_IN = Level.COUNT + 1;
    long windowExited;
    long windowPropertyExited;
    long windowHotlineCalls;
    long windowPropertyHotlineCalls;
    long windowReworks;
    /** the same two counts leaving out routine repairs, which the property company settles and which dwarf the rest */
    long windowNonRepairSettledInCompound;
    long windowNonRepairEnded;
    long windowEscalations;
    long windowReported;
    long windowFoundByChannel;
    long windowServiceStarts;
    double windowWaitSum;
    final FloatSeries windowResolutionDays = new FloatSeries();
    double windowBilled;
    double windowCollected;

    private long monthArrived;
    private long monthDisputes;
    private long monthPropertyDisputes;
    private long monthSettled;
    private long monthExited;
    private long monthEscalations;
    private double monthResolutionSum;
    private long monthResolutionCount;
    private final List<MonthlySnapshot> months = new ArrayList<>();
    /** each compound's window tallies, for compounds.csv */
    final CompoundTallies compounds;

    public MetricsObserver(MetricCatalog catalog, double windowStart, double windowEnd, int households, int compounds) {
        this.catalog = catalog;
        this.windowStart = windowStart;
        this.windowEnd = windowEnd;
        this.households = households;
        this.compounds = new CompoundTallies(compounds);
        for (MetricDef d : catalog.counters()) {
            counters.put(d.column(), new Counter(d, this, compounds));
        }
    }

    public MetricCatalog catalog() {
        return catalog;
    }

    /** A declared counter of runs.csv; every counter exists in every run, so a lever that is off leaves it at 0. */
    public Counter counter(String column) {
        Counter c = counters.get(column);
        if (c == null) {
            throw new IllegalArgumentException("no counter '" + column + "' is declared");
        }
        return c;
    }

    /** True for times inside the observed window (after burn-in, before the end). */
    public boolean inWindow(double t) {
        return t >= windowStart && t < windowEnd;
    }

    @Override
    public void arrived(Issue issue, double now) {
        arrived++;
        monthArrived++;
        if (inWindow(now)) {
            windowArrivedByType[issue.type().ordinal()]++;
            compounds.arrived[issue.compound().index()]++;
        }
    }

    @Override
    public void disputed(Issue issue, double now) {
        monthDisputes++;
        if (issue.type().domain() == IssueType.Domain.PROPERTY) {
            monthPropertyDisputes++;
        }
        if (inWindow(now)) {
            windowDisputesByType[issue.type().ordinal()]++;
            compounds.disputed(issue);
            windowDisputesByLevel[issue.level() != null ? issue.level().ordinal() : issue.calledHotline() ? CALLED_IN : UNREPORTED]++;
        }
    }

    @Override
    public void calledHotline(Issue issue, double now) {
        if (inWindow(now)) {
            windowHotlineCalls++;
            compounds.hotline[issue.compound().index()]++;
            if (issue.type().domain() == IssueType.Domain.PROPERTY) {
                windowPropertyHotlineCalls++;
            }
        }
    }

    @Override
    public void reworked(Issue issue, double now) {
        if (inWindow(now)) {
            windowReworks++;
        }
    }

    @Override
    public void reported(Issue issue, double now) {
        if (inWindow(now)) {
            windowReported++;
            if (issue.found() == Issue.Found.CHANNEL) {
                windowFoundByChannel++;
            }
        }
    }

    @Override
    public void serviceStarted(Issue issue, double waitDays, double now) {
        if (inWindow(now)) {
            windowServiceStarts++;
            windowWaitSum += waitDays;
        }
    }

    @Override
    public void escalated(Issue issue, double now) {
        monthEscalations++;
        if (inWindow(now)) {
            windowEscalations++;
        }
    }

    @Override
    public void settled(Issue issue, Level level, double now) {
        settled++;
        monthSettled++;
        boolean reported = !Double.isNaN(issue.reportedAt());
        double days = now - issue.reportedAt();
        if (reported) {
            monthResolutionSum += days;
            monthResolutionCount++;
        }
        if (inWindow(now)) {
            windowSettledByLevel[level.ordinal()]++;
            if (issue.type() != IssueType.REPAIR) {
                windowNonRepairEnded++;
                if (level.inCompound()) {
                    windowNonRepairSettledInCompound++;
                }
            }
            if (reported) {
                windowResolutionDays.add(days);
            }
            compounds.settled(issue, level, reported ? days : Double.NaN);
        }
    }

    @Override
    public void exited(Issue issue, double now) {
        exited++;
        monthExited++;
        if (inWindow(now)) {
            windowExited++;
            compounds.exited[issue.compound().index()]++;
            compounds.hotline[issue.compound().index()]++;
            if (issue.type().domain() == IssueType.Domain.PROPERTY) {
                windowPropertyExited++;
            }
            if (issue.type() != IssueType.REPAIR) {
                windowNonRepairEnded++;
            }
        }
    }

    /** One compound's month of fees and its company's books, counted if the month was observed (as {@link #closeMonth}). */
    public void compoundMonth(double now, int compound, double billed, double collected, double revenue, double cost) {
        if (now > windowStart && now <= windowEnd) {
            compounds.month(compound, billed, collected, revenue, cost);
        }
    }

    /** Called at each month's end with the billing pass's sums; records a snapshot if the month was observed. */
    public void closeMonth(double now, MonthlyAccounts accounts) {
        if (now > windowStart && now <= windowEnd) {
            windowBilled += accounts.billed();
            windowCollected += accounts.collected();
            months.add(snapshot(now, accounts));
        }
        monthArrived = 0;
        monthDisputes = 0;
        monthPropertyDisputes = 0;
        monthSettled = 0;
        monthExited = 0;
        monthEscalations = 0;
        monthResolutionSum = 0;
        monthResolutionCount = 0;
    }

    private MonthlySnapshot snapshot(double now, MonthlyAccounts a) {
        double per1000 = 1000.0 / households;
        Map<String, Double> v = new LinkedHashMap<>();
        // in the order of CoreMetrics.month(), which RunSummary checks
        v.put("issues_per_1000hh", monthArrived * per1000);
        v.put("disputes_per_1000hh", monthDisputes * per1000);
        v.put("property_disputes_per_1000hh", monthPropertyDisputes * per1000);
        v.put("settled", (double) monthSettled);
        v.put("exited", (double) monthExited);
        v.put("escalations", (double) monthEscalations);
        v.put("open_issues", (double) open());
        v.put("resolution_days_mean", monthResolutionCount == 0 ? Double.NaN : monthResolutionSum / monthResolutionCount);
        v.put("satisfaction_mean", a.satisfactionMean());
        v.put("satisfaction_property_mean", a.propertySatisfactionMean());
        v.put("satisfaction_governance_mean", a.governanceSatisfactionMean());
        v.put("trust_mean", a.trustMean());
        v.put("fee_collection_rate", a.collectionRate());
        v.put("funding_gap_yuan", a.fundingGap());
        v.put("property_effort_mean", a.effortMean());
        return new MonthlySnapshot(now, v);
    }

    public long arrived() {
        return arrived;
    }

    public long settled() {
        return settled;
    }

    public long exited() {
        return exited;
    }

    /** Issues arrived and neither settled nor exited. */
    public long open() {
        return arrived - settled - exited;
    }

    public List<MonthlySnapshot> months() {
        return List.copyOf(months);
    }

    double windowDays() {
        return windowEnd - windowStart;
    }

    int households() {
        return households;
    }
}
