package org.govsim.model.param;

import java.util.ArrayList;
import java.util.List;

/** Assembles the model's catalogue from each part's declarations, in the order {@code govsim params} lists them. */
final class ModelParameters {
    private ModelParameters() {
    }

    static List<ParamDef> declare() {
        List<ParamDef> defs = new ArrayList<>();
        WorldParameters.declare(defs);
        IssueParameters.declare(defs);
        LevelParameters.declare(defs);
        BehaviourParameters.declare(defs);
        PropertyParameters.declare(defs);
        ContractParameters.declare(defs);
        BranchParameters.declare(defs);
        BuildingGroupParameters.declare(defs);
        AdvisorParameters.declare(defs);
        HallParameters.declare(defs);
        SecurityParameters.declare(defs);
        GridPartyParameters.declare(defs);
        VolunteerParameters.declare(defs);
        CommitteeParameters.declare(defs);
        ActivityParameters.declare(defs);
        DemandListParameters.declare(defs);
        ElevatorParameters.declare(defs);
        HandrailParameters.declare(defs);
        return defs;
    }
}
