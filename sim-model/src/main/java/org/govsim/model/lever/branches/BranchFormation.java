package org.govsim.model.lever.branches;

import java.util.List;
import org.govsim.model.actors.PartyBranch;
import org.govsim.model.lever.CompoundPicker;
import org.govsim.model.lever.Lever;
import org.govsim.model.lever.LeverContext;
import org.govsim.model.lever.LeverMetrics;
import org.govsim.model.metrics.Counter;
import org.govsim.model.metrics.MetricDef;
import org.govsim.model.param.ParamDef;
import org.govsim.model.param.ParamValues;
import org.govsim.model.world.Compound;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * New compound party branches (小区党支部), formed by the "four batches" (四个一批): stand-alone where the
 * compound has enough members, by transferring members' relations, by dispatching a secretary, or by
 * merging small compounds. The method sets the branch's strength and how long it takes to start working.
 */
public final class BranchFormation implements Lever<BranchSettings> {
    private static final long serialVersionUID = 1L;
    /** The capacity a formed branch adds to the compound's branch level. */
    private static final String CONTRIBUTOR = "branches";

    @Override
    public String name() {
        return "branches";
    }

    @Override
    public String title() {
        return "New compound party branches (小区党支部, 四个一批)";
    }

    @Override
    public List<ParamDef> parameters() {
        return BranchSettings.declare();
    }

    @Override
    public List<MetricDef> metrics() {
        return List.of(LeverMetrics.count("new_branches", "branch", "个", "new party branches formed", "新成立小区党支部",
                "branches that started working in the window"));
    }

    @Override
    public BranchSettings settings(ParamValues values) {
        return BranchSettings.from(values);
    }

    @Override
    public void install(BranchSettings s, LeverContext context) {
        List<Compound> chosen = CompoundPicker.random(context.compounds(), c -> !c.hasBranch(), s.newBranches(), context.stream());
        Counter formed = context.counter("new_branches");
        for (Compound c : chosen) {
            BranchSettings.FormationMethod m = s.method() == BranchSettings.FormationMethod.FOUR_BATCHES ? batchFor(c, s) : s.method();
            double strength = Math.max(0, Math.min(1, s.strength()[m.ordinal()] + s.secretaryWeight() * (s.secretaryQuality() - 0.5)));
            context.scheduleOnce(s.startDay() + s.delayDays()[m.ordinal()], new FormBranch(context, c, strength, formed));
        }
    }

    /** The four batches by compound: large ones stand alone; old small ones merge; other old ones get a dispatched secretary. */
    private static BranchSettings.FormationMethod batchFor(Compound c, BranchSettings s) {
        if (c.households() >= s.standaloneMinHouseholds()) {
            return BranchSettings.FormationMethod.STANDALONE;
        }
        if (c.isOld()) {
            return c.households() < s.mergeBelowHouseholds() ? BranchSettings.FormationMethod.MERGED : BranchSettings.FormationMethod.DISPATCHED;
        }
        return BranchSettings.FormationMethod.TRANSFER;
    }

    /** The day a branch starts working: where advisors already keep a desk, it becomes the branch's. */
    private static final class FormBranch implements Steppable {
        private static final long serialVersionUID = 1L;
        private final LeverContext context;
        private final Compound compound;
        private final double strength;
        private final Counter formed;

        FormBranch(LeverContext context, Compound compound, double strength, Counter formed) {
            this.context = context;
            this.compound = compound;
            this.strength = strength;
            this.formed = formed;
        }

        @Override
        public void step(SimState state) {
            compound.setBranch(new PartyBranch(strength));
            context.contribute(context.network().branchDesk(compound), CONTRIBUTOR, context.core().network().branchServers());
            formed.add(compound, 1, context.now());
        }
    }
}
