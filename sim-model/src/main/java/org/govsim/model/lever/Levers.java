package org.govsim.model.lever;

import java.util.ArrayList;
import java.util.List;
import org.govsim.model.param.ParamValues;

/** The levers a scenario switches on, in the order they install (the order is fixed, so runs are reproducible). */
public final class Levers {
    private Levers() {
    }

    public static List<Lever> enabled(ParamValues p) {
        List<Lever> levers = new ArrayList<>();
        if (!p.choice("property.contract").equals("FLAT")) {
            levers.add(new FeeRegime(p));
        }
        if (p.bool("branches.enabled")) {
            levers.add(new BranchFormation(p));
        }
        if (p.bool("buildingGroups.enabled")) {
            levers.add(new BuildingGroups(p));
        }
        if (p.bool("advisors.enabled")) {
            levers.add(new AdvisorDeployment(p));
        }
        if (p.bool("hall.enabled")) {
            levers.add(new DeliberationHall(p));
        }
        if (p.bool("security.enabled")) {
            levers.add(new SmartSecurity(p));
        }
        if (p.bool("gridParty.enabled")) {
            levers.add(new GridPartyOrganisation(p));
        }
        if (p.bool("volunteers.enabled")) {
            levers.add(new DoubleReporting(p));
        }
        if (p.bool("ownersCommittee.enabled")) {
            levers.add(new CommitteeElections(p));
        }
        if (p.bool("activities.enabled")) {
            levers.add(new ActivityFunding(p));
        }
        if (p.bool("demandLists.enabled")) {
            levers.add(new DemandLists(p));
        }
        if (p.bool("elevators.enabled")) {
            levers.add(new ElevatorRetrofit(p));
        }
        if (p.bool("handrails.enabled")) {
            levers.add(new HandrailCouncil(p));
        }
        return levers;
    }
}
