package org.govsim.model.lever;

import ec.util.MersenneTwisterFast;
import java.util.ArrayList;
import java.util.List;
import org.govsim.model.District;
import org.govsim.model.Ordering;
import org.govsim.model.RandomStreams;
import org.govsim.model.metrics.LeverCount;
import org.govsim.model.param.ParamValues;
import org.govsim.model.world.Buildings;
import org.govsim.model.world.Compound;
import org.govsim.model.world.Households;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Stair handrails through the grid deliberation council (网格议事会; Yindu's Wenyuan community fitted anti-slip
 * handrails in 12 stairwell units after a council, article Q32). A walk-up stairwell unit (a building of an old
 * compound without an elevator) comes to need a handrail as a Poisson event; the grid worker's survey visits
 * find the need; each month the councils approve the units on their list, and each sitting's approved units
 * are fitted together as one batch. A low-cost, low-conflict project: no vote, no funding rule.
 */
public final class HandrailCouncil implements Lever {
    private static final long serialVersionUID = 1L;
    private static final byte NO_NEED = 0;
    private static final byte UNNOTICED = 1;
    private static final byte LISTED = 2;
    private static final byte APPROVED = 3;
    private static final byte FITTED = 4;

    private final double needsPerUnitDay;
    private final int councilIntervalDays;
    private final double approvalProb;
    private final int installDays;
    private final double satisfactionGain;
    private MersenneTwisterFast rng;
    private int[] units;
    private byte[] state;
    private double[] needSince;
    private List<Integer> unnoticed;
    private List<Integer> listed;
    private double lastSitting;
    private int needs;
    private int fitted;

    public HandrailCouncil(ParamValues p) {
        this.needsPerUnitDay = p.real("handrails.demandRatePerUnitYear") / 360.0;
        this.councilIntervalDays = p.integer("handrails.councilIntervalDays");
        this.approvalProb = p.real("handrails.approvalProb");
        this.installDays = p.integer("handrails.installDays");
        this.satisfactionGain = p.real("handrails.satisfactionGain");
    }

    @Override
    public String name() {
        return "handrails";
    }

    @Override
    public void install(District district) {
        rng = district.streams().lever(name());
        Buildings b = district.buildings();
        state = new byte[b.count()];
        needSince = new double[b.count()];
        unnoticed = new ArrayList<>();
        listed = new ArrayList<>();
        lastSitting = 0;
        needs = 0;
        fitted = 0;
        List<Integer> walkUps = new ArrayList<>();
        for (Compound c : district.compounds()) {
            if (!c.isOld()) {
                continue;
            }
            for (int x = c.firstBuilding(); x < c.firstBuilding() + c.buildings(); x++) {
                if (!b.hasElevator(x)) {
                    walkUps.add(x);
                }
            }
        }
        units = walkUps.stream().mapToInt(Integer::intValue).toArray();
        new NeedsArise(this).scheduleNext(district);
        district.schedule.scheduleRepeating(councilIntervalDays, Ordering.LEVERS, new CouncilSitting(this), councilIntervalDays);
    }

    /** Stairwell units that came to need a handrail since the start of the run (burn-in included). */
    public int needsRaised() {
        return needs;
    }

    public int unitsFitted() {
        return fitted;
    }

    /** Units whose need is known to nobody yet, on a council's list, or approved and awaiting their batch. */
    public int unitsWaiting() {
        int n = 0;
        for (byte s : state) {
            n += (s == UNNOTICED || s == LISTED || s == APPROVED) ? 1 : 0;
        }
        return n;
    }

    /** The grid worker's survey finds a unit's need when it visits any of the unit's households. */
    private boolean surveyFinds(District district, int unit, double now) {
        Compound c = district.compounds()[district.buildings().compound(unit)];
        double hazard = c.grid().patrolHazardPerDay() * district.buildings().households(unit);
        double exposure = now - Math.max(needSince[unit], lastSitting);
        return rng.nextDouble() < 1 - Math.exp(-hazard * exposure);
    }

    /**
     * Needs arise as one superposed Poisson process over the walk-up units, thinned: an event on a unit that
     * already has a need, handrails or (by now) an elevator raises nothing.
     */
    private static final class NeedsArise implements Steppable {
        private static final long serialVersionUID = 1L;
        private final HandrailCouncil lever;

        NeedsArise(HandrailCouncil lever) {
            this.lever = lever;
        }

        void scheduleNext(District district) {
            double rate = lever.units.length * lever.needsPerUnitDay;
            if (rate > 0) {
                // before the first event the schedule's clock reads -1; the process runs from day 0
                double now = Math.max(0, district.schedule.getTime());
                district.schedule.scheduleOnce(now + RandomStreams.exponential(lever.rng, rate), Ordering.LEVERS, this);
            }
        }

        @Override
        public void step(SimState state) {
            District district = (District) state;
            int unit = lever.units[lever.rng.nextInt(lever.units.length)];
            if (lever.state[unit] == NO_NEED && !district.buildings().hasElevator(unit)) {
                lever.state[unit] = UNNOTICED;
                lever.needSince[unit] = district.schedule.getTime();
                lever.unnoticed.add(unit);
                lever.needs++;
            }
            scheduleNext(district);
        }
    }

    /** The month's sittings: what the survey found since the last goes on the list, and the councils approve. */
    private static final class CouncilSitting implements Steppable {
        private static final long serialVersionUID = 1L;
        private final HandrailCouncil lever;

        CouncilSitting(HandrailCouncil lever) {
            this.lever = lever;
        }

        @Override
        public void step(SimState state) {
            District district = (District) state;
            double now = district.schedule.getTime();
            List<Integer> stillUnnoticed = new ArrayList<>();
            for (int unit : lever.unnoticed) {
                if (lever.surveyFinds(district, unit, now)) {
                    lever.state[unit] = LISTED;
                    lever.listed.add(unit);
                } else {
                    stillUnnoticed.add(unit);
                }
            }
            lever.unnoticed = stillUnnoticed;
            lever.lastSitting = now;
            List<Integer> stillListed = new ArrayList<>();
            List<Integer> batch = new ArrayList<>();
            for (int unit : lever.listed) {
                if (lever.rng.nextDouble() < lever.approvalProb) {
                    lever.state[unit] = APPROVED;
                    batch.add(unit);
                } else {
                    stillListed.add(unit);
                }
            }
            lever.listed = stillListed;
            if (!batch.isEmpty()) {
                int[] units = batch.stream().mapToInt(Integer::intValue).toArray();
                district.schedule.scheduleOnce(now + lever.installDays, Ordering.LEVERS, new HandrailBatch(lever, units));
            }
        }
    }

    /** A sitting's approved units, fitted together; their households see a practical thing done (办实事). */
    private static final class HandrailBatch implements Steppable {
        private static final long serialVersionUID = 1L;
        private final HandrailCouncil lever;
        private final int[] units;

        HandrailBatch(HandrailCouncil lever, int[] units) {
            this.lever = lever;
            this.units = units;
        }

        @Override
        public void step(SimState state) {
            District district = (District) state;
            Buildings b = district.buildings();
            Households h = district.households();
            for (int unit : units) {
                lever.state[unit] = FITTED;
                lever.fitted++;
                for (int x = b.firstHousehold(unit); x < b.firstHousehold(unit) + b.households(unit); x++) {
                    h.setGovernanceSatisfaction(x, h.governanceSatisfaction(x) + lever.satisfactionGain);
                }
            }
            district.metrics().levers().add(LeverCount.HANDRAIL_UNITS_INSTALLED, units.length, district.schedule.getTime());
        }
    }
}
