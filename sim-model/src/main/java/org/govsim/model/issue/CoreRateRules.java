package org.govsim.model.issue;

import org.govsim.model.actors.PropertyConfig;
import org.govsim.model.world.Compound;

/**
 * The state dependence of arrival rates that belongs to the core model (MODEL.md §2, step 1): low property
 * effort raises property-service disputes (× exp(−κ (e − e_ref))) and repairs; social capital lowers
 * neighbour disputes; flood hazards arise only in the flood season.
 */
public final class CoreRateRules implements RateModifier {
    private static final long serialVersionUID = 1L;

    private final IssueRules rules;
    private final PropertyConfig property;

    public CoreRateRules(IssueRules rules, PropertyConfig property) {
        this.rules = rules;
        this.property = property;
    }

    @Override
    public double multiplier(Compound c, IssueType type, int monthOfYear) {
        return switch (type) {
            case PROPERTY_SERVICE -> Math.exp(-property.disputeKappa() * (c.company().effort() - property.referenceEffort()));
            case REPAIR -> Math.max(0.1, 1 + property.repairQualityWeight() * (property.referenceEffort() - c.company().effort()));
            case NEIGHBOUR -> 1 - rules.neighbourSocialCapitalWeight() * c.socialCapital();
            case FLOOD_HAZARD -> rules.inFloodSeason(monthOfYear) ? 1 : 0;
            default -> 1;
        };
    }
}
