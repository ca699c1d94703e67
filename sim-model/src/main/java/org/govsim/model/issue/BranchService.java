package org.govsim.model.issue;

import org.govsim.model.config.LevelConfig;

/** The compound party branch: a stronger branch settles more (success = base + 0.25 × strength). */
public final class BranchService extends BasicService {
    private static final long serialVersionUID = 1L;
    private static final double STRENGTH_WEIGHT = 0.25;

    private final double strength;

    public BranchService(LevelConfig config, double strength) {
        super(config);
        this.strength = strength;
    }

    @Override
    public double successProb(Issue issue) {
        return Math.min(1, super.successProb(issue) + STRENGTH_WEIGHT * strength);
    }
}
