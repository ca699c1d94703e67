package org.govsim.model.issue;

import sim.engine.SimState;
import sim.engine.Steppable;

/** The moment a household's patience with a reported issue runs out. Scheduled only when it could matter. */
final class PatienceExpiry implements Steppable {
    private static final long serialVersionUID = 1L;

    private final ResolutionPipeline pipeline;
    private final Issue issue;

    PatienceExpiry(ResolutionPipeline pipeline, Issue issue) {
        this.pipeline = pipeline;
        this.issue = issue;
    }

    @Override
    public void step(SimState state) {
        pipeline.onPatienceExpired(issue);
    }
}
