package org.govsim.model.config;

import org.govsim.model.issue.Level;
import org.govsim.model.param.ParamValues;

/** A level's service: median time, spread, distribution and base success probability. */
public record LevelConfig(Level level, double serviceMedianDays, double serviceSigma, boolean exponential, double successProb) implements java.io.Serializable {

    public static LevelConfig from(ParamValues p, Level level) {
        String k = "levels." + level.key() + ".";
        if (p.catalog().find(k + "serviceMedianDays").isEmpty()) {
            return null;
        }
        return new LevelConfig(level, p.real(k + "serviceMedianDays"), p.real(k + "serviceSigma"),
                "EXPONENTIAL".equals(p.choice(k + "serviceDistribution")), p.real(k + "successProb"));
    }
}
