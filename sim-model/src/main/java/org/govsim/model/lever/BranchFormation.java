package org.govsim.model.lever;

import java.util.List;
import org.govsim.model.District;
import org.govsim.model.Ordering;
import org.govsim.model.config.ModelConfig;
import org.govsim.model.issue.BranchService;
import org.govsim.model.issue.Level;
import org.govsim.model.issue.ServerPool;
import org.govsim.model.metrics.LeverCount;
import org.govsim.model.param.ParamValues;
import org.govsim.model.world.Compound;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * New compound party branches (小区党支部), formed by the "four batches" (四个一批): stand-alone where the
 * compound has enough members, by transferring members' relations, by dispatching a secretary, or by
 * merging small compounds. The method sets the branch's strength and how long it takes to start working.
 */
public final class BranchFormation implements Lever {
    private static final long serialVersionUID = 1L;
    private static final double LARGE_COMPOUND = 300;
    private static final double SMALL_COMPOUND = 100;

    private final int newBranches;
    private final String method;
    private final double secretaryQuality;
    private final ParamValues values;

    public BranchFormation(ParamValues p) {
        this.newBranches = p.integer("branches.newBranches");
        this.method = p.choice("branches.formationMethod");
        this.secretaryQuality = p.real("branches.secretaryQuality");
        this.values = p;
    }

    @Override
    public String name() {
        return "branches";
    }

    @Override
    public void install(District district) {
        List<Compound> chosen = CompoundPicker.random(district.compounds(), c -> !c.hasBranch(), newBranches,
                district.streams().lever(name()));
        for (Compound c : chosen) {
            String m = method.equals("FOUR_BATCHES") ? batchFor(c) : method;
            String key = "branches." + m.toLowerCase() + ".";
            double strength = Math.max(0, Math.min(1, values.real(key + "strength") + 0.4 * (secretaryQuality - 0.5)));
            district.schedule.scheduleOnce(values.integer("branches.startDay") + values.integer(key + "delayDays"), Ordering.LEVERS,
                    new FormBranch(c, strength));
        }
    }

    /** The four batches by compound: large ones stand alone; old small ones merge; other old ones get a dispatched secretary. */
    private static String batchFor(Compound c) {
        if (c.households() >= LARGE_COMPOUND) {
            return "STANDALONE";
        }
        if (c.isOld()) {
            return c.households() < SMALL_COMPOUND ? "MERGED" : "DISPATCHED";
        }
        return "TRANSFER";
    }

    /** The day a branch starts working in a compound. */
    private static final class FormBranch implements Steppable {
        private static final long serialVersionUID = 1L;
        private final Compound compound;
        private final double strength;

        FormBranch(Compound compound, double strength) {
            this.compound = compound;
            this.strength = strength;
        }

        @Override
        public void step(SimState state) {
            District d = (District) state;
            ModelConfig config = d.config();
            BranchService rule = new BranchService(config.level(Level.BRANCH), strength);
            ServerPool desk = compound.pool(Level.BRANCH);
            if (desk == null) {
                compound.setPool(Level.BRANCH, new ServerPool(Level.BRANCH, config.capacity().branchServers(), rule));
            } else {
                // advisors already keep a desk here: it becomes the branch, with the branch's own capacity added
                desk.setRule(rule);
                desk.setServers(desk.servers() + config.capacity().branchServers());
                d.pipeline().capacityChanged(desk, state.schedule.getTime());
            }
            compound.setBranch(true);
            d.metrics().levers().add(LeverCount.NEW_BRANCHES, 1, state.schedule.getTime());
        }
    }
}
