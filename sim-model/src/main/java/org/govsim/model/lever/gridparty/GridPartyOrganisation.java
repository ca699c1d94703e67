package org.govsim.model.lever.gridparty;

import ec.util.MersenneTwisterFast;
import java.util.List;
import org.govsim.model.issue.DetectionChannel;
import org.govsim.model.issue.Issue;
import org.govsim.model.issue.IssueModifier;
import org.govsim.model.issue.Level;
import org.govsim.model.lever.Lever;
import org.govsim.model.lever.LeverContext;
import org.govsim.model.lever.LeverMetrics;
import org.govsim.model.metrics.MetricDef;
import org.govsim.model.param.ParamDef;
import org.govsim.model.param.ParamValues;
import org.govsim.model.world.Compound;
import org.govsim.model.world.Grid;

/**
 * Grid party organisations (网格党组织, Yindu: 184 urban grids, 87 party groups and 97 branches; 179 liaison
 * cadres): members join the grid worker's survey visits (more latent issues found) and back the settlement
 * of small matters in the grid (小事不出网格); departments' functions sunk into the grid shorten their
 * service; a liaison cadre brings the sub-district into community-level handling. The lever owns each grid's
 * organisation and cadre.
 */
public final class GridPartyOrganisation implements Lever<GridPartySettings> {
    private static final long serialVersionUID = 1L;
    private static final byte GROUP = 1;
    private static final byte BRANCH = 2;

    @Override
    public String name() {
        return "gridParty";
    }

    @Override
    public String title() {
        return "Grid party organisations (网格党组织)";
    }

    @Override
    public List<ParamDef> parameters() {
        return GridPartySettings.declare();
    }

    @Override
    public List<MetricDef> metrics() {
        return List.of(
                LeverMetrics.figure("grid_party_organisation", "0-2", "0-2", "the grid's party organisation", "网格党组织",
                        "of the compound's grid: 0 none, 1 party group, 2 party branch"),
                LeverMetrics.flag("liaison_cadre", "grid has a liaison cadre", "网格联系干部", "of the compound's grid"));
    }

    @Override
    public GridPartySettings settings(ParamValues values) {
        return GridPartySettings.from(values);
    }

    @Override
    public void install(GridPartySettings s, LeverContext context) {
        MersenneTwisterFast rng = context.stream();
        Grid[] grids = context.grids();
        byte[] organisation = new byte[grids.length];
        boolean[] liaison = new boolean[grids.length];
        for (Grid g : grids) {
            organisation[g.index()] = rng.nextDouble() < s.branchShare() ? BRANCH : GROUP;
            liaison[g.index()] = rng.nextDouble() < s.liaisonCadreShare();
        }
        double[] patrol = {1, s.groupPatrolMultiplier(), s.branchPatrolMultiplier()};
        double[] uplift = {0, s.groupSuccessUplift(), s.branchSuccessUplift()};
        context.figure("grid_party_organisation", c -> organisation[c.grid().index()]);
        context.figure("liaison_cadre", c -> liaison[c.grid().index()] ? 1 : 0);
        context.addDetectionChannel(new PartyPatrol(organisation, patrol));
        context.addIssueModifier(new GridBacking(s, organisation, liaison, uplift));
    }

    /** Members walking with the grid worker: the extra visits beyond the worker's own. */
    private record PartyPatrol(byte[] organisation, double[] multiplier) implements DetectionChannel {
        @Override
        public String name() {
            return "grid_party_patrol";
        }

        @Override
        public double hazardPerDay(Compound compound) {
            Grid g = compound.grid();
            return g.patrolHazardPerDay() * (multiplier[organisation[g.index()]] - 1);
        }
    }

    private record GridBacking(GridPartySettings s, byte[] organisation, boolean[] liaison, double[] uplift) implements IssueModifier {
        @Override
        public double successShift(Issue issue, Level level) {
            int g = issue.compound().grid().index();
            if (level == Level.GRID) {
                return uplift[organisation[g]];
            }
            return level == Level.COMMUNITY && liaison[g] ? s.liaisonSuccessUplift() : 0;
        }

        @Override
        public double serviceDays(Issue issue, Level level, double days) {
            return s.departmentFunctionsSunk() && level == Level.DEPARTMENT ? days * s.sunkServiceFactor() : days;
        }
    }
}
