package org.govsim.runner.experiment;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.govsim.runner.output.Manifest;

/**
 * Commits a batch that has run: its tables from the journal, the whole batch's analyses when it holds the whole
 * plan, and manifest.json last, the mark of a finished folder; then the journal goes, unless runs failed (a
 * {@code --resume} retries them). A batch stopped at any point before the manifest is finished by {@code --resume}.
 */
final class BatchCommit {
    private BatchCommit() {
    }

    static BatchOutcome commit(BatchRun.Prepared p, PlanFile planFile, long planned, AdaptiveReplication.Result precision, Instant start,
                               PrintWriter out, PrintWriter err) throws IOException {
        BatchRequest req = p.request;
        ExperimentPlan plan = req.plan();
        Path dir = p.dir();
        JournalState state = JournalState.read(dir, req.shard(), plan.totalRuns(), plan.hash());
        JournalAssembly.Counts counts = JournalAssembly.write(dir, planFile, state);
        List<String> outputs = new ArrayList<>(List.of("runs.csv", "timeseries.csv", Manifest.FILE, PlanFile.NAME, "scenario.resolved.yaml"));
        if (planFile.writesCompounds()) {
            outputs.add(2, JournalAssembly.COMPOUNDS);
        }
        if (Files.exists(dir.resolve(BatchRun.TABLE_FILE))) {
            outputs.add(BatchRun.TABLE_FILE);
        }
        if (counts.failed() > 0) {
            outputs.add("failures.csv");
        }
        boolean whole = req.shard().isWhole() && req.onlyRun() == null && precision == null && counts.done() == plan.totalRuns();
        BatchAnalyses.Written analyses = whole ? BatchAnalyses.write(dir, plan) : BatchAnalyses.Written.NONE;
        outputs.addAll(analyses.files());
        Manifest.Tally tally = new Manifest.Tally(planned, counts.done(), counts.failed());
        Instant end = Instant.now();
        BatchManifest.Facts facts = new BatchManifest.Facts(req.shard(), tally, req.threads(), req.overrides(),
                precision == null ? null : precision.record(req.precision()), req.onlyRun(),
                rerun(req, planFile, precision != null ? precision.replications() : plan.replications()), outputs, start, end,
                plan.isExperiment() ? null : runEntries(dir, plan, req, state));
        BatchManifest.of(plan, facts).write(dir);
        if (counts.failed() == 0 && counts.done() >= planned) {
            deleteJournal(dir);
        }
        return new BatchOutcome(plan, dir, counts.done(), counts.failed(), planned, (end.toEpochMilli() - start.toEpochMilli()) / 1000.0,
                precision == null ? null : precision.describe(req.precision()), precision != null && !precision.reached(), analyses.text());
    }

    /**
     * The command that makes the batch again: the request's, with the replications made and, when the folder's plan
     * writes no compounds.csv, --no-compounds (the plan decides, whatever a resume said), so the rerun has the same files.
     */
    private static String rerun(BatchRequest req, PlanFile planFile, int replications) {
        return req.rerun() + (planFile.writesCompounds() ? "" : " --no-compounds") + " --replications " + replications;
    }

    /** A plain run's replications with their seeds and status, for the manifest (and {@code gui --replay}). */
    private static List<Manifest.RunEntry> runEntries(Path dir, ExperimentPlan plan, BatchRequest req, JournalState state) throws IOException {
        List<Manifest.RunEntry> runs = new ArrayList<>();
        List<String> errors = failureErrors(dir);
        for (long id = req.shard().index() - 1; id < plan.totalRuns(); id += req.shard().count()) {
            boolean done = state.done(id);
            if (done || state.failed(id)) {
                RunSpec s = plan.run(id);
                String prefix = id + ",";
                String error = done ? null : errors.stream().filter(l -> l.startsWith(prefix)).findFirst()
                        .map(l -> l.substring(l.indexOf(',', l.indexOf(',') + 1) + 1)).orElse(null);
                runs.add(new Manifest.RunEntry(id, s.replication(), s.seed(), done ? "ok" : "failed", error));
            }
        }
        return runs;
    }

    private static List<String> failureErrors(Path dir) throws IOException {
        Path f = dir.resolve("failures.csv");
        return Files.exists(f) ? Files.readAllLines(f) : List.of();
    }

    private static void deleteJournal(Path dir) throws IOException {
        Path j = dir.resolve(RunJournal.FOLDER);
        if (Files.isDirectory(j)) {
            try (Stream<Path> files = Files.list(j)) {
                for (Path f : files.toList()) {
                    Files.delete(f);
                }
            }
            Files.delete(j);
        }
    }
}
