package org.govsim.model.issue;

import java.io.Serializable;

/**
 * The baseline capacity of each level: concurrent cases per pool, scaled to the households a pool serves where
 * its size depends on them, and how much a branch's strength adds to its success.
 */
public record NetworkConfig(double propertyServersPer1000Households, int gridServersPerWorker, int branchServers,
                            double branchStrengthWeight, double communityServersPer1000Households,
                            double departmentServersPer1000Households) implements Serializable {

    /** Servers for a pool scaled to the households it serves, never fewer than one. */
    public static int scaled(double per1000, int households) {
        return Math.max(1, (int) Math.round(per1000 * households / 1000.0));
    }
}
