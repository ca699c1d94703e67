package org.govsim.runner.calibration;

/**
 * One simulated point of a generation: where it came from, its parameters, its importance weight (not normalised),
 * its distance to the observations and the targets' values it produced.
 *
 * @param generation the generation that proposed it
 * @param index      its place among that generation's proposals
 * @param theta      the free parameters' values, in prior order
 * @param weight     prior density over proposal density (1 for the first generation, drawn from the prior)
 * @param distance   its distance to the observations (+Inf when a target's value is not a number)
 * @param values     the targets' values, {@code [target][replication]}
 */
public record Particle(int generation, int index, double[] theta, double weight, double distance, double[][] values) {

    /** The same particle with its weight. */
    Particle withWeight(double w) {
        return new Particle(generation, index, theta, w, distance, values);
    }
}
