package org.govsim.model.lever.elevators;

import ec.util.MersenneTwisterFast;
import org.govsim.model.lever.LeverContext;
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

    private final ElevatorProgramme programme;
    private final int building;
    private final boolean grouped;
    private final double lead;
    private final double startDay;
    private final ElevatorOwners owners;
    private final MersenneTwisterFast rng;
    private int meetings;
    private boolean consented;
    private Stoppable meetingCycle;

    ElevatorProject(ElevatorProgramme programme, int building, boolean grouped, MersenneTwisterFast rng) {
        this.programme = programme;
        this.building = building;
        this.grouped = grouped;
        this.rng = rng;
        ElevatorTerms terms = programme.terms();
        LeverContext context = programme.context();
        boolean partyLead = grouped && terms.partyLeadPledge();
        this.lead = partyLead ? 1 : 0;
        this.startDay = context.now();
        this.owners = new ElevatorOwners(terms, context.households(), context.buildings().firstHousehold(building),
                context.buildings().households(building), rng);
        if (partyLead) {
            owners.partyMembersPledgeFirst(context.households());
        }
        owners.canvass(context.households(), lead);
    }

    /** Starts the fortnightly meetings; the first is one interval after the owners' first canvass. */
    void open() {
        int interval = programme.terms().meetingIntervalDays();
        meetingCycle = programme.context().scheduleRepeating(startDay + interval, interval, this);
    }

    int building() {
        return building;
    }

    int meetings() {
        return meetings;
    }

    @Override
    public void step(SimState state) {
        if (consented) {
            programme.installed(this);
        } else {
            meet();
        }
    }

    private void meet() {
        ElevatorTerms terms = programme.terms();
        LeverContext context = programme.context();
        double now = context.now();
        meetings++;
        owners.persuade(terms.persuasion(grouped, programme.advised(building)));
        if (rng.nextDouble() < terms.compensationRaiseProb()) {
            owners.raiseCompensation(terms.compensationRaise());
        }
        if (terms.consentRule().needsTurnout()) {
            owners.turnOut(terms.turnout(meetings), rng);
        }
        owners.canvass(context.households(), lead);
        if (owners.funded() && terms.consentRule().consents(owners.tally(context.households()))) {
            consented = true;
            meetingCycle.stop();
            programme.consented(this, now - startDay);
            context.scheduleOnce(now + terms.constructionDays(), this);
        } else if (meetings >= terms.maxMeetings() || now - startDay > terms.maxDays()) {
            meetingCycle.stop();
            programme.stalled(this);
        }
    }
}
