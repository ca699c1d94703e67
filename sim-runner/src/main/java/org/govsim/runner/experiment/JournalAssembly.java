package org.govsim.runner.experiment;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.govsim.runner.output.AtomicStream;

/**
 * Turns a batch's journal into its result files, in run-id order whatever order the runs finished in:
 * runs.csv, timeseries.csv and, when runs failed, failures.csv (run_id, seed, error). Lines are copied from the
 * journal by offset, so memory does not grow with the number of runs; each file appears whole or not at all.
 */
public final class JournalAssembly {
    public static final String FAILURES_HEADER = "run_id,seed,error\n";

    private JournalAssembly() {
    }

    /** What the journal holds for the shard: runs done, and runs failed (without a later success). */
    public record Counts(long done, long failed) {
    }

    public static Counts write(Path dir, PlanFile plan) throws IOException {
        Path journal = dir.resolve(RunJournal.FOLDER);
        Shard shard = plan.shard();
        long total = plan.totalRuns();
        JournalIndex runs = JournalIndex.of(journal.resolve(RunJournal.RUNS), shard, total);
        JournalIndex months = JournalIndex.of(journal.resolve(RunJournal.TIMESERIES), shard, total);
        JournalIndex failures = JournalIndex.of(journal.resolve(RunJournal.FAILURES), shard, total);
        copy(journal.resolve(RunJournal.RUNS), dir.resolve("runs.csv"), plan.runsHeader(), runs, runs, shard, total);
        copy(journal.resolve(RunJournal.TIMESERIES), dir.resolve("timeseries.csv"), plan.timeseriesHeader(), months, runs, shard, total);
        long failed = 0;
        for (long id = shard.index() - 1; id < total; id += shard.count()) {
            failed += !runs.has(id) && failures.has(id) ? 1 : 0;
        }
        Path failuresCsv = dir.resolve("failures.csv");
        if (failed > 0) {
            JournalIndex unresolved = failures;
            copyWhere(journal.resolve(RunJournal.FAILURES), failuresCsv, FAILURES_HEADER, unresolved, id -> !runs.has(id), shard, total);
        } else {
            Files.deleteIfExists(failuresCsv);
        }
        return new Counts(runs.count(), failed);
    }

    private static void copy(Path from, Path to, String header, JournalIndex lines, JournalIndex done, Shard shard, long total)
            throws IOException {
        copyWhere(from, to, header, lines, done::has, shard, total);
    }

    private interface RunFilter {
        boolean test(long runId);
    }

    private static void copyWhere(Path from, Path to, String header, JournalIndex lines, RunFilter keep, Shard shard, long total)
            throws IOException {
        AtomicStream.write(to, out -> {
            AtomicStream.text(out, header);
            if (!Files.exists(from)) {
                return;
            }
            try (FileChannel in = FileChannel.open(from, StandardOpenOption.READ)) {
                for (long id = shard.index() - 1; id < total; id += shard.count()) {
                    if (keep.test(id) && lines.has(id)) {
                        AtomicStream.copy(in, lines.start(id), lines.length(id), out);
                    }
                }
            }
        });
    }
}
