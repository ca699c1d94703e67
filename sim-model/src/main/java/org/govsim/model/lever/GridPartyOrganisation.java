package org.govsim.model.lever;

import ec.util.MersenneTwisterFast;
import org.govsim.model.District;
import org.govsim.model.issue.DetectionChannel;
import org.govsim.model.issue.Issue;
import org.govsim.model.issue.IssueModifier;
import org.govsim.model.issue.Level;
import org.govsim.model.param.ParamValues;
import org.govsim.model.world.Compound;
import org.govsim.model.world.Grid;

/**
 * Grid party organisations (网格党组织, Yindu: 184 urban grids, 87 party groups and 97 branches; 179 liaison
 * cadres): members join the grid worker's survey visits (more latent issues found) and back the settlement
 * of small matters in the grid (小事不出网格); departments' functions sunk into the grid shorten their
 * service; a liaison cadre brings the sub-district into community-level handling.
 */
public final class GridPartyOrganisation implements Lever {
    private static final long serialVersionUID = 1L;

    private final double branchShare;
    private final double[] successUplift = new double[3];
    private final double[] patrolMultiplier = new double[3];
    private final boolean sunk;
    private final double sunkFactor;
    private final double liaisonShare;
    private final double liaisonUplift;

    public GridPartyOrganisation(ParamValues p) {
        this.branchShare = p.real("gridParty.branchShare");
        successUplift[1] = p.real("gridParty.groupSuccessUplift");
        successUplift[2] = p.real("gridParty.branchSuccessUplift");
        patrolMultiplier[0] = 1;
        patrolMultiplier[1] = p.real("gridParty.groupPatrolMultiplier");
        patrolMultiplier[2] = p.real("gridParty.branchPatrolMultiplier");
        this.sunk = p.bool("gridParty.departmentFunctionsSunk");
        this.sunkFactor = p.real("gridParty.sunkServiceFactor");
        this.liaisonShare = p.real("gridParty.liaisonCadreShare");
        this.liaisonUplift = p.real("gridParty.liaisonSuccessUplift");
    }

    @Override
    public String name() {
        return "gridParty";
    }

    @Override
    public void install(District district) {
        MersenneTwisterFast rng = district.streams().lever(name());
        for (Grid g : district.grids()) {
            g.setPartyOrganisation(rng.nextDouble() < branchShare ? 2 : 1);
            g.setLiaisonCadre(rng.nextDouble() < liaisonShare);
        }
        district.pipeline().addDetectionChannel(new PartyPatrol(patrolMultiplier));
        district.pipeline().addModifier(new GridBacking(this));
    }

    /** Members walking with the grid worker: the extra visits beyond the worker's own. */
    private record PartyPatrol(double[] multiplier) implements DetectionChannel {
        @Override
        public String name() {
            return "grid_party_patrol";
        }

        @Override
        public double hazardPerDay(Compound compound) {
            Grid g = compound.grid();
            return g.patrolHazardPerDay() * (multiplier[g.partyOrganisation()] - 1);
        }
    }

    private record GridBacking(GridPartyOrganisation lever) implements IssueModifier {
        @Override
        public double successShift(Issue issue, Level level) {
            Grid g = issue.compound().grid();
            if (level == Level.GRID) {
                return lever.successUplift[g.partyOrganisation()];
            }
            return level == Level.COMMUNITY && g.hasLiaisonCadre() ? lever.liaisonUplift : 0;
        }

        @Override
        public double serviceDays(Issue issue, Level level, double days) {
            return lever.sunk && level == Level.DEPARTMENT ? days * lever.sunkFactor : days;
        }
    }
}
