package org.govsim.runner.bench;

import java.util.List;

/** What {@code govsim bench} was asked to do. */
public record BenchSettings(List<SizePreset> sizes, int years, int warmup, int repeat, long seed, boolean quick, int batchReplications) {
    public BenchSettings {
        sizes = List.copyOf(sizes);
        if (years < 1 || warmup < 0 || repeat < 1 || batchReplications < 1) {
            throw new IllegalArgumentException("years, repeat and replications must be at least 1 and warm-up at least 0");
        }
    }

    /** Whether the batch, scaling and target sections run: size L timed, and not --quick. */
    public boolean fullSuite() {
        return !quick && sizes.contains(SizePreset.L);
    }
}
