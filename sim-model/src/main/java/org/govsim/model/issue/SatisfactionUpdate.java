package org.govsim.model.issue;

import java.io.Serializable;
import org.govsim.model.world.Households;

/**
 * How an issue's end moves the household (domain-notes §4.5.4): the outcome u = 1 − w_t·min(1, T/T_exp)
 * − w_q·(1 − quality) [property issues] + w_g [settled in the compound], and satisfaction moves toward u
 * by the learning rate. Property issues move satisfaction with the company; the others move satisfaction
 * with the branch and community, and trust. Leaving for the hotline is the outcome {@code exitOutcome}.
 */
final class SatisfactionUpdate implements Serializable {
    private static final long serialVersionUID = 1L;

    private final IssueTypeConfig[] types;
    private final BehaviourConfig b;
    private final Households households;

    SatisfactionUpdate(IssueTypeConfig[] types, BehaviourConfig behaviour, Households households) {
        this.types = types;
        this.b = behaviour;
        this.households = households;
    }

    void settled(Issue issue, Level level, double now) {
        double start = Double.isNaN(issue.reportedAt()) ? issue.createdAt() : issue.reportedAt();
        double late = Math.min(1, (now - start) / types[issue.type().ordinal()].expectedDays());
        double u = 1 - b.timeWeight() * late + (level.inCompound() ? b.inCompoundBonus() : 0);
        if (issue.type().domain() == IssueType.Domain.PROPERTY) {
            u -= b.qualityWeight() * (1 - issue.compound().company().quality());
        }
        apply(issue, Math.max(0, Math.min(1, u)));
    }

    void exited(Issue issue) {
        apply(issue, b.exitOutcome());
    }

    private void apply(Issue issue, double u) {
        int h = issue.household();
        double eta = b.learningRate();
        if (issue.type().domain() == IssueType.Domain.PROPERTY) {
            double s = households.propertySatisfaction(h);
            households.setPropertySatisfaction(h, s + eta * (u - s));
        } else {
            double s = households.governanceSatisfaction(h);
            households.setGovernanceSatisfaction(h, s + eta * (u - s));
            double t = households.trust(h);
            households.setTrust(h, t + eta * (u - t));
        }
    }
}
