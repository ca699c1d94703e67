package org.govsim.runner.experiment;

import java.nio.file.Path;
import java.util.List;

/**
 * One batch to run: a plan (an experiment's points, or a plain run's one point) and how.
 *
 * @param dir       the output folder (chosen by the caller)
 * @param shard     the part of the plan's runs to make ({@link Shard#ALL}: all)
 * @param onlyRun   one run id of the plan to make alone ({@code --run ID}), or null
 * @param threads   worker threads (at least 1)
 * @param resume    continue the batch in {@code dir}, running only what its journal lacks
 * @param dryRun    plan and estimate, then stop
 * @param quiet     print nothing but errors
 * @param overrides the command line's {@code --days}/{@code --set} assignments, for the manifest
 * @param precision add replications until this precision is reached (a plain run only), or null
 * @param initial   with a precision: the first batch's replications
 * @param rerun     the command that reruns the batch, for the manifest
 * @param compounds write compounds.csv (a row per run and compound); off for batches too large for it
 */
public record BatchRequest(ExperimentPlan plan, Path dir, Shard shard, Long onlyRun, int threads, boolean resume, boolean dryRun,
                           boolean quiet, List<String> overrides, PrecisionTarget precision, int initial, String rerun, boolean compounds) {
    public BatchRequest {
        overrides = List.copyOf(overrides);
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
    }
}
