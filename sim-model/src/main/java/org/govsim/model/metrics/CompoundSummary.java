package org.govsim.model.metrics;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.govsim.model.actors.PropertyCompany;
import org.govsim.model.engine.Calendar;
import org.govsim.model.issue.Level;
import org.govsim.model.world.Compound;
import org.govsim.model.world.Households;

/**
 * Turns the observer's per-compound tallies, the levers' per-compound figures and counters, and each compound's end
 * state into compounds.csv's rows, in the catalogue's column order: the core's compound figures, the levers' figures,
 * then the counters kept compound by compound. Like {@link RunSummary}, a declared column nothing fills is an error.
 */
public final class CompoundSummary {
    private CompoundSummary() {
    }

    /** The columns of compounds.csv after its identity columns, in order. */
    public static List<String> columns(MetricCatalog catalog) {
        List<String> cols = new ArrayList<>(catalog.columns(MetricDef.Scope.COMPOUND));
        for (MetricDef d : catalog.counters()) {
            if (d.byCompound()) {
                cols.add(d.column());
            }
        }
        return cols;
    }

    public static CompoundResults of(MetricsObserver m, Compound[] compounds, Households households, CompoundFigures figures) {
        List<String> columns = columns(m.catalog());
        CompoundTallies t = m.compounds;
        double months = m.windowDays() / Calendar.DAYS_PER_MONTH;
        double years = m.windowDays() / Calendar.DAYS_PER_YEAR;
        double[][] values = new double[compounds.length][];
        List<String> names = new ArrayList<>();
        for (Compound c : compounds) {
            int k = c.index();
            double rate = 1000.0 / c.households() / months;
            Map<String, Double> v = new HashMap<>();
            v.put("community", (double) c.community().index());
            v.put("grid", (double) c.grid().index());
            v.put("old", c.isOld() ? 1.0 : 0.0);
            v.put("households", (double) c.households());
            v.put("branch", c.hasBranch() ? 1.0 : 0.0);
            v.put("issues_per_1000hh_month", t.arrived[k] * rate);
            v.put("disputes_per_1000hh_month", t.disputes[k] * rate);
            v.put("property_disputes_per_1000hh_month", t.propertyDisputes[k] * rate);
            v.put("hotline_per_1000hh_month", t.hotline[k] * rate);
            for (Level l : Level.values()) {
                v.put("settled_at_" + l.column(), (double) t.settledAt(k, l));
            }
            v.put("exited", (double) t.exited[k]);
            v.put("resolution_days_mean", t.resolutionCount[k] == 0 ? Double.NaN : t.resolutionSum[k] / t.resolutionCount[k]);
            double satisfaction = 0;
            double trust = 0;
            for (int h = c.firstHousehold(); h < c.firstHousehold() + c.households(); h++) {
                satisfaction += households.propertySatisfaction(h) + households.governanceSatisfaction(h);
                trust += households.trust(h);
            }
            v.put("satisfaction_mean", satisfaction / (2.0 * c.households()));
            v.put("trust_mean", trust / c.households());
            v.put("fee_collection_rate", t.billed[k] > 0 ? t.collected[k] / t.billed[k] : Double.NaN);
            v.put("funding_gap_yuan", (t.billed[k] - t.collected[k]) / years);
            v.put("company_revenue_yuan", t.revenue[k] / years);
            v.put("company_cost_yuan", t.cost[k] / years);
            PropertyCompany company = c.company();
            v.put("property_effort", company.effort());
            for (MetricDef d : figures.declared()) {
                v.put(d.column(), figures.value(d.column(), c));
            }
            double[] row = new double[columns.size()];
            for (int i = 0; i < row.length; i++) {
                String col = columns.get(i);
                Double x = v.get(col);
                if (x == null) {
                    MetricDef counter = m.catalog().find(col).orElse(null);
                    if (counter == null || !counter.byCompound()) {
                        throw new IllegalStateException("compound figure " + col + " is declared but nothing computes it");
                    }
                    x = m.counter(col).of(k);
                }
                row[i] = x;
            }
            values[k] = row;
            names.add(c.name());
        }
        return new CompoundResults(columns, names, values);
    }
}
