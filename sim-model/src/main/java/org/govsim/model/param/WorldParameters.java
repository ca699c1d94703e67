package org.govsim.model.param;

import static org.govsim.model.param.ParamDef.integer;
import static org.govsim.model.param.ParamDef.real;
import static org.govsim.model.param.Sources.assumption;

import java.util.List;

/** Run length and the shape of the district: communities, compounds, buildings, households. */
final class WorldParameters {
    private WorldParameters() {
    }

    static void declare(List<ParamDef> d) {
        d.add(integer("run.days", "day", 720, 1, 36500, assumption("domain-notes §4.2: 720 observed days"),
                "Days observed after the burn-in; all rates and resolution figures cover this window."));
        d.add(integer("run.burnInDays", "day", 180, 0, 3650, assumption("domain-notes §4.2"),
                "Days simulated before observation starts, so queues, effort and satisfaction settle."));

        d.add(integer("district.compounds", "compound", 800, 1, 20000,
                assumption("Meilan-sized district: 800 compounds, ~180,000 households"),
                "Number of residential compounds (小区) in the district."));
        d.add(integer("district.compoundsPerCommunity", "compound", 8, 1, 200, assumption("domain-notes §4.2"),
                "Compounds served by one community party committee (社区)."));
        d.add(real("district.oldCompoundShare", "share", 0.45, 0, 1, assumption("domain-notes §4.3"),
                "Share of compounds that are old walk-up compounds (老旧小区) rather than commercial ones."));
        d.add(real("district.householdsPerCompoundMean", "household", 225, 10, 5000,
                assumption("180,000 households / 800 compounds"),
                "Mean households per compound; sizes are lognormal with this mean."));
        d.add(real("district.householdsPerCompoundCv", "ratio", 0.8, 0, 3, assumption("spread of compound sizes"),
                "Coefficient of variation of compound size (0 makes every compound the mean size)."));
        d.add(integer("district.minHouseholdsPerCompound", "household", 20, 1, 5000, assumption("smallest compound"),
                "Compound sizes drawn below this are raised to it."));
        d.add(real("district.householdsPerGrid", "household", 300, 50, 2000,
                assumption("domain-notes §4.2: ~300 households per grid worker"),
                "Households per grid (网格); neighbouring compounds of a community share a grid."));

        d.add(integer("buildings.oldFloorsMin", "floor", 4, 1, 12, assumption("6-floor walk-ups"), "Fewest floors of an old building."));
        d.add(integer("buildings.oldFloorsMax", "floor", 7, 1, 12, assumption("6-floor walk-ups"), "Most floors of an old building."));
        d.add(integer("buildings.oldHouseholdsPerFloor", "household", 2, 1, 12, assumption("domain-notes §4.2"),
                "Households per floor in an old building (one stairwell unit)."));
        d.add(integer("buildings.newFloorsMin", "floor", 11, 2, 60, assumption("18-30 floor towers"), "Fewest floors of a commercial building."));
        d.add(integer("buildings.newFloorsMax", "floor", 30, 2, 60, assumption("18-30 floor towers"), "Most floors of a commercial building."));
        d.add(integer("buildings.newHouseholdsPerFloor", "household", 4, 1, 12, assumption("tower layout"),
                "Households per floor in a commercial building."));
        d.add(real("buildings.oldElevatorShare", "share", 0.05, 0, 1, assumption("few walk-ups have lifts"),
                "Share of old buildings that already have an elevator."));

        d.add(real("households.personsMean", "person", 2.78, 1, 6, assumption("500,000 residents / 180,000 households"),
                "Mean residents per household (1 + Poisson)."));
        d.add(real("households.areaMeanM2", "m²", 90, 20, 300, assumption("domain-notes §4.3"), "Mean floor area of a home."));
        d.add(real("households.areaSdM2", "m²", 20, 0, 150, assumption("domain-notes §4.3"), "Standard deviation of floor area."));
        d.add(real("households.partyMemberShare", "share", 0.10, 0, 1, assumption("about one household in ten has a resident party member"),
                "Share of households with a resident party member."));
        d.add(real("households.elderlyShareOld", "share", 0.30, 0, 1, assumption("domain-notes §4.3"),
                "Share of households with an elderly member in old compounds."));
        d.add(real("households.elderlyShareNew", "share", 0.12, 0, 1, assumption("domain-notes §4.3"),
                "Share of households with an elderly member in commercial compounds."));
    }
}
