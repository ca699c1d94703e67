package org.govsim.model.lever.elevators;

import ec.util.MersenneTwisterFast;
import java.io.Serializable;
import java.util.Arrays;
import org.govsim.model.engine.RandomStreams;
import org.govsim.model.lever.BuildingPartyGroups;
import org.govsim.model.lever.LeverContext;
import org.govsim.model.lever.StationedAdvisors;
import org.govsim.model.metrics.Counter;
import org.govsim.model.world.Buildings;
import org.govsim.model.world.Compound;
import org.govsim.model.world.Households;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * One run's retrofit programme: the buildings that could start a project, those under way, and the tally of the
 * whole run (burn-in included), which tests and inspectors read. The window's figures are the counters.
 */
public final class ElevatorProgramme implements Serializable {
    private static final long serialVersionUID = 1L;

    private final ElevatorTerms terms;
    private final LeverContext context;
    private final BuildingPartyGroups groups;
    private final StationedAdvisors advisors;
    private final MersenneTwisterFast rng;
    /** seeds each project's own substream, so two scenarios' projects at the same start event meet the same luck */
    private final long projectSeed;
    /** buildings that could ever start a project: old, tall enough, without an elevator at the start */
    private final int[] candidates;
    private final boolean[] underway;
    private final Counter projects;
    private final Counter installedCount;
    private final Counter stalledCount;
    private final Counter meetingsInstalled;
    private final Counter daysToConsent;
    private final Counter consentedCount;
    private long startEvents;
    private int started;
    private int consented;
    private int installed;
    private int stalled;

    ElevatorProgramme(ElevatorTerms terms, LeverContext context, BuildingPartyGroups groups, StationedAdvisors advisors) {
        this.terms = terms;
        this.context = context;
        this.groups = groups;
        this.advisors = advisors;
        this.rng = context.stream();
        this.projectSeed = rng.nextLong();
        Buildings b = context.buildings();
        this.underway = new boolean[b.count()];
        int n = 0;
        int[] found = new int[b.count()];
        for (Compound c : context.compounds()) {
            if (!c.isOld()) {
                continue;
            }
            for (int x = c.firstBuilding(); x < c.firstBuilding() + c.buildings(); x++) {
                if (!b.hasElevator(x) && b.floors(x) >= terms.minFloors()) {
                    found[n++] = x;
                }
            }
        }
        this.candidates = Arrays.copyOf(found, n);
        this.projects = context.counter("elevator_projects");
        this.installedCount = context.counter("elevators_installed");
        this.stalledCount = context.counter("elevators_stalled");
        this.meetingsInstalled = context.counter("elevator_meetings_installed");
        this.daysToConsent = context.counter("elevator_days_to_consent");
        this.consentedCount = context.counter("elevators_consented");
    }

    void start() {
        new ProjectStarts(this).scheduleNext();
    }

    /** Projects started since the start of the run (burn-in included), and how they stand. */
    public int projectsStarted() {
        return started;
    }

    public int projectsConsented() {
        return consented;
    }

    public int elevatorsInstalled() {
        return installed;
    }

    public int projectsStalled() {
        return stalled;
    }

    /** Projects still meeting or under construction. */
    public int projectsUnderway() {
        int n = 0;
        for (boolean u : underway) {
            n += u ? 1 : 0;
        }
        return n;
    }

    ElevatorTerms terms() {
        return terms;
    }

    LeverContext context() {
        return context;
    }

    /** True when advisors are stationed in the building's compound. */
    boolean advised(int building) {
        return advisors.in(context.compounds()[context.buildings().compound(building)]) > 0;
    }

    private Compound compoundOf(int building) {
        return context.compounds()[context.buildings().compound(building)];
    }

    private void startProject(int building, long event) {
        underway[building] = true;
        started++;
        projects.add(compoundOf(building), 1, context.now());
        MersenneTwisterFast luck = new MersenneTwisterFast(RandomStreams.derive(projectSeed, event));
        new ElevatorProject(this, building, groups.has(building), luck).open();
    }

    void consented(ElevatorProject project, double days) {
        consented++;
        double now = context.now();
        consentedCount.add(compoundOf(project.building()), 1, now);
        daysToConsent.add(compoundOf(project.building()), days, now);
    }

    void stalled(ElevatorProject project) {
        stalled++;
        underway[project.building()] = false;
        stalledCount.add(compoundOf(project.building()), 1, context.now());
    }

    /** The elevator runs: the building leaves the walk-ups, and its owners credit those who got it done. */
    void installed(ElevatorProject project) {
        installed++;
        int b = project.building();
        underway[b] = false;
        Buildings buildings = context.buildings();
        buildings.setElevator(b, true);
        double now = context.now();
        installedCount.add(compoundOf(b), 1, now);
        meetingsInstalled.add(compoundOf(b), project.meetings(), now);
        Households h = context.households();
        int first = buildings.firstHousehold(b);
        for (int x = first; x < first + buildings.households(b); x++) {
            h.setGovernanceSatisfaction(x, h.governanceSatisfaction(x) + terms.satisfactionGain());
        }
    }

    /**
     * Project starts as one superposed Poisson process over the candidate buildings, thinned: an event that
     * falls on a building that already has a project or an elevator starts nothing. This is exact for a
     * per-building rate while the building is eligible, and needs no event per building.
     */
    private static final class ProjectStarts implements Steppable {
        private static final long serialVersionUID = 1L;
        private final ElevatorProgramme programme;

        ProjectStarts(ElevatorProgramme programme) {
            this.programme = programme;
        }

        void scheduleNext() {
            double rate = programme.candidates.length * programme.terms.startsPerBuildingDay();
            if (rate > 0) {
                // before the first event the clock reads -1; the process runs from day 0
                double now = Math.max(0, programme.context.now());
                programme.context.scheduleOnce(now + RandomStreams.exponential(programme.rng, rate), this);
            }
        }

        @Override
        public void step(SimState state) {
            int building = programme.candidates[programme.rng.nextInt(programme.candidates.length)];
            long event = programme.startEvents++;
            if (!programme.underway[building] && !programme.context.buildings().hasElevator(building)) {
                programme.startProject(building, event);
            }
            scheduleNext();
        }
    }
}
