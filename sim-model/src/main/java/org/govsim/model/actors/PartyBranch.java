package org.govsim.model.actors;

import java.io.Serializable;

/**
 * A compound party branch (小区党支部). Its strength in [0, 1] (the secretary and the committee's capacity) raises
 * how often the branch level settles a case.
 */
public final class PartyBranch implements Serializable {
    private static final long serialVersionUID = 1L;

    private final double strength;

    public PartyBranch(double strength) {
        this.strength = Math.max(0, Math.min(1, strength));
    }

    public double strength() {
        return strength;
    }
}
