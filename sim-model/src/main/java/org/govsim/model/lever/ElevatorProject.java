package org.govsim.model.lever;

import ec.util.MersenneTwisterFast;
import org.govsim.model.District;
import org.govsim.model.Ordering;
import sim.engine.SimState;
import sim.engine.Steppable;
import sim.engine.Stoppable;

/**
 * One building's elevator retrofit (加装电梯), from the owners' first canvass to a working elevator or a stalled
 * project. While open it is stepped once per coordination meeting (协调会): the meeting persuades the undecided,
 * may raise the lower floors' compensation, draws owners into the vote, and checks consent and funding. After
 * consent it is stepped once more, when construction ends. Its draws (thresholds, raises, turnout) come from its
 * own substream of the lever's stream, so the same project in two scenarios meets the same luck.
 */
final class ElevatorProject implements Steppable {
    private static final long serialVersionUID = 1L;

    private final ElevatorRetrofit lever;
    private final int building;
    private final boolean grouped;
    private final double lead;
    private final double startDay;
    private final ElevatorOwners owners;
    private final MersenneTwisterFast rng;
    private int meetings;
    private boolean consented;
    private Stoppable meetingCycle;

    ElevatorProject(ElevatorRetrofit lever, District district, int building, boolean grouped, MersenneTwisterFast rng) {
        this.lever = lever;
        this.building = building;
        this.grouped = grouped;
        this.rng = rng;
        ElevatorTerms terms = lever.terms();
        boolean partyLead = grouped && terms.partyLeadPledge();
        this.lead = partyLead ? 1 : 0;
        this.startDay = district.schedule.getTime();
        this.owners = new ElevatorOwners(terms, district.households(), district.buildings().firstHousehold(building),
                district.buildings().households(building), rng);
        if (partyLead) {
            owners.partyMembersPledgeFirst(district.households());
        }
        owners.canvass(district.households(), lead);
    }

    /** Starts the fortnightly meetings; the first is one interval after the owners' first canvass. */
    void open(District district) {
        int interval = lever.terms().meetingIntervalDays();
        meetingCycle = district.schedule.scheduleRepeating(startDay + interval, Ordering.LEVERS, this, interval);
    }

    int building() {
        return building;
    }

    int meetings() {
        return meetings;
    }

    @Override
    public void step(SimState state) {
        District district = (District) state;
        if (consented) {
            lever.installed(district, this);
        } else {
            meet(district);
        }
    }

    private void meet(District district) {
        ElevatorTerms terms = lever.terms();
        double now = district.schedule.getTime();
        meetings++;
        boolean advised = district.compounds()[district.buildings().compound(building)].advisors() > 0;
        owners.persuade(terms.persuasion(grouped, advised));
        if (rng.nextDouble() < terms.compensationRaiseProb()) {
            owners.raiseCompensation(terms.compensationRaise());
        }
        if (terms.consentRule().needsTurnout()) {
            owners.turnOut(terms.turnout(meetings), rng);
        }
        owners.canvass(district.households(), lead);
        if (owners.funded() && terms.consentRule().consents(owners.tally(district.households()))) {
            consented = true;
            meetingCycle.stop();
            lever.consented(district, now - startDay);
            district.schedule.scheduleOnce(now + terms.constructionDays(), Ordering.LEVERS, this);
        } else if (meetings >= terms.maxMeetings() || now - startDay > terms.maxDays()) {
            meetingCycle.stop();
            lever.stalled(district, this);
        }
    }
}
