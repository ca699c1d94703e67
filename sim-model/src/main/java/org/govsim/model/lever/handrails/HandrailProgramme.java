package org.govsim.model.lever.handrails;

import ec.util.MersenneTwisterFast;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.govsim.model.engine.RandomStreams;
import org.govsim.model.lever.LeverContext;
import org.govsim.model.metrics.Counter;
import org.govsim.model.world.Buildings;
import org.govsim.model.world.Compound;
import org.govsim.model.world.Households;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * One run's handrail programme: each walk-up unit's state (no need, unnoticed, listed, approved, fitted) and the
 * whole run's tally, which tests and inspectors read. The window's figure is the counter.
 */
public final class HandrailProgramme implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final byte NO_NEED = 0;
    private static final byte UNNOTICED = 1;
    private static final byte LISTED = 2;
    private static final byte APPROVED = 3;
    private static final byte FITTED = 4;

    private final HandrailSettings s;
    private final LeverContext context;
    private final MersenneTwisterFast rng;
    private final Counter fittedCount;
    private final int[] units;
    private final byte[] state;
    private final double[] needSince;
    private List<Integer> unnoticed = new ArrayList<>();
    private List<Integer> listed = new ArrayList<>();
    private double lastSitting;
    private int needs;
    private int fitted;

    HandrailProgramme(HandrailSettings s, LeverContext context) {
        this.s = s;
        this.context = context;
        this.rng = context.stream();
        this.fittedCount = context.counter("handrail_units_installed");
        Buildings b = context.buildings();
        this.state = new byte[b.count()];
        this.needSince = new double[b.count()];
        List<Integer> walkUps = new ArrayList<>();
        for (Compound c : context.compounds()) {
            if (!c.isOld()) {
                continue;
            }
            for (int x = c.firstBuilding(); x < c.firstBuilding() + c.buildings(); x++) {
                if (!b.hasElevator(x)) {
                    walkUps.add(x);
                }
            }
        }
        this.units = walkUps.stream().mapToInt(Integer::intValue).toArray();
    }

    void start() {
        new NeedsArise(this).scheduleNext();
        context.scheduleRepeating(s.councilIntervalDays(), s.councilIntervalDays(), new CouncilSitting(this));
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
        for (byte x : state) {
            n += (x == UNNOTICED || x == LISTED || x == APPROVED) ? 1 : 0;
        }
        return n;
    }

    /** The grid worker's survey finds a unit's need when it visits any of the unit's households. */
    private boolean surveyFinds(int unit, double now) {
        Compound c = context.compounds()[context.buildings().compound(unit)];
        double hazard = c.grid().patrolHazardPerDay() * context.buildings().households(unit);
        double exposure = now - Math.max(needSince[unit], lastSitting);
        return rng.nextDouble() < 1 - Math.exp(-hazard * exposure);
    }

    /**
     * Needs arise as one superposed Poisson process over the walk-up units, thinned: an event on a unit that
     * already has a need, handrails or (by now) an elevator raises nothing.
     */
    private static final class NeedsArise implements Steppable {
        private static final long serialVersionUID = 1L;
        private final HandrailProgramme p;

        NeedsArise(HandrailProgramme p) {
            this.p = p;
        }

        void scheduleNext() {
            double rate = p.units.length * p.s.needsPerUnitDay();
            if (rate > 0) {
                // before the first event the clock reads -1; the process runs from day 0
                double now = Math.max(0, p.context.now());
                p.context.scheduleOnce(now + RandomStreams.exponential(p.rng, rate), this);
            }
        }

        @Override
        public void step(SimState simState) {
            int unit = p.units[p.rng.nextInt(p.units.length)];
            if (p.state[unit] == NO_NEED && !p.context.buildings().hasElevator(unit)) {
                p.state[unit] = UNNOTICED;
                p.needSince[unit] = p.context.now();
                p.unnoticed.add(unit);
                p.needs++;
            }
            scheduleNext();
        }
    }

    /** The month's sittings: what the survey found since the last goes on the list, and the councils approve. */
    private static final class CouncilSitting implements Steppable {
        private static final long serialVersionUID = 1L;
        private final HandrailProgramme p;

        CouncilSitting(HandrailProgramme p) {
            this.p = p;
        }

        @Override
        public void step(SimState simState) {
            double now = p.context.now();
            List<Integer> stillUnnoticed = new ArrayList<>();
            for (int unit : p.unnoticed) {
                if (p.surveyFinds(unit, now)) {
                    p.state[unit] = LISTED;
                    p.listed.add(unit);
                } else {
                    stillUnnoticed.add(unit);
                }
            }
            p.unnoticed = stillUnnoticed;
            p.lastSitting = now;
            List<Integer> stillListed = new ArrayList<>();
            List<Integer> batch = new ArrayList<>();
            for (int unit : p.listed) {
                if (p.rng.nextDouble() < p.s.approvalProb()) {
                    p.state[unit] = APPROVED;
                    batch.add(unit);
                } else {
                    stillListed.add(unit);
                }
            }
            p.listed = stillListed;
            if (!batch.isEmpty()) {
                int[] units = batch.stream().mapToInt(Integer::intValue).toArray();
                p.context.scheduleOnce(now + p.s.installDays(), new HandrailBatch(p, units));
            }
        }
    }

    /** A sitting's approved units, fitted together; their households see a practical thing done (办实事). */
    private static final class HandrailBatch implements Steppable {
        private static final long serialVersionUID = 1L;
        private final HandrailProgramme p;
        private final int[] units;

        HandrailBatch(HandrailProgramme p, int[] units) {
            this.p = p;
            this.units = units;
        }

        @Override
        public void step(SimState simState) {
            Buildings b = p.context.buildings();
            Households h = p.context.households();
            double now = p.context.now();
            for (int unit : units) {
                p.state[unit] = FITTED;
                p.fitted++;
                for (int x = b.firstHousehold(unit); x < b.firstHousehold(unit) + b.households(unit); x++) {
                    h.setGovernanceSatisfaction(x, h.governanceSatisfaction(x) + p.s.satisfactionGain());
                }
                p.fittedCount.add(p.context.compounds()[b.compound(unit)], 1, now);
            }
        }
    }
}
