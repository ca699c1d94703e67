package org.govsim.model.world;

import java.io.Serializable;

/** A community (社区) with its party committee, and the compounds it serves; its committee is level L4. */
public final class Community implements Serializable {
    private static final long serialVersionUID = 1L;

    private final int index;
    private final int households;

    public Community(int index, int households) {
        this.index = index;
        this.households = households;
    }

    public int index() {
        return index;
    }

    public int households() {
        return households;
    }
}
