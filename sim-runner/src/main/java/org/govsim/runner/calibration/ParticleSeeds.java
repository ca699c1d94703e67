package org.govsim.runner.calibration;

import ec.util.MersenneTwisterFast;
import org.govsim.model.engine.RandomStreams;
import org.govsim.runner.experiment.ReplicationSeeds;

/**
 * Every random number of a calibration comes from a stream derived from the base seed and the place where it is
 * used (SSJ's habit): particle i of generation t draws its proposal from stream (seed, t, i) and simulates on
 * replication seeds derived from (seed, t, i), so neither depends on which thread, shard or resumed process makes
 * it. The kernel's box mass of generation t has a stream of its own.
 */
final class ParticleSeeds {
    private static final long PROPOSALS = 0xAB0C_0001L;
    private static final long SIMULATIONS = 0xAB0C_0002L;
    private static final long BOX_MASS = 0xAB0C_0003L;

    private final long seed;

    ParticleSeeds(long seed) {
        this.seed = seed;
    }

    MersenneTwisterFast proposal(int generation, int index) {
        return new MersenneTwisterFast(RandomStreams.derive(stream(PROPOSALS, generation), index));
    }

    long[] replications(int generation, int index, int replications) {
        long particle = RandomStreams.derive(stream(SIMULATIONS, generation), index);
        long[] seeds = new long[replications];
        for (int r = 0; r < replications; r++) {
            seeds[r] = ReplicationSeeds.seed(particle, r);
        }
        return seeds;
    }

    MersenneTwisterFast boxMass(int generation) {
        return new MersenneTwisterFast(stream(BOX_MASS, generation));
    }

    /** One level per purpose, then one per generation, so that no two purposes share a generation's stream. */
    private long stream(long purpose, int generation) {
        return RandomStreams.derive(RandomStreams.derive(seed, purpose), generation);
    }
}
