package org.govsim.model.lever.emergency;

import ec.util.MersenneTwisterFast;
import java.io.Serializable;
import org.govsim.model.engine.Calendar;
import org.govsim.model.issue.IssueRules;
import org.govsim.model.issue.IssueType;
import org.govsim.model.issue.IssueTypeConfig;
import org.govsim.model.issue.RateModifier;
import org.govsim.model.lever.LeverContext;
import org.govsim.model.metrics.Counter;
import org.govsim.model.world.Compound;
import org.govsim.model.world.Households;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * The month before each flood season the grid head calls every team (交办指令, Yindu's drill: 20+ members). The
 * staffing time is when the call's size has arrived (the window when it never does). Those who arrive within the window
 * check houses and drains (排查隐患), place supplies (储备物资) and move the households of dangerous houses (转移群众).
 * Each hazard found is fixed before the season, so the compound's flood hazards that season arise at a lower rate: the
 * expected season's hazards times the share of households checked and the chance a check sees it.
 */
final class FloodPreparation implements Steppable, RateModifier {
    private static final long serialVersionUID = 1L;

    private final EmergencySettings s;
    private final CommunityTeam[] teams;
    private final LeverContext context;
    private final MersenneTwisterFast rng;
    private final double[] fixedShare;
    private final Calls calls;
    private final Counter hazards;
    private final Counter supplies;
    private final Counter moved;

    /** The call's counters. */
    record Calls(Counter surges, Counter staffed, Counter staffingHours, Counter responders) implements Serializable {
    }

    FloodPreparation(EmergencySettings s, CommunityTeam[] teams, LeverContext context, MersenneTwisterFast rng, Calls calls) {
        this.s = s;
        this.teams = teams;
        this.context = context;
        this.rng = rng;
        this.fixedShare = new double[context.compounds().length];
        this.calls = calls;
        this.hazards = context.counter("flood_hazards_found");
        this.supplies = context.counter("flood_supplies_placed");
        this.moved = context.counter("people_moved");
    }

    @Override
    public double multiplier(Compound compound, IssueType type, int monthOfYear) {
        return type == IssueType.FLOOD_HAZARD ? 1 - fixedShare[compound.index()] : 1;
    }

    @Override
    public void step(SimState state) {
        double now = context.now();
        for (CommunityTeam team : teams) {
            if (team != null) {
                call(team, now);
            }
        }
    }

    private void call(CommunityTeam team, double now) {
        Compound first = team.compounds().get(0);
        int accepting = team.accepting(rng);
        double hours = CommunityTeam.kthArrivalHours(accepting, s.surgeSize(), s.responseHours(), rng);
        boolean staffed = hours <= s.surgeWindowHours();
        int responders = CommunityTeam.arrivedWithin(accepting, s.surgeWindowHours(), s.responseHours(), rng);
        calls.surges().add(first, 1, now);
        calls.staffed().add(first, staffed ? 1 : 0, now);
        calls.staffingHours().add(first, Math.min(hours, s.surgeWindowHours()), now);
        calls.responders().add(first, responders, now);
        supplies.add(first, responders * s.suppliesPerResponder(), now);
        double checked = Math.min(1, responders * s.householdsPerResponder() / team.households());
        double found = checked * s.hazardDetectProb();
        for (Compound c : team.compounds()) {
            fixedShare[c.index()] = found;
            int n = poisson(seasonHazards(c) * found);
            hazards.add(c, n, now);
            Households h = context.households();
            for (int i = 0; i < n; i++) {
                if (rng.nextDouble() < s.evacuationShare()) {
                    moved.add(c, h.persons(c.firstHousehold() + rng.nextInt(c.households())), now);
                }
            }
        }
    }

    /** The flood hazards the compound would see in a season: its rate times the season's days. */
    private double seasonHazards(Compound c) {
        IssueTypeConfig flood = context.core().issueType(IssueType.FLOOD_HAZARD);
        IssueRules rules = context.core().rules();
        int months = 0;
        for (int m = 1; m <= 12; m++) {
            months += rules.inFloodSeason(m) ? 1 : 0;
        }
        return c.households() * flood.ratePerHouseholdDay() * (c.isOld() ? flood.oldCompoundMultiplier() : 1) * months * Calendar.DAYS_PER_MONTH;
    }

    /** A Poisson draw, as a sum of draws of mean at most 30 (Knuth's method stays exact and fast for those). */
    private int poisson(double mean) {
        int n = 0;
        double left = mean;
        while (left > 0) {
            double part = Math.min(30, left);
            left -= part;
            double limit = Math.exp(-part);
            double product = rng.nextDouble();
            while (product > limit) {
                n++;
                product *= rng.nextDouble();
            }
        }
        return n;
    }
}
