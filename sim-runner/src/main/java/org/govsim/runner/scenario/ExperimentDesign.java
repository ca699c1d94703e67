package org.govsim.runner.scenario;

/** How an experiment's points are chosen from its factors. */
public enum ExperimentDesign {
    /** Every combination of the listed values. */
    FACTORIAL,
    /** The scenario itself, then each uncertainty moved alone to each of its listed values. */
    ONE_AT_A_TIME,
    /** {@code samples} points over the uncertainties' ranges, one per stratum of each (McKay, Beckman and Conover 1979). */
    LATIN_HYPERCUBE,
    /** Saltelli's A, B and AB<sub>i</sub> matrices from a Sobol sequence, for first-order and total sensitivity indices. */
    SOBOL,
    /** {@code trajectories} one-factor-at-a-time paths on a grid of {@code levels}, for elementary effects (Morris 1991). */
    MORRIS,
    /** Explicit points: the rows of a CSV file whose header names parameter paths. */
    TABLE;

    /** Whether the uncertainties are ranges sampled from (true) or listed values (false). */
    public boolean samplesRanges() {
        return this == LATIN_HYPERCUBE || this == SOBOL || this == MORRIS;
    }

    /** Whether the design draws {@code samples} points (or base points) from the ranges. */
    public boolean takesSamples() {
        return this == LATIN_HYPERCUBE || this == SOBOL;
    }
}
