package org.govsim.model.config;

import java.io.Serializable;

/** How long a run lasts: a burn-in, then the observed window. */
public record RunConfig(int days, int burnInDays) implements Serializable {

    public double endDay() {
        return burnInDays + (double) days;
    }
}
