package org.govsim.model.issue;

import org.govsim.model.actors.PartyBranch;
import org.govsim.model.world.Compound;

/**
 * The compound's branch level: a stronger branch settles more (success = base + w × strength). Before a branch
 * forms, the level is a desk that settles at the base rate.
 */
public final class BranchService extends BasicService {
    private static final long serialVersionUID = 1L;

    private final double strengthWeight;
    private final Compound compound;

    public BranchService(LevelConfig config, double strengthWeight, Compound compound) {
        super(config);
        this.strengthWeight = strengthWeight;
        this.compound = compound;
    }

    @Override
    public double successProb(Issue issue) {
        PartyBranch branch = compound.branch();
        return branch == null ? super.successProb(issue) : Math.min(1, super.successProb(issue) + strengthWeight * branch.strength());
    }
}
