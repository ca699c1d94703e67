package org.govsim.runner.experiment;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.function.LongPredicate;
import org.govsim.runner.output.AtomicStream;

/**
 * Turns a batch's journal into its result files, in run-id order whatever order the runs finished in:
 * runs.csv, timeseries.csv, compounds.csv (unless the batch was told not to write it) and, when runs failed,
 * failures.csv (run_id, seed, error). Only what the journal's
 * seals vouch for is copied ({@link JournalState}); lines are copied by offset, so memory does not grow with the
 * number of runs; each file appears whole or not at all.
 */
final class JournalAssembly {
    static final String FAILURES_HEADER = "run_id,seed,error\n";
    static final String COMPOUNDS = "compounds.csv";

    private JournalAssembly() {
    }

    /** Runs done and failed (without a later success) in the shard. */
    record Counts(long done, long failed) {
    }

    static Counts write(Path dir, PlanFile plan, JournalState state) throws IOException {
        Path journal = dir.resolve(RunJournal.FOLDER);
        Shard shard = plan.shardOf();
        long total = plan.totalRuns();
        copy(journal.resolve(RunJournal.RUNS), dir.resolve("runs.csv"), plan.runsHeader(), state.runs(), state::done, shard, total);
        copy(journal.resolve(RunJournal.TIMESERIES), dir.resolve("timeseries.csv"), plan.timeseriesHeader(), state.months(), state::done,
                shard, total);
        if (plan.writesCompounds()) {
            copy(journal.resolve(RunJournal.COMPOUNDS), dir.resolve(COMPOUNDS), plan.compoundsHeader(), state.compounds(), state::done,
                    shard, total);
        }
        long[] counts = state.counts();
        Path failuresCsv = dir.resolve("failures.csv");
        if (counts[1] > 0) {
            copy(journal.resolve(RunJournal.FAILURES), failuresCsv, FAILURES_HEADER, state.failures(), state::failed, shard, total);
        } else {
            Files.deleteIfExists(failuresCsv);
        }
        return new Counts(counts[0], counts[1]);
    }

    private static void copy(Path from, Path to, String header, JournalIndex lines, LongPredicate keep, Shard shard, long total)
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
