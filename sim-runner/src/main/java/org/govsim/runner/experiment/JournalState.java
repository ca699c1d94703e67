package org.govsim.runner.experiment;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What a batch's journal vouches for: a run is done when its runs row is sealed and its timeseries and compounds
 * blocks are the ones the seal names; a run failed when it has a sealed failures row and is not done. Whatever else the journal
 * holds is dropped and counted, so that {@code --resume} runs those runs again and says how many lines it dropped.
 */
final class JournalState {
    private final Shard shard;
    private final long totalRuns;
    private final JournalIndex runs;
    private final JournalIndex months;
    private final JournalIndex compounds;
    private final JournalIndex failures;

    private JournalState(Shard shard, long totalRuns, JournalIndex runs, JournalIndex months, JournalIndex compounds,
                         JournalIndex failures) {
        this.shard = shard;
        this.totalRuns = totalRuns;
        this.runs = runs;
        this.months = months;
        this.compounds = compounds;
        this.failures = failures;
    }

    static JournalState read(Path dir, Shard shard, long totalRuns, String planHash) throws IOException {
        Path j = dir.resolve(RunJournal.FOLDER);
        String tag = RunJournal.tag(planHash);
        return new JournalState(shard, totalRuns, JournalIndex.sealed(j.resolve(RunJournal.RUNS), shard, totalRuns, tag),
                JournalIndex.blocks(j.resolve(RunJournal.TIMESERIES), shard, totalRuns),
                JournalIndex.blocks(j.resolve(RunJournal.COMPOUNDS), shard, totalRuns),
                JournalIndex.sealed(j.resolve(RunJournal.FAILURES), shard, totalRuns, tag));
    }

    static boolean exists(Path dir) {
        return Files.isDirectory(dir.resolve(RunJournal.FOLDER));
    }

    boolean done(long runId) {
        return runs.has(runId) && runs.monthsMatch(runId, months) && runs.compoundsMatch(runId, compounds);
    }

    boolean failed(long runId) {
        return !done(runId) && failures.has(runId);
    }

    JournalIndex runs() {
        return runs;
    }

    JournalIndex months() {
        return months;
    }

    JournalIndex compounds() {
        return compounds;
    }

    JournalIndex failures() {
        return failures;
    }

    /** Runs done and failed in the shard. */
    long[] counts() {
        long done = 0;
        long failed = 0;
        for (long id = shard.index() - 1; id < totalRuns; id += shard.count()) {
            if (done(id)) {
                done++;
            } else if (failures.has(id)) {
                failed++;
            }
        }
        return new long[] {done, failed};
    }

    /** What was dropped, for the user; null when the journal is whole. */
    String damage() {
        long lines = runs.damagedLines() + months.damagedLines() + compounds.damagedLines() + failures.damagedLines();
        long unmatched = 0;
        for (long id = shard.index() - 1; id < totalRuns; id += shard.count()) {
            unmatched += runs.has(id) && !(runs.monthsMatch(id, months) && runs.compoundsMatch(id, compounds)) ? 1 : 0;
        }
        if (lines == 0 && unmatched == 0) {
            return null;
        }
        StringBuilder s = new StringBuilder("the journal held ");
        if (lines > 0) {
            s.append(lines).append(" damaged or unfinished line").append(lines == 1 ? "" : "s");
        }
        if (unmatched > 0) {
            s.append(lines > 0 ? " and " : "").append(unmatched).append(" run").append(unmatched == 1 ? "" : "s")
                    .append(" whose timeseries or compounds rows are missing or do not match their seal");
        }
        return s.append("; dropped, their runs are made again").toString();
    }
}
