package org.govsim.runner.calibration;

/**
 * The model as the sampler sees it: a point of the prior box in, the targets' simulated values out. The sampler
 * knows nothing else of the model; {@link ModelSimulator} is the one implementation that runs the district.
 */
@FunctionalInterface
public interface Simulator {

    /**
     * Simulates the point once per seed.
     *
     * @param theta the free parameters' values, in the order of the priors
     * @param seeds one seed per replication
     * @return the targets' values, {@code [target][replication]}; NaN where a value is undefined
     */
    double[][] simulate(double[] theta, long[] seeds);
}
