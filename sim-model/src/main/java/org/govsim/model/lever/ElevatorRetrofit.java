package org.govsim.model.lever;

import ec.util.MersenneTwisterFast;
import java.util.Arrays;
import org.govsim.model.District;
import org.govsim.model.Ordering;
import org.govsim.model.RandomStreams;
import org.govsim.model.metrics.LeverCount;
import org.govsim.model.metrics.LeverCounters;
import org.govsim.model.param.ParamValues;
import org.govsim.model.world.Buildings;
import org.govsim.model.world.Compound;
import org.govsim.model.world.Households;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Elevator retrofit in old walk-ups (老旧小区加装电梯; Meilan's Jinlu Wenming compound, article Q10-Q11, where a
 * stalled project succeeded after the building party group formed, its members signed and paid first, and
 * "dozens" of coordination meetings were held). Each old building of enough floors without an elevator starts
 * a project as a Poisson event; an {@link ElevatorProject} then runs its meetings until the owners consent and
 * fund it, or it stalls. A building with a party group ({@link BuildingGroups#hasGroup}) persuades faster, and
 * with {@code partyLeadPledge} its party members pledge first.
 */
public final class ElevatorRetrofit implements Lever {
    private static final long serialVersionUID = 1L;

    private final ElevatorTerms terms;
    private MersenneTwisterFast rng;
    /** seeds each project's own substream, so two scenarios' projects at the same start event meet the same luck */
    private long projectSeed;
    private long startEvents;
    /** buildings that could ever start a project: old, tall enough, without an elevator at the start */
    private int[] candidates;
    private boolean[] underway;
    private int started;
    private int consented;
    private int installed;
    private int stalled;

    public ElevatorRetrofit(ParamValues p) {
        this.terms = ElevatorTerms.from(p);
    }

    @Override
    public String name() {
        return "elevators";
    }

    @Override
    public void install(District district) {
        rng = district.streams().lever(name());
        projectSeed = rng.nextLong();
        startEvents = 0;
        started = 0;
        consented = 0;
        installed = 0;
        stalled = 0;
        Buildings b = district.buildings();
        underway = new boolean[b.count()];
        int n = 0;
        int[] found = new int[b.count()];
        for (Compound c : district.compounds()) {
            if (!c.isOld()) {
                continue;
            }
            for (int x = c.firstBuilding(); x < c.firstBuilding() + c.buildings(); x++) {
                if (!b.hasElevator(x) && b.floors(x) >= terms.minFloors()) {
                    found[n++] = x;
                }
            }
        }
        candidates = Arrays.copyOf(found, n);
        ProjectStarts starts = new ProjectStarts(this);
        starts.scheduleNext(district);
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

    private void start(District district, int building, long event) {
        underway[building] = true;
        started++;
        district.metrics().levers().add(LeverCount.ELEVATOR_PROJECTS, 1, district.schedule.getTime());
        MersenneTwisterFast luck = new MersenneTwisterFast(RandomStreams.derive(projectSeed, event));
        new ElevatorProject(this, district, building, BuildingGroups.hasGroup(district, building), luck).open(district);
    }

    void consented(District district, double daysToConsent) {
        consented++;
        LeverCounters counters = district.metrics().levers();
        double now = district.schedule.getTime();
        counters.add(LeverCount.ELEVATORS_CONSENTED, 1, now);
        counters.add(LeverCount.ELEVATOR_DAYS_TO_CONSENT, daysToConsent, now);
    }

    void stalled(District district, ElevatorProject project) {
        stalled++;
        underway[project.building()] = false;
        district.metrics().levers().add(LeverCount.ELEVATORS_STALLED, 1, district.schedule.getTime());
    }

    /** The elevator runs: the building leaves the walk-ups, and its owners credit those who got it done. */
    void installed(District district, ElevatorProject project) {
        installed++;
        int b = project.building();
        underway[b] = false;
        district.buildings().setElevator(b, true);
        LeverCounters counters = district.metrics().levers();
        double now = district.schedule.getTime();
        counters.add(LeverCount.ELEVATORS_INSTALLED, 1, now);
        counters.add(LeverCount.ELEVATOR_MEETINGS_INSTALLED, project.meetings(), now);
        Households h = district.households();
        int first = district.buildings().firstHousehold(b);
        for (int x = first; x < first + district.buildings().households(b); x++) {
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
        private final ElevatorRetrofit lever;

        ProjectStarts(ElevatorRetrofit lever) {
            this.lever = lever;
        }

        void scheduleNext(District district) {
            double rate = lever.candidates.length * lever.terms.startsPerBuildingDay();
            if (rate > 0) {
                // before the first event the schedule's clock reads -1; the process runs from day 0
                double now = Math.max(0, district.schedule.getTime());
                district.schedule.scheduleOnce(now + RandomStreams.exponential(lever.rng, rate), Ordering.LEVERS, this);
            }
        }

        @Override
        public void step(SimState state) {
            District district = (District) state;
            int building = lever.candidates[lever.rng.nextInt(lever.candidates.length)];
            long event = lever.startEvents++;
            if (!lever.underway[building] && !district.buildings().hasElevator(building)) {
                lever.start(district, building, event);
            }
            scheduleNext(district);
        }
    }
}
