package org.govsim.model.metrics;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.govsim.model.engine.Calendar;
import org.govsim.model.issue.IssueType;
import org.govsim.model.issue.Level;

/**
 * Turns the observer's window counts, its counters and the end state into the run's summary row (runs.csv), in
 * the catalogue's column order. Rates are per 1000 households per 30-day month over the observed window; shares
 * of settled issues count issues that ended (settled or exited) in the window; resolution times run from report
 * to settlement for reported issues settled in the window. A column the catalogue declares and nothing computes,
 * or the reverse, is an error: the declaration and the figures cannot drift apart.
 */
public final class RunSummary {

    private RunSummary() {
    }

    /** The state of the district at the end of the run. */
    public record EndState(int compounds, int households, long residents, int grids, MonthlyAccounts accounts,
                           double ownersCommitteeQualityMean, int branches) {
    }

    public static Map<String, Double> of(MetricsObserver m, EndState end) {
        Map<String, Double> s = new HashMap<>();
        double rate = 1000.0 / m.households() / (m.windowDays() / Calendar.DAYS_PER_MONTH);
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
        s.put("grids", (double) end.grids());
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
        s.put("hotline_per_1000hh_month", (m.windowHotlineCalls + m.windowExited) * rate);
        s.put("property_hotline_per_1000hh_month", (m.windowPropertyHotlineCalls + m.windowPropertyExited) * rate);
        s.put("escalations_per_issue", share(m.windowEscalations, windowArrived));
        s.put("reworks_per_issue", share(m.windowReworks, windowArrived));
        s.put("share_found_by_channel", share(m.windowFoundByChannel, m.windowReported));
        s.put("satisfaction_mean", end.accounts().satisfactionMean());
        s.put("satisfaction_property_mean", end.accounts().propertySatisfactionMean());
        s.put("satisfaction_governance_mean", end.accounts().governanceSatisfactionMean());
        s.put("trust_mean", end.accounts().trustMean());
        s.put("fee_collection_rate", m.windowBilled > 0 ? m.windowCollected / m.windowBilled : Double.NaN);
        s.put("funding_gap_yuan", (m.windowBilled - m.windowCollected) * Calendar.DAYS_PER_YEAR / m.windowDays());
        s.put("property_effort_mean", end.accounts().effortMean());
        for (IssueType t : IssueType.values()) {
            s.put(t.column() + "_per_1000hh_month", m.windowArrivedByType[t.ordinal()] * rate);
            s.put(t.column() + "_disputes_per_1000hh_month", m.windowDisputesByType[t.ordinal()] * rate);
        }
        for (Level l : Level.values()) {
            s.put("settled_at_" + l.column() + "_share", share(m.windowSettledByLevel[l.ordinal()], windowSettled));
        }
        s.put("disputes_unreported_share", share(m.windowDisputesByLevel[MetricsObserver.UNREPORTED], windowDisputes));
        s.put("disputes_called_in_share", share(m.windowDisputesByLevel[MetricsObserver.CALLED_IN], windowDisputes));
        for (Level l : Level.values()) {
            s.put("disputes_at_" + l.column() + "_share", share(m.windowDisputesByLevel[l.ordinal()], windowDisputes));
        }
        s.put("branches", (double) end.branches());
        s.put("owners_committee_quality_mean", end.ownersCommitteeQualityMean());
        return inCatalogOrder(m, s);
    }

    /** Adds the counters and their ratios, and lays every figure out in the catalogue's order. */
    private static Map<String, Double> inCatalogOrder(MetricsObserver m, Map<String, Double> computed) {
        Map<String, Double> row = new LinkedHashMap<>();
        for (MetricDef d : m.catalog().of(MetricDef.Scope.RUN)) {
            Double v;
            if (d.ratio() != null) {
                v = ratio(m.counter(d.ratio().numerator()).total(), m.counter(d.ratio().denominator()).total());
            } else if (d.isCounter() && !computed.containsKey(d.column())) {
                v = m.counter(d.column()).total();
            } else {
                v = computed.remove(d.column());
                if (v == null) {
                    throw new IllegalStateException("metric " + d.column() + " is declared but nothing computes it");
                }
            }
            row.put(d.column(), v);
        }
        if (!computed.isEmpty()) {
            throw new IllegalStateException("figures computed but not declared as metrics: " + computed.keySet());
        }
        return row;
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
