package org.govsim.runner.experiment;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.govsim.runner.output.JsonFiles;
import org.govsim.runner.output.Manifest;
import org.govsim.runner.output.OutputFolder;

/**
 * The folder of one batch, taken for this process ({@link OutputFolder}) and checked against the plan: a new
 * folder, or (with {@code --resume}) one that holds this plan's shard. A journal without plan.json is refused,
 * since nothing then says which plan its runs belong to; results of another batch are never overwritten.
 */
final class BatchFolder implements AutoCloseable {
    private final OutputFolder folder;
    private final PlanFile existing;
    private final boolean finished;

    private BatchFolder(OutputFolder folder, PlanFile existing, boolean finished) {
        this.folder = folder;
        this.existing = existing;
        this.finished = finished;
    }

    /** Takes and checks the folder; the refusal's message says what to do instead. */
    static BatchFolder take(Path dir, ExperimentPlan plan, Shard shard, boolean resume, String command) throws BatchRefused {
        OutputFolder folder;
        try {
            folder = OutputFolder.take(dir, command);
        } catch (OutputFolder.Unusable e) {
            throw new BatchRefused(e.getMessage());
        }
        try {
            Found found = check(dir, plan, shard, resume);
            if (found.existing() != null) {
                folder.sweepLeftovers();
            }
            return new BatchFolder(folder, found.existing(), found.finished());
        } catch (BatchRefused | RuntimeException e) {
            closeQuietly(folder, e);
            throw e;
        } catch (IOException e) {
            closeQuietly(folder, e);
            throw new BatchRefused(dir + ": cannot be read (" + e.getMessage() + ")");
        }
    }

    private static void closeQuietly(OutputFolder folder, Exception cause) {
        try {
            folder.close();
        } catch (IOException closing) {
            cause.addSuppressed(closing);
        }
    }

    /** What a checked folder holds: the plan it held already (null for a new batch), and whether that batch is finished. */
    record Found(PlanFile existing, boolean finished) {
    }

    /**
     * The same checks as {@link #take}, without taking the folder or writing anything: what a {@code --dry-run} of a
     * {@code --resume} reports. A folder that does not exist holds nothing yet.
     */
    static Found inspect(Path dir, ExperimentPlan plan, Shard shard, boolean resume) throws BatchRefused {
        if (!Files.isDirectory(dir)) {
            return new Found(null, false);
        }
        try {
            return check(dir, plan, shard, resume);
        } catch (IOException e) {
            throw new BatchRefused(dir + ": cannot be read (" + e.getMessage() + ")");
        }
    }

    private static Found check(Path dir, ExperimentPlan plan, Shard shard, boolean resume) throws BatchRefused, IOException {
        boolean hasPlan = Files.exists(dir.resolve(PlanFile.NAME));
        if (!hasPlan) {
            if (JournalState.exists(dir)) {
                throw new BatchRefused(dir + " holds a journal/ but no " + PlanFile.NAME + ": nothing says which plan its runs belong to, so "
                        + "they cannot be resumed; remove " + dir.resolve(RunJournal.FOLDER) + " or choose another --out");
            }
            for (String f : new String[] {"runs.csv", Manifest.FILE, "timeseries.csv"}) {
                if (Files.exists(dir.resolve(f))) {
                    throw new BatchRefused(dir + " already holds results (" + f + "); choose another --out or remove it");
                }
            }
            return new Found(null, false);
        }
        PlanFile existing;
        try {
            existing = PlanFile.read(dir);
        } catch (JsonFiles.Unreadable e) {
            throw new BatchRefused(e.getMessage() + "; choose another --out");
        }
        boolean finished = isFinished(dir);
        if (!resume) {
            throw new BatchRefused(finished
                    ? dir + " already holds results (a finished batch); choose another --out or remove it"
                    : dir + " holds an unfinished batch (" + PlanFile.NAME + " without a finished " + Manifest.FILE
                    + "); add --resume to finish it, or choose another --out");
        }
        if (!existing.hash().equals(plan.hash())) {
            throw new BatchRefused(dir + " holds another plan (" + existing.scenario() + ", " + existing.design() + ", " + existing.points()
                    + " points x " + existing.replications() + " replications, seed " + existing.baseSeed()
                    + "): the scenario, its parameters, the design, the seed or the replications differ; use another --out");
        }
        if (!existing.shardOf().equals(shard)) {
            throw new BatchRefused(dir + " holds shard " + existing.shardOf() + ", not " + shard);
        }
        return new Found(existing, finished);
    }

    /** A finished folder: a complete manifest, and no journal left to assemble. */
    static boolean isFinished(Path dir) {
        if (JournalState.exists(dir) || !Files.isRegularFile(dir.resolve(Manifest.FILE))) {
            return false;
        }
        try {
            return Manifest.read(dir).isComplete();
        } catch (JsonFiles.Unreadable e) {
            return false;
        }
    }

    Path dir() {
        return folder.dir();
    }

    /** The plan the folder held already (resuming), or null for a new batch. */
    PlanFile existing() {
        return existing;
    }

    /** Whether the folder held this batch finished already: then there is nothing to run. */
    boolean finished() {
        return finished;
    }

    String staleNote() {
        return folder.staleNote();
    }

    @Override
    public void close() throws IOException {
        folder.close();
    }
}
