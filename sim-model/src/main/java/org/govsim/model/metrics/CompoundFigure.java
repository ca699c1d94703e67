package org.govsim.model.metrics;

import java.io.Serializable;
import org.govsim.model.world.Compound;

/** A figure of one compound that a lever owns (its security level, its advisors), read by outputs and the GUI. */
@FunctionalInterface
public interface CompoundFigure extends Serializable {

    double of(Compound compound);
}
