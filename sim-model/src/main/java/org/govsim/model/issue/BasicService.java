package org.govsim.model.issue;

import ec.util.MersenneTwisterFast;
import org.govsim.model.engine.RandomStreams;

/** A level's own service: lognormal (or exponential) time with the configured median, fixed success. */
public class BasicService implements ServiceRule {
    private static final long serialVersionUID = 1L;
    private static final double LN2 = Math.log(2);

    private final LevelConfig config;

    public BasicService(LevelConfig config) {
        this.config = config;
    }

    protected LevelConfig config() {
        return config;
    }

    @Override
    public double serviceDays(Issue issue, MersenneTwisterFast rng) {
        return config.exponential()
                ? RandomStreams.exponential(rng, LN2 / config.serviceMedianDays())
                : RandomStreams.lognormal(rng, config.serviceMedianDays(), config.serviceSigma());
    }

    @Override
    public double successProb(Issue issue) {
        return config.successProb();
    }
}
