package org.govsim.model.issue;

import ec.util.MersenneTwisterFast;
import org.govsim.model.actors.PropertyCompany;
import org.govsim.model.actors.PropertyConfig;

/**
 * The property company's repair and service desk: the less effort the company makes, the slower it is and
 * the less often the first visit fixes the problem (domain-notes §4.5.2, L1).
 */
public final class PropertyService extends BasicService {
    private static final long serialVersionUID = 1L;

    private final PropertyCompany company;

    public PropertyService(LevelConfig config, PropertyCompany company) {
        super(config);
        this.company = company;
    }

    @Override
    public double serviceDays(Issue issue, MersenneTwisterFast rng) {
        PropertyConfig property = company.config();
        double factor = 1 + property.effortServiceFactor() * (property.referenceEffort() - company.effort());
        return super.serviceDays(issue, rng) * Math.max(0.1, factor);
    }

    @Override
    public double successProb(Issue issue) {
        PropertyConfig property = company.config();
        double w = property.effortSuccessWeight();
        double relative = (1 - w + w * company.effort()) / (1 - w + w * property.referenceEffort());
        return Math.min(1, super.successProb(issue) * relative);
    }
}
