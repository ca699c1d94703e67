package org.govsim.model.lever;

import java.io.Serializable;

/** A lever's typed, immutable settings, read once from the scenario. */
public interface LeverSettings extends Serializable {

    /** Whether the scenario switches the lever on. */
    boolean enabled();
}
