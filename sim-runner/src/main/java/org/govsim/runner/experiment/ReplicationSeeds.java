package org.govsim.runner.experiment;

import org.govsim.model.engine.RandomStreams;

/**
 * Seeds of replications: replication i of a batch with base seed s runs on seed(s, i), a SplitMix64
 * derivation, so replications are independent streams and any one can be rerun alone from the manifest.
 */
public final class ReplicationSeeds {
    private static final long REPLICATION_STREAM = 0x5EED_0000L;

    private ReplicationSeeds() {
    }

    public static long seed(long baseSeed, int replication) {
        return RandomStreams.derive(baseSeed, REPLICATION_STREAM + replication);
    }
}
