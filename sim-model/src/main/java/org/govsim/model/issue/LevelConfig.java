package org.govsim.model.issue;

import java.io.Serializable;

/** A level's service: median time, spread, distribution and base success probability. */
public record LevelConfig(Level level, double serviceMedianDays, double serviceSigma, boolean exponential, double successProb)
        implements Serializable {
}
