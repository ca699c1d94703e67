package org.govsim.model.lever.partners;

import ec.util.MersenneTwisterFast;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.govsim.model.issue.Issue;
import org.govsim.model.issue.IssueModifier;
import org.govsim.model.issue.IssueObserver;
import org.govsim.model.issue.IssueTag;
import org.govsim.model.issue.Level;
import org.govsim.model.lever.Lever;
import org.govsim.model.lever.LeverContext;
import org.govsim.model.lever.LeverMetrics;
import org.govsim.model.metrics.CompoundFigure;
import org.govsim.model.metrics.Counter;
import org.govsim.model.metrics.MetricDef;
import org.govsim.model.param.ParamDef;
import org.govsim.model.param.ParamValues;
import org.govsim.model.world.Compound;
import org.govsim.model.world.Grid;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * "1+N" services (Yindu; 双报到双服务双报告): outside units (clinics and hospitals, legal units, enterprises) are
 * bound to a grid of a community, each serving one issue type: elderly care, legal mediation of neighbour disputes,
 * shared infrastructure. On scheduled sessions a unit adds capacity to its grid's workers; at any time its expertise
 * raises the success of its type's cases from the grid's compounds at the building group, grid and branch (tagged and
 * counted when settled). The lever owns the units and their bindings.
 */
public final class PartnerUnits implements Lever<PartnerSettings> {
    private static final long serialVersionUID = 1L;

    @Override
    public String name() {
        return "partnerUnits";
    }

    @Override
    public String title() {
        return "1+N services by outside units (1+N, 双报到双服务双报告)";
    }

    @Override
    public List<ParamDef> parameters() {
        return PartnerSettings.declare();
    }

    @Override
    public List<MetricDef> metrics() {
        return List.of(
                LeverMetrics.districtCount("partner_sessions", "session", "次", "outside units' service sessions", "共建单位服务",
                        "scheduled sessions that outside units held in their grids in the window"),
                LeverMetrics.count("settled_with_partner_units", "issue", "件", "issues settled with outside units", "共建单位参与化解",
                        "elderly-care, neighbour and shared-infrastructure cases settled in the window with a bound unit's part"),
                LeverMetrics.figure("partner_units", "unit", "个", "outside units bound to the grid", "网格共建单位",
                        "units bound to the compound's grid"));
    }

    @Override
    public PartnerSettings settings(ParamValues values) {
        return PartnerSettings.from(values);
    }

    @Override
    public void install(PartnerSettings s, LeverContext context) {
        MersenneTwisterFast rng = context.stream();
        List<List<Grid>> gridsOf = new ArrayList<>();
        for (int c = 0; c < context.communities().length; c++) {
            gridsOf.add(new ArrayList<>());
        }
        for (Grid g : context.grids()) {
            gridsOf.get(g.community().index()).add(g);
        }
        int[] servedTypes = new int[context.grids().length];
        int[] unitsAt = new int[context.grids().length];
        Counter sessions = context.counter("partner_sessions");
        int unit = 0;
        for (List<Grid> grids : gridsOf) {
            if (grids.isEmpty() || rng.nextDouble() >= s.coverage()) {
                continue;
            }
            int next = 0;
            for (PartnerKind kind : PartnerKind.values()) {
                for (int u = 0; u < s.unitsPerCommunity()[kind.ordinal()]; u++) {
                    Grid g = grids.get(next++ % grids.size());
                    servedTypes[g.index()] |= 1 << kind.serves().ordinal();
                    unitsAt[g.index()]++;
                    Session session = new Session(new Unit(unit++, kind), g, s, context, sessions);
                    context.scheduleRepeating(rng.nextInt(s.serviceIntervalDays()), s.serviceIntervalDays(), session);
                }
            }
        }
        context.figure("partner_units", new CompoundFigure.PerGridCount(unitsAt));
        Expertise expertise = new Expertise(servedTypes, s.typeUplift(), context.tag("partner"), context.counter("settled_with_partner_units"));
        context.addIssueModifier(expertise);
        context.addIssueObserver(expertise);
    }

    /** One outside unit; it contributes capacity under its own name. */
    record Unit(int index, PartnerKind kind) implements Serializable {
        /** The name its servers go under at a grid's pool. */
        String contributor() {
            return "partner-" + index;
        }
    }

    /** A scheduled session: the unit's servers join its grid's pool, and leave when the session ends. */
    private static final class Session implements Steppable {
        private static final long serialVersionUID = 1L;
        private final Unit unit;
        private final Grid grid;
        private final PartnerSettings s;
        private final LeverContext context;
        private final Counter sessions;

        Session(Unit unit, Grid grid, PartnerSettings s, LeverContext context, Counter sessions) {
            this.unit = unit;
            this.grid = grid;
            this.s = s;
            this.context = context;
            this.sessions = sessions;
        }

        @Override
        public void step(SimState state) {
            double now = context.now();
            sessions.add(1, now);
            context.contribute(context.network().pool(grid), unit.contributor(), s.serversPerUnit());
            context.scheduleOnce(now + s.sessionHours() / 24.0, new SessionEnd(unit, grid, context));
        }
    }

    private record SessionEnd(Unit unit, Grid grid, LeverContext context) implements Steppable {
        @Override
        public void step(SimState state) {
            context.contribute(context.network().pool(grid), unit.contributor(), 0);
        }
    }

    /** The units' expertise in their types, for cases from their grid's compounds, at the levels that work with them. */
    private record Expertise(int[] servedTypes, double uplift, IssueTag part, Counter settled) implements IssueModifier, IssueObserver {
        @Override
        public void beforeService(Issue issue, Level level) {
            if (serves(issue, level)) {
                issue.tag(part);
            }
        }

        @Override
        public double successShift(Issue issue, Level level) {
            return serves(issue, level) ? uplift : 0;
        }

        @Override
        public void settled(Issue issue, Level level, double now) {
            if (issue.has(part)) {
                settled.add(issue.compound(), 1, now);
            }
        }

        private boolean serves(Issue issue, Level level) {
            Compound c = issue.compound();
            return (level == Level.BUILDING_GROUP || level == Level.GRID || level == Level.BRANCH)
                    && (servedTypes[c.grid().index()] & (1 << issue.type().ordinal())) != 0;
        }
    }
}
