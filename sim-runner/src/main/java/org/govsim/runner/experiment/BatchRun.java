package org.govsim.runner.experiment;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.LongStream;
import org.govsim.runner.output.AtomicFile;
import org.govsim.runner.output.Manifest;
import org.govsim.runner.scenario.ScenarioWriter;

/**
 * The one way govsim runs a batch, a plain run's replications as an experiment's points: checked and its folder
 * taken first ({@link #prepare}), then run on all threads with every finished run streamed to the folder's
 * journal, then committed ({@link BatchCommit}): runs.csv and timeseries.csv in run-id order (byte-identical
 * whatever the threads, shards or resumes), failures.csv when runs failed, the whole batch's analyses, and
 * manifest.json last, which marks the folder finished.
 */
public final class BatchRun {
    public static final int OK = 0;
    public static final int RUN_FAILED = 1;
    public static final int BAD_INPUT = 2;
    static final String TABLE_FILE = "experiment-table.csv";

    private final Function<RunSpec, RunOutcome> runner;

    public BatchRun() {
        this(BatchExecutor::runOne);
    }

    /** With another way of making one run: tests use it to make chosen runs fail. */
    public BatchRun(Function<RunSpec, RunOutcome> runner) {
        this.runner = runner;
    }

    /** A batch checked, its folder taken and its runs to make listed; close it to release the folder. */
    public static final class Prepared implements AutoCloseable {
        final BatchRequest request;
        final BatchFolder folder;
        final RunEstimate estimate;
        final long[] todo;
        final long inShard;
        final String description;
        final List<String> notes;

        Prepared(BatchRequest request, BatchFolder folder, RunEstimate estimate, long[] todo, long inShard, String description,
                 List<String> notes) {
            this.request = request;
            this.folder = folder;
            this.estimate = estimate;
            this.todo = todo;
            this.inShard = inShard;
            this.description = description;
            this.notes = notes;
        }

        public Path dir() {
            return folder.dir();
        }

        /** "advisor-sweep: 5 points x 10 replications = 50 runs, estimated ~20 s on 2 threads". */
        public String description() {
            return description;
        }

        /** The metrics runs.csv will have (from the pilot run). */
        public List<String> metrics() {
            return estimate.metrics();
        }

        /** Warnings for the user: a stale lock taken over, damaged journal lines dropped. */
        public List<String> notes() {
            return notes;
        }

        @Override
        public void close() throws IOException {
            if (folder != null) {
                folder.close();
            }
        }
    }

    /**
     * Checks the batch against the machine (heap, disk) and its folder (free, not holding other results), and
     * lists the runs to make. Nothing is written but the folder and its lock.
     *
     * @throws BatchRefused  with what to change (exit code 2)
     * @throws RunFailedException when the pilot run fails (exit code 1: every run would)
     */
    public Prepared prepare(BatchRequest req) throws BatchRefused, RunFailedException, IOException {
        ExperimentPlan plan = req.plan();
        Shard shard = req.shard();
        if (shard.count() > plan.totalRuns()) {
            throw new BatchRefused("--shard " + shard + ": " + shard.count() + " parts but only " + plan.totalRuns() + " runs");
        }
        if (req.onlyRun() != null && (req.onlyRun() < 0 || req.onlyRun() >= plan.totalRuns() || !shard.holds(req.onlyRun()))) {
            throw new BatchRefused("--run " + req.onlyRun() + ": the plan's run ids are 0 to " + (plan.totalRuns() - 1)
                    + (shard.isWhole() ? "" : " (of which shard " + shard + " holds those with id % " + shard.count() + " == " + (shard.index() - 1) + ")"));
        }
        long inShard = req.onlyRun() != null ? 1 : (plan.totalRuns() - (shard.index() - 1) + shard.count() - 1) / shard.count();
        String contradiction = PointConstraints.problem(plan);
        if (contradiction != null) {
            throw new BatchRefused(contradiction);
        }
        String heap = BatchBudget.heapProblem(plan, inShard, req.threads());
        if (heap != null) {
            throw new BatchRefused(heap);
        }
        RunEstimate estimate;
        try {
            estimate = RunEstimate.pilot(plan);
        } catch (RuntimeException | StackOverflowError e) {
            throw new RunFailedException("the pilot run of " + (plan.isExperiment() ? "point 0" : plan.scenario().name()) + " failed: "
                    + e.getClass().getSimpleName() + ": " + e.getMessage());
        }
        String disk = BatchBudget.diskProblem(req.dir(), estimate.outputBytes(plan, inShard, req.compounds()));
        if (disk != null) {
            throw new BatchRefused(disk);
        }
        if (req.dryRun()) {
            long[] todo = req.resume() ? remaining(req, plan) : ids(plan, shard, req.onlyRun());
            return new Prepared(req, null, estimate, todo, inShard, describe(req, inShard, todo.length,
                    estimate.seconds(plan, todo, req.threads())), List.of());
        }
        BatchFolder folder = BatchFolder.take(req.dir(), plan, shard, req.resume(), "govsim run " + plan.scenario().name());
        try {
            List<String> notes = new ArrayList<>();
            if (folder.staleNote() != null) {
                notes.add(folder.staleNote());
            }
            long[] todo = ids(plan, shard, req.onlyRun());
            if (folder.existing() != null && !folder.finished()) {
                JournalState state = JournalState.read(folder.dir(), shard, plan.totalRuns(), plan.hash());
                if (state.damage() != null) {
                    notes.add(folder.dir().resolve(RunJournal.FOLDER) + ": " + state.damage());
                }
                todo = LongStream.of(todo).filter(id -> !state.done(id)).toArray();
            } else if (folder.finished()) {
                todo = new long[0];
            }
            return new Prepared(req, folder, estimate, todo, inShard, describe(req, inShard, todo.length,
                    estimate.seconds(plan, todo, req.threads())), notes);
        } catch (IOException | RuntimeException e) {
            folder.close();
            throw e;
        }
    }

    /** The runs a --resume would make, read from the folder as it stands (its lock is not taken: nothing is written). */
    private static long[] remaining(BatchRequest req, ExperimentPlan plan) throws BatchRefused, IOException {
        long[] todo = ids(plan, req.shard(), req.onlyRun());
        BatchFolder.Found found = BatchFolder.inspect(req.dir(), plan, req.shard(), true);
        if (found.finished()) {
            return new long[0];
        }
        if (found.existing() == null) {
            return todo;
        }
        JournalState state = JournalState.read(req.dir(), req.shard(), plan.totalRuns(), plan.hash());
        return LongStream.of(todo).filter(id -> !state.done(id)).toArray();
    }

    private static long[] ids(ExperimentPlan plan, Shard shard, Long onlyRun) {
        if (onlyRun != null) {
            return new long[] {onlyRun};
        }
        return LongStream.iterate(shard.index() - 1, id -> id < plan.totalRuns(), id -> id + shard.count()).toArray();
    }

    static String describe(BatchRequest req, long inShard, long todo, double seconds) {
        ExperimentPlan plan = req.plan();
        StringBuilder s = new StringBuilder(plan.scenario().name()).append(": ");
        if (req.onlyRun() != null) {
            s.append("run ").append(req.onlyRun()).append(" of ").append(plan.totalRuns());
        } else if (!plan.isExperiment()) {
            s.append(req.precision() == null ? plan.replications() + " replications"
                    : "replications until ±" + req.precision().percent() + " (" + Math.min(Math.max(2, req.initial()), plan.replications())
                    + " first, at most " + plan.replications() + ")");
        } else {
            s.append(String.format(Locale.ROOT, "%d points x %d replications = %d runs", plan.pointCount(), plan.replications(),
                    plan.totalRuns()));
        }
        if (!req.shard().isWhole()) {
            s.append(String.format(Locale.ROOT, "; shard %s holds %d", req.shard(), inShard));
        }
        if (todo < inShard && req.precision() == null) {
            s.append(String.format(Locale.ROOT, "; %d already done, %d to run", inShard - todo, todo));
        }
        s.append(String.format(Locale.ROOT, ", estimated ~%s%s on %d thread%s", RunEstimate.duration(seconds),
                req.precision() == null ? "" : " for the first batch", req.threads(), req.threads() == 1 ? "" : "s"));
        return s.toString();
    }

    /** Runs a prepared batch and commits its outputs; what it did. */
    public BatchOutcome run(Prepared p, PrintWriter out, PrintWriter err) throws IOException, InterruptedException {
        BatchRequest req = p.request;
        ExperimentPlan plan = req.plan();
        Path dir = p.dir();
        Instant start = Instant.now();
        if (p.folder.finished()) {
            return BatchOutcome.alreadyComplete(dir);
        }
        PlanFile planFile = PlanFile.of(plan, req.shard(), RunRows.runsHeader(plan, p.estimate.metrics()),
                p.estimate.monthly().isEmpty() ? "" : RunRows.timeseriesHeader(plan, p.estimate.monthly()),
                req.compounds() ? RunRows.compoundsHeader(plan, MetricColumns.compounds()) : "");
        if (p.folder.existing() == null) {
            planFile.write(dir);
            writeResolvedScenario(plan, dir);
        } else {
            planFile = p.folder.existing();
            Files.deleteIfExists(dir.resolve(Manifest.FILE)); // the folder is not finished while it is being written again
        }
        Progress progress = req.quiet() ? Progress.NONE : new BatchProgress(err, System.console() != null);
        BatchSession session = new BatchSession(plan, req, p.estimate.metrics(), planFile.writesCompounds(), runner, progress);
        AdaptiveReplication.Result precision;
        try (RunJournal journal = RunJournal.open(dir, plan.hash())) {
            session.open(dir, journal);
            if (req.precision() == null) {
                session.make(p.todo);
                precision = null;
            } else {
                precision = AdaptiveReplication.run(session, req.initial(), req.precision());
            }
        }
        long planned = precision != null ? precision.replications() : p.inShard;
        return BatchCommit.commit(p, planFile, planned, precision, start, out, err);
    }

    /** scenario.resolved.yaml: the scenario as the batch ran it, with its experiment block and, for a TABLE design, its table beside it. */
    private static void writeResolvedScenario(ExperimentPlan plan, Path dir) throws IOException {
        var scenario = plan.isExperiment() ? plan.scenario().withExperiment(plan.spec()) : plan.scenario();
        if (plan.isExperiment() && plan.spec().table() != null) {
            AtomicFile.write(dir.resolve(TABLE_FILE), Files.readAllBytes(plan.spec().table()));
        }
        AtomicFile.write(dir.resolve("scenario.resolved.yaml"), ScenarioWriter.write(scenario, TABLE_FILE));
    }
}
