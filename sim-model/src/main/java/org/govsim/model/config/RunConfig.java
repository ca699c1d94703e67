package org.govsim.model.config;

import org.govsim.model.param.ParamValues;

/** How long a run lasts: a burn-in, then the observed window. */
public record RunConfig(int days, int burnInDays) implements java.io.Serializable {
    public static RunConfig from(ParamValues p) {
        return new RunConfig(p.integer("run.days"), p.integer("run.burnInDays"));
    }

    public double endDay() {
        return burnInDays + (double) days;
    }
}
