package org.govsim.runner.experiment;

import org.govsim.model.param.ParamValues;

/** One run to make: which scenario point, which replication, which seed. */
public record RunSpec(int runId, String scenario, int replication, long seed, ParamValues values) {
}
