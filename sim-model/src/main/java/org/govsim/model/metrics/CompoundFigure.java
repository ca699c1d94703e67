package org.govsim.model.metrics;

import java.io.Serializable;
import org.govsim.model.world.Compound;

/**
 * A figure of one compound that a lever owns (its security level, its advisors), read by outputs and the GUI. It is
 * saved with a checkpoint, so it is a named class (the records here cover arrays a lever keeps), never a lambda.
 */
public interface CompoundFigure extends Serializable {

    double of(Compound compound);

    /** 0 everywhere: a figure whose lever is off. */
    record Zero() implements CompoundFigure {
        @Override
        public double of(Compound compound) {
            return 0;
        }
    }

    /** A count per compound, indexed by the compound. */
    record PerCompound(int[] values) implements CompoundFigure {
        @Override
        public double of(Compound compound) {
            return values[compound.index()];
        }
    }

    /** A number per compound, indexed by the compound. */
    record PerCompoundValue(double[] values) implements CompoundFigure {
        @Override
        public double of(Compound compound) {
            return values[compound.index()];
        }
    }

    /** A count per grid, read for the compound's grid. */
    record PerGridCount(int[] values) implements CompoundFigure {
        @Override
        public double of(Compound compound) {
            return values[compound.grid().index()];
        }
    }

    /** A yes (1) or no (0) per compound. */
    record Flags(boolean[] values) implements CompoundFigure {
        @Override
        public double of(Compound compound) {
            return values[compound.index()] ? 1 : 0;
        }
    }

    /** A number per grid, read for the compound's grid. */
    record PerGrid(byte[] values) implements CompoundFigure {
        @Override
        public double of(Compound compound) {
            return values[compound.grid().index()];
        }
    }

    /** A yes or no per grid, read for the compound's grid. */
    record GridFlags(boolean[] values) implements CompoundFigure {
        @Override
        public double of(Compound compound) {
            return values[compound.grid().index()] ? 1 : 0;
        }
    }
}
