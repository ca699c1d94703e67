package org.govsim.model.metrics;

import java.util.LinkedHashMap;
import java.util.Map;
import org.govsim.model.issue.IssueType;
import org.govsim.model.issue.Level;

/**
 * Turns the observer's window counts and the end state into the run's summary row (runs.csv), in a fixed
 * column order. Rates are per 1000 households per 30-day month over the observed window; shares of settled
 * issues count issues that ended (settled or exited) in the window; resolution times run from report to
 * settlement for reported issues settled in the window.
 */
public final class RunSummary {
    private static final double DAYS_PER_MONTH = 30.0;
    private static final double DAYS_PER_YEAR = 360.0;

    private RunSummary() {
    }

    /** The state of the district at the end of the run. */
    public record EndState(int compounds, int households, long residents, MonthlyAccounts accounts,
                           double ownersCommitteeQualityMean, int branches) {
    }

    public static Map<String, Double> of(MetricsObserver m, EndState end) {
        Map<String, Double> s = new LinkedHashMap<>();
        double rate = 1000.0 / m.households() / (m.windowDays() / DAYS_PER_MONTH);
        long windowArrived = sum(m.windowArrivedByType);
        long windowDisputes = sum(m.windowDisputesByType);
        long windowSettled = sum(m.windowSettledByLevel);
        long ended = windowSettled + m.windowExited;
        long inCompound = 0;
        for (Level l : Level.values()) {
            if (l.inCompound()) {
                inCompound += m.windowSettledByLevel[l.ordinal()];
            }
        }
        s.put("compounds", (double) end.compounds());
        s.put("households", (double) end.households());
        s.put("residents", (double) end.residents());
        s.put("issues_arrived", (double) m.arrived());
        s.put("issues_settled", (double) m.settled());
        s.put("issues_exited", (double) m.exited());
        s.put("issues_open", (double) m.open());
        s.put("issues_per_1000hh_month", windowArrived * rate);
        s.put("disputes_per_1000hh_month", windowDisputes * rate);
        s.put("property_disputes_per_1000hh_month",
                (m.windowDisputesByType[IssueType.REPAIR.ordinal()] + m.windowDisputesByType[IssueType.PROPERTY_SERVICE.ordinal()]) * rate);
        s.put("resolution_days_mean", m.windowResolutionDays.mean());
        double[] resolution = m.windowResolutionDays.quantiles(0.5, 0.9);
        s.put("resolution_days_median", resolution[0]);
        s.put("resolution_days_p90", resolution[1]);
        s.put("wait_days_mean", m.windowServiceStarts == 0 ? Double.NaN : m.windowWaitSum / m.windowServiceStarts);
        s.put("share_settled_in_compound", share(inCompound, ended));
        s.put("share_settled_in_compound_non_repair", share(m.windowNonRepairSettledInCompound, m.windowNonRepairEnded));
        s.put("share_exited", share(m.windowExited, ended));
        s.put("escalations_per_issue", share(m.windowEscalations, windowArrived));
        s.put("share_found_by_channel", share(m.windowFoundByChannel, m.windowReported));
        s.put("satisfaction_mean", end.accounts().satisfactionMean());
        s.put("satisfaction_property_mean", end.accounts().propertySatisfactionMean());
        s.put("satisfaction_governance_mean", end.accounts().governanceSatisfactionMean());
        s.put("trust_mean", end.accounts().trustMean());
        s.put("fee_collection_rate", m.windowBilled > 0 ? m.windowCollected / m.windowBilled : Double.NaN);
        s.put("funding_gap_yuan", (m.windowBilled - m.windowCollected) * DAYS_PER_YEAR / m.windowDays());
        s.put("property_effort_mean", end.accounts().effortMean());
        for (IssueType t : IssueType.values()) {
            s.put(t.column() + "_per_1000hh_month", m.windowArrivedByType[t.ordinal()] * rate);
            s.put(t.column() + "_disputes_per_1000hh_month", m.windowDisputesByType[t.ordinal()] * rate);
        }
        for (Level l : Level.values()) {
            s.put("settled_at_" + l.name().toLowerCase() + "_share", share(m.windowSettledByLevel[l.ordinal()], windowSettled));
        }
        LeverCounters c = m.levers();
        s.put("branches", (double) end.branches());
        s.put("owners_committee_quality_mean", end.ownersCommitteeQualityMean());
        for (LeverCount k : LeverCount.values()) {
            s.put(k.column(), c.get(k));
        }
        s.put("meetings_per_installed_elevator", ratio(c.get(LeverCount.ELEVATOR_MEETINGS_INSTALLED), c.get(LeverCount.ELEVATORS_INSTALLED)));
        s.put("days_to_consent_mean", ratio(c.get(LeverCount.ELEVATOR_DAYS_TO_CONSENT), c.get(LeverCount.ELEVATORS_CONSENTED)));
        s.put("surge_staffing_hours_mean", ratio(c.get(LeverCount.SURGE_STAFFING_HOURS), c.get(LeverCount.SURGE_RESPONSES)));
        return s;
    }

    private static double ratio(double part, double whole) {
        return whole == 0 ? Double.NaN : part / whole;
    }

    private static double share(long part, long whole) {
        return whole == 0 ? Double.NaN : (double) part / whole;
    }

    private static long sum(long[] values) {
        long s = 0;
        for (long v : values) {
            s += v;
        }
        return s;
    }
}
