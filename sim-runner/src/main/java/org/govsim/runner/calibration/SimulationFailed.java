package org.govsim.runner.calibration;

import java.util.Arrays;

/**
 * A simulation threw: the calibration stops (a model that fails at some parameter values has a defect that a
 * silently rejected particle would hide). The journal keeps every simulation finished before it.
 */
public final class SimulationFailed extends Exception {
    private static final long serialVersionUID = 1L;

    SimulationFailed(int generation, int index, double[] theta, long[] seeds, Throwable cause) {
        super("the simulation of generation " + generation + ", particle " + index + " (parameters " + Arrays.toString(theta)
                + ", seeds " + Arrays.toString(seeds) + ") failed: " + cause, cause);
    }

    SimulationFailed(String what, Throwable cause) {
        super(what + " failed: " + cause, cause);
    }
}
