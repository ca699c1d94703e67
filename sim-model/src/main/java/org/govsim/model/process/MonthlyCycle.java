package org.govsim.model.process;

import ec.util.MersenneTwisterFast;
import org.govsim.model.actors.PropertyCompany;
import org.govsim.model.engine.Calendar;
import org.govsim.model.issue.BehaviourConfig;
import org.govsim.model.issue.IssueArrivals;
import org.govsim.model.metrics.MetricsObserver;
import org.govsim.model.metrics.MonthlyAccounts;
import org.govsim.model.world.Buildings;
import org.govsim.model.world.Compound;
import org.govsim.model.world.Households;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * The month's end (every 30 days): each household decides whether to pay the property fee (logit of
 * satisfaction with the company, the share of its building that paid last month, trust, party membership,
 * transparency, the fee's burden and its own open issues; domain-notes §4.5.4); its satisfaction with the
 * company drifts toward the value of the service delivered and its trust toward its resting level; each company
 * books revenue and cost and chooses its effort from what it collected and the complaints it drew;
 * then arrival rates are refreshed for the new month and the observer closes the month.
 * This is the only pass over all households, once a month.
 */
public final class MonthlyCycle implements Steppable {
    private static final long serialVersionUID = 1L;
    private final BehaviourConfig behaviour;
    private final double feeYuanPerM2Month;
    private final Households households;
    private final Buildings buildings;
    private final Compound[] compounds;
    private final IssueArrivals arrivals;
    private final MetricsObserver metrics;
    private final MersenneTwisterFast rng;

    public MonthlyCycle(BehaviourConfig behaviour, double feeYuanPerM2Month, Households households, Buildings buildings,
                        Compound[] compounds, IssueArrivals arrivals, MetricsObserver metrics, MersenneTwisterFast rng) {
        this.behaviour = behaviour;
        this.feeYuanPerM2Month = feeYuanPerM2Month;
        this.households = households;
        this.buildings = buildings;
        this.compounds = compounds;
        this.arrivals = arrivals;
        this.metrics = metrics;
        this.rng = rng;
    }

    @Override
    public void step(SimState state) {
        double now = state.schedule.getTime();
        MonthlyAccounts accounts = bill(true, now);
        int monthOfYear = Calendar.monthOfYear(now);
        arrivals.refresh(state.schedule, now, monthOfYear);
        metrics.closeMonth(now, accounts);
    }

    /**
     * The billing pass. With {@code act} false it only sums the current state (used for the end-of-run
     * figures) and draws nothing.
     */
    public MonthlyAccounts bill(boolean act) {
        return bill(act, Double.NaN);
    }

    /** The billing pass of the month ending on {@code now}. */
    private MonthlyAccounts bill(boolean act, double now) {
        BehaviourConfig b = behaviour;
        double fee = feeYuanPerM2Month;
        double drift = behaviour.monthlyDrift();
        double billed = 0;
        double collected = 0;
        double sumP = 0;
        double sumG = 0;
        double sumT = 0;
        double sumEffort = 0;
        double floor = behaviour.qualityFloor();
        double trustRest = behaviour.trustRest();
        double trustDecay = behaviour.trustMonthlyDecay();
        for (Compound c : compounds) {
            PropertyCompany company = c.company();
            double valued = floor + (1 - floor) * company.quality();
            double intercept = b.payIntercept() + (company.contract().transparent() ? b.payTransparency() : 0);
            double compoundBilled = 0;
            double compoundCollected = 0;
            int lastBuilding = c.firstBuilding() + c.buildings();
            for (int bd = c.firstBuilding(); bd < lastBuilding; bd++) {
                double norm = buildings.paidShare(bd);
                int first = buildings.firstHousehold(bd);
                int end = first + buildings.households(bd);
                int paid = 0;
                for (int h = first; h < end; h++) {
                    double s = households.propertySatisfaction(h);
                    if (act) {
                        double amount = fee * households.area(h);
                        double logit = intercept + b.paySatisfaction() * s + b.payNeighbours() * norm
                                + b.payTrust() * households.trust(h)
                                + (households.isPartyMember(h) ? b.payPartyMember() : 0)
                                - b.payBurdenPer100Yuan() * amount / 100.0
                                - b.payUnresolved() * households.openIssues(h);
                        boolean pays = rng.nextDouble() * (1 + Math.exp(-logit)) < 1;
                        households.setPaidLastMonth(h, pays);
                        compoundBilled += amount;
                        if (pays) {
                            compoundCollected += amount;
                            paid++;
                        }
                        s += drift * (valued - s);
                        households.setPropertySatisfaction(h, s);
                        double t = households.trust(h);
                        households.setTrust(h, t + trustDecay * (trustRest - t));
                    }
                    sumP += s;
                    sumG += households.governanceSatisfaction(h);
                    sumT += households.trust(h);
                }
                if (act) {
                    buildings.setPaidShare(bd, (double) paid / Math.max(1, end - first));
                }
            }
            if (act) {
                company.closeMonth(compoundBilled, compoundCollected, c.households(), c.propertyDisputes(), rng);
                metrics.compoundMonth(now, c.index(), compoundBilled, compoundCollected, company.lastRevenue(), company.lastCost());
            }
            billed += compoundBilled;
            collected += compoundCollected;
            sumEffort += company.effort();
        }
        return new MonthlyAccounts(billed, collected, sumP, sumG, sumT, households.count(), sumEffort, compounds.length);
    }
}
