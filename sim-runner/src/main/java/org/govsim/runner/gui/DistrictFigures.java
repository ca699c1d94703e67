package org.govsim.runner.gui;

import java.util.Arrays;
import java.util.List;
import org.govsim.model.District;
import org.govsim.model.actors.PropertyCompany;
import org.govsim.model.issue.Issue;
import org.govsim.model.issue.Level;
import org.govsim.model.world.Compound;
import org.govsim.model.world.Households;

/**
 * What the GUI shows of a district at the end of a simulated day, per compound and in total: open issues,
 * disputes in the last 30 days, satisfaction, fee collection, open issues by level and the ages of open issues.
 * Refreshed by the GUI after each day while it holds the schedule's lock, and read by the map, the
 * inspectors and the charts; it only reads the model.
 *
 * <p>Open issues by level and their ages come from the GUI's {@link OpenIssueRegister}. Figures made to show a
 * district before Play have none ({@link #knowsOpenIssues()} is false): the register only learns of issues that
 * arrive while it listens.
 */
public final class DistrictFigures {
    /** Open issues not yet with any level: being settled by the household itself, or latent. */
    public static final int UNREPORTED = Level.COUNT;
    /** Days over which the map and inspectors count recent disputes. */
    public static final int RECENT_DAYS = 30;

    private final District district;
    private final OpenIssueRegister register;
    private final Compound[] compounds;
    private final double[] satisfaction;
    private final RecentCounts disputes;
    private final int[] cumulativeDisputes;
    private final int[][] openByLevel;
    private double[] ages = new double[0];
    private double day;

    /**
     * @param register the GUI's register of open issues, listening to the district's arrivals; null for figures
     *                 that show a district before Play without listening to it
     */
    DistrictFigures(District district, OpenIssueRegister register) {
        this.district = district;
        this.register = register;
        this.compounds = district.compounds();
        this.satisfaction = new double[compounds.length];
        this.disputes = new RecentCounts(RECENT_DAYS, compounds.length);
        this.cumulativeDisputes = new int[compounds.length];
        this.openByLevel = new int[compounds.length][Level.COUNT + 1];
    }

    /** Reads the district as it is now. */
    void refresh() {
        day = Math.max(0, district.schedule.getTime());
        for (int c = 0; c < compounds.length; c++) {
            cumulativeDisputes[c] = compounds[c].disputes();
        }
        disputes.record((int) Math.floor(day), cumulativeDisputes);
        Households h = district.households();
        for (int c = 0; c < compounds.length; c++) {
            Compound k = compounds[c];
            double sum = 0;
            int end = k.firstHousehold() + k.households();
            for (int i = k.firstHousehold(); i < end; i++) {
                sum += h.propertySatisfaction(i) + h.governanceSatisfaction(i);
            }
            satisfaction[c] = k.households() == 0 ? Double.NaN : sum / (2.0 * k.households());
            Arrays.fill(openByLevel[c], 0);
        }
        List<Issue> open = register == null ? List.of() : register.open();
        double[] a = new double[open.size()];
        for (int i = 0; i < a.length; i++) {
            Issue issue = open.get(i);
            a[i] = day - issue.createdAt();
            Level level = issue.level();
            boolean unreported = level == null || level == Level.SELF || Double.isNaN(issue.reportedAt());
            openByLevel[issue.compound().index()][unreported ? UNREPORTED : level.ordinal()]++;
        }
        ages = a;
    }

    public District district() {
        return district;
    }

    /** The day of the last refresh. */
    public double day() {
        return day;
    }

    public int compounds() {
        return compounds.length;
    }

    public Compound compound(int c) {
        return compounds[c];
    }

    public int openIssues(int c) {
        return compounds[c].openIssues();
    }

    public double openIssuesPer100(int c) {
        return per100(compounds[c].openIssues(), c);
    }

    /** Disputes that arose in the compound in the last 30 days (or since the GUI started watching, if later). */
    public int recentDisputes(int c) {
        return disputes.recent(c);
    }

    public double recentDisputesPer100(int c) {
        return per100(recentDisputes(c), c);
    }

    /** Days {@link #recentDisputes} covers: 30, or fewer in a run's (or a reopened run's) first 30 days. */
    public int recentDisputeDays() {
        return disputes.daysCovered();
    }

    /** Whether open issues by level and their ages are known (false for a district shown before Play). */
    public boolean knowsOpenIssues() {
        return register != null;
    }

    /** Mean over the compound's households of the mean of property and governance satisfaction. */
    public double satisfaction(int c) {
        return satisfaction[c];
    }

    /** Fees collected over fees billed in the last month, NaN before the first bill. */
    public double feeCollectionRate(int c) {
        PropertyCompany company = compounds[c].company();
        return company.lastBilled() > 0 ? company.lastCollected() / company.lastBilled() : Double.NaN;
    }

    /** Open issues of the compound at a level (by ordinal), or not yet reported ({@link #UNREPORTED}). */
    public int openAt(int c, int levelOrUnreported) {
        return openByLevel[c][levelOrUnreported];
    }

    /** Ages in days of the open issues the GUI knows of (those that arrived while it watched). */
    public double[] openIssueAges() {
        return ages.clone();
    }

    /** District totals, for the Model tab's live figures. */
    public long openIssuesTotal() {
        return district.metrics().open();
    }

    public int recentDisputesTotal() {
        int sum = 0;
        for (int c = 0; c < compounds.length; c++) {
            sum += recentDisputes(c);
        }
        return sum;
    }

    /** Household-weighted mean satisfaction of the district. */
    public double satisfactionMean() {
        double sum = 0;
        long n = 0;
        for (int c = 0; c < compounds.length; c++) {
            if (!Double.isNaN(satisfaction[c])) {
                sum += satisfaction[c] * compounds[c].households();
                n += compounds[c].households();
            }
        }
        return n == 0 ? Double.NaN : sum / n;
    }

    /** Fees collected over billed in the last month, over all companies; NaN before the first bill. */
    public double feeCollectionRateTotal() {
        double billed = 0;
        double collected = 0;
        for (Compound k : compounds) {
            billed += k.company().lastBilled();
            collected += k.company().lastCollected();
        }
        return billed > 0 ? collected / billed : Double.NaN;
    }

    private double per100(int count, int c) {
        int hh = compounds[c].households();
        return hh == 0 ? 0 : 100.0 * count / hh;
    }
}
