package org.govsim.runner.experiment;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * What a batch will need, checked before its first run against what the machine has: heap for the runs in
 * flight and the batch's bookkeeping, and disk for its outputs. Each refusal says what to lower.
 *
 * <p>A run's heap is taken as {@value #BYTES_PER_HOUSEHOLD} bytes per household plus {@value #FIXED_RUN_BYTES}
 * bytes: docs/PERFORMANCE.md measures 16-25 bytes per resident (2.8 residents a household) and about 92 bytes per
 * live issue, and a year's short-lived garbage of about 40 MB at 188,000 households; the figure leaves room for
 * both, since a collection does not run the moment a run's garbage appears.
 */
public final class BatchBudget {
    static final long BYTES_PER_HOUSEHOLD = 600;
    static final long FIXED_RUN_BYTES = 16L << 20;
    /** The JVM, the model's classes and the runner itself, before any run. */
    static final long BASE_BYTES = 48L << 20;
    /** Replications a plain run may ask for, as an experiment block's replications. */
    public static final int MAX_REPLICATIONS = 1_000_000;

    private BatchBudget() {
    }

    /** Heap the batch needs, bytes: the largest runs in flight at once, the journal's indexes, the plan's points. */
    static long heapBytes(ExperimentPlan plan, long runsInShard, int threads) {
        double largest = 0;
        for (int p = 0; p < plan.pointCount(); p++) {
            largest = Math.max(largest, RunEstimate.households(plan.values(p)));
        }
        long inFlight = (long) Math.min(threads, Math.max(1, runsInShard));
        long perRun = (long) (largest * BYTES_PER_HOUSEHOLD) + FIXED_RUN_BYTES;
        long indexes = 3L * JournalIndex.BYTES_PER_RUN * runsInShard;
        long points = (long) plan.pointCount() * (48 + 32L * plan.columns().size());
        return BASE_BYTES + inFlight * perRun + indexes + 2 * points;
    }

    /** Null when the heap suffices, else what to lower. */
    static String heapProblem(ExperimentPlan plan, long runsInShard, int threads) {
        long need = heapBytes(plan, runsInShard, threads);
        long have = Runtime.getRuntime().maxMemory();
        if (need <= have) {
            return null;
        }
        return String.format(Locale.ROOT, "the batch needs about %s of memory (%d run%s at once of up to %,.0f households, and %,d runs "
                        + "to keep track of), more than the %s this Java may use; lower --threads, the district's size or the number of runs "
                        + "(--replications, the design's points), or give Java more memory (GOVSIM_JAVA_OPTS=-Xmx%dg)",
                bytes(need), Math.min(threads, Math.max(1, runsInShard)), Math.min(threads, Math.max(1, runsInShard)) == 1 ? "" : "s",
                largestHouseholds(plan), runsInShard, bytes(have), Math.max(2, (need >> 30) + 2));
    }

    /** Null when the folder's file system has room for the outputs (and the journal beside them), else what to lower. */
    static String diskProblem(Path dir, double outputBytes) throws IOException {
        Path existing = dir.toAbsolutePath();
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return null;
        }
        long free = Files.getFileStore(existing).getUsableSpace();
        double need = 2.2 * outputBytes; // the journal and the final files side by side, and the manifest
        if (need <= free) {
            return null;
        }
        return String.format(Locale.ROOT, "the batch's outputs need about %s on disk (its journal and its tables), but %s has %s free; "
                + "lower the number of runs (--replications, the design's points) or --days, or choose another --out", bytes((long) need),
                existing, bytes(free));
    }

    private static double largestHouseholds(ExperimentPlan plan) {
        double largest = 0;
        for (int p = 0; p < plan.pointCount(); p++) {
            largest = Math.max(largest, RunEstimate.households(plan.values(p)));
        }
        return largest;
    }

    static String bytes(long b) {
        if (b >= 1L << 30) {
            return String.format(Locale.ROOT, "%.1f GB", b / (double) (1L << 30));
        }
        return String.format(Locale.ROOT, "%.0f MB", Math.max(1, b / (double) (1L << 20)));
    }
}
