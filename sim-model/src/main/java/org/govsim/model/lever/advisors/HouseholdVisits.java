package org.govsim.model.lever.advisors;

import org.govsim.model.issue.DetectionChannel;
import org.govsim.model.world.Compound;

/** Advisors' household visits (走访入户) find latent issues: each visit covers one household. */
record HouseholdVisits(AdvisorDeployment.Stationed stationed, double visitsPerWeek) implements DetectionChannel {
    @Override
    public String name() {
        return "advisor_visit";
    }

    @Override
    public double hazardPerDay(Compound compound) {
        return stationed.in(compound) * visitsPerWeek / 7.0 / compound.households();
    }
}
