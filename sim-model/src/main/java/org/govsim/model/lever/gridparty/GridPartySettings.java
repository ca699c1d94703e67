package org.govsim.model.lever.gridparty;

import static org.govsim.model.param.ParamDef.bool;
import static org.govsim.model.param.ParamDef.real;
import static org.govsim.model.param.Sources.assumption;

import java.util.List;
import org.govsim.model.lever.LeverSettings;
import org.govsim.model.param.ParamDef;
import org.govsim.model.param.Sources;
import org.govsim.model.param.ParamValues;

/** Grid party organisations: how many are branches, and what groups, branches, sunk functions and liaison cadres do. */
record GridPartySettings(boolean enabled, double branchShare, double groupSuccessUplift, double branchSuccessUplift,
                         double groupPatrolMultiplier, double branchPatrolMultiplier, boolean departmentFunctionsSunk,
                         double sunkServiceFactor, double liaisonCadreShare, double liaisonSuccessUplift) implements LeverSettings {

    static List<ParamDef> declare() {
        return List.of(
                bool("gridParty.enabled", false, "article Q25-Q30, Q51: grid party organisations in every grid", "Grid party organisations."),
                real("gridParty.branchShare", "share", 0.53, 0, 1, "article Q27-Q28: 97 branches and 87 groups of 184",
                        "Share of grids whose party organisation is a branch (the rest are party groups)."),
                real("gridParty.groupSuccessUplift", "probability", 0.3148, 0, 0.5, Sources.posteriorMedian(Sources.YINDU, "[0.0277, 0.467]"),
                        "Added to the grid level's success in a grid with a party group."),
                real("gridParty.branchSuccessUplift", "probability", 0.3161, 0, 0.5, Sources.posteriorMedian(Sources.YINDU, "[0.0456, 0.482]"),
                        "Added to the grid level's success in a grid with a party branch."),
                real("gridParty.groupPatrolMultiplier", "×", 1.5, 1, 5, assumption("members join the survey visits"),
                        "Grid patrol visits × this with a party group."),
                real("gridParty.branchPatrolMultiplier", "×", 2.0, 1, 5, assumption("members join the survey visits"),
                        "Grid patrol visits × this with a party branch."),
                bool("gridParty.departmentFunctionsSunk", true, "article: departments' functions sunk into the grid (Yindu)",
                        "Departments' functions sunk into grids shorten their service."),
                real("gridParty.sunkServiceFactor", "×", 0.5, 0.1, 1, assumption("domain-notes §4.5.2: median × 0.5"),
                        "Department service time × this when functions are sunk."),
                real("gridParty.liaisonCadreShare", "share", 0.97, 0, 1, "article Q30: 179 liaison cadres for 184 urban grids",
                        "Share of grids with a liaison cadre (联系网格干部)."),
                real("gridParty.liaisonSuccessUplift", "probability", 0.10, 0, 0.5, assumption("domain-notes §4.5.2: +0.1·liaisonCadre"),
                        "Added to the community's success for issues from a grid with a liaison cadre."));
    }

    static GridPartySettings from(ParamValues p) {
        return new GridPartySettings(p.bool("gridParty.enabled"), p.real("gridParty.branchShare"), p.real("gridParty.groupSuccessUplift"),
                p.real("gridParty.branchSuccessUplift"), p.real("gridParty.groupPatrolMultiplier"), p.real("gridParty.branchPatrolMultiplier"),
                p.bool("gridParty.departmentFunctionsSunk"), p.real("gridParty.sunkServiceFactor"), p.real("gridParty.liaisonCadreShare"),
                p.real("gridParty.liaisonSuccessUplift"));
    }
}
