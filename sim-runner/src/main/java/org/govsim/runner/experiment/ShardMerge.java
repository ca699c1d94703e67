package org.govsim.runner.experiment;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.govsim.runner.output.JsonFiles;
import org.govsim.runner.output.Manifest;
import org.govsim.runner.output.OutputFolder;
import org.govsim.runner.output.StagedFiles;
import org.govsim.runner.scenario.Scenario;
import org.govsim.runner.scenario.ScenarioException;
import org.govsim.runner.scenario.ScenarioLoader;

/**
 * Joins the parts of a sharded batch ({@code --shard K/N}) into one folder whose runs.csv and timeseries.csv are
 * byte-identical to an unsharded run's. It first checks that every part is finished (its manifest complete), that
 * the parts come from the same plan and that each K = 1..N is there exactly once; then merges the sorted files
 * k-way by run id, reading each part line by line, into a staging folder that is moved into place only when the
 * merge is whole (so a refused merge writes nothing), the manifest last. The whole batch's analyses follow.
 */
public final class ShardMerge {
    private ShardMerge() {
    }

    /** A merge that cannot be made; the message says what is wrong with which part. */
    public static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;

        Refused(String message) {
            super(message);
        }
    }

    /** What the merge made: its tally, and what its analyses print (or null). */
    public record Merged(Manifest.Tally tally, String analysesText) {
    }

    /** Merges the parts into {@code out}; returns the runs done and failed. */
    public static Merged merge(List<Path> parts, Path out) throws Refused, IOException {
        Instant start = Instant.now();
        List<PlanFile> plans = checkParts(parts);
        List<Manifest> manifests = new ArrayList<>();
        for (Path p : parts) {
            manifests.add(readManifest(p));
        }
        PlanFile first = plans.get(0);
        try (OutputFolder folder = take(out)) {
            if (Files.exists(out.resolve("runs.csv")) || Files.exists(out.resolve(Manifest.FILE))) {
                throw new Refused(out + " already holds results (runs.csv or manifest.json); choose another --out or remove it");
            }
            folder.sweepLeftovers();
            try (StagedFiles staged = StagedFiles.in(out)) {
                long done = mergeFile(parts, "runs.csv", first.runsHeader(), staged.path("runs.csv"), true);
                mergeFile(parts, "timeseries.csv", first.timeseriesHeader(), staged.path("timeseries.csv"), false);
                if (first.writesCompounds()) {
                    mergeFile(parts, JournalAssembly.COMPOUNDS, first.compoundsHeader(), staged.path(JournalAssembly.COMPOUNDS), false);
                }
                List<Path> withFailures = parts.stream().filter(p -> Files.exists(p.resolve("failures.csv"))).toList();
                long failed = 0;
                if (!withFailures.isEmpty()) {
                    failed = mergeFile(withFailures, "failures.csv", JournalAssembly.FAILURES_HEADER, staged.path("failures.csv"), true);
                }
                if (done + failed != first.totalRuns()) {
                    throw new Refused("the parts hold " + (done + failed) + " runs (" + done + " done, " + failed + " failed) of the plan's "
                            + first.totalRuns());
                }
                List<String> outputs = new ArrayList<>(List.of("runs.csv", "timeseries.csv", PlanFile.NAME));
                if (first.writesCompounds()) {
                    outputs.add(2, JournalAssembly.COMPOUNDS);
                }
                first.withShard(Shard.ALL).write(staged.folder());
                for (String f : List.of("scenario.resolved.yaml", BatchRun.TABLE_FILE)) {
                    if (Files.exists(parts.get(0).resolve(f))) {
                        Files.copy(parts.get(0).resolve(f), staged.path(f));
                        outputs.add(f);
                    }
                }
                if (failed > 0) {
                    outputs.add("failures.csv");
                }
                staged.commit(outputs);
                ExperimentPlan plan = planOf(out, first);
                BatchAnalyses.Written analyses = plan != null && failed == 0 ? BatchAnalyses.write(out, plan) : BatchAnalyses.Written.NONE;
                outputs.addAll(analyses.files());
                outputs.add(2, Manifest.FILE);
                Manifest.Tally tally = new Manifest.Tally(first.totalRuns(), done, failed);
                merged(manifests.get(0), tally, parts, outputs, start).write(out);
                String text = analyses.text();
                if (plan == null && failed == 0 && DesignAnalysis.hasAnalysis(first.design())) {
                    // said aloud: a silent skip once hid that MORRIS batches were merged without their morris.csv
                    text = "warning: no " + first.design() + " analysis of the merged batch: " + parts.get(0).resolve("scenario.resolved.yaml")
                            + " does not rebuild the parts' plan " + first.hash().substring(0, 12) + "\n";
                }
                return new Merged(tally, text);
            }
        } catch (OutputFolder.Unusable e) {
            throw new Refused(e.getMessage());
        }
    }

    private static OutputFolder take(Path out) throws OutputFolder.Unusable {
        return OutputFolder.take(out, "govsim merge");
    }

    /** The merged folder's manifest: the first part's, for the whole plan. */
    private static Manifest merged(Manifest m, Manifest.Tally tally, List<Path> parts, List<String> outputs, Instant start) {
        return new Manifest(m.tool(), m.version(), m.gitCommit(), m.gitDirty(), m.java(), start.toString(), Instant.now().toString(),
                m.scenario(), m.planHash(), m.experiment(), m.points(), m.replications(), m.totalRuns(), m.baseSeed(), m.replicationSeeds(),
                m.seedRule(), BatchManifest.shard(Shard.ALL), parts.stream().map(Path::toString).toList(), null, tally, true, null, null,
                m.rerun() == null ? null : m.rerun().replaceAll(" --shard \\S+", ""), m.runs(), outputs, m.parameters());
    }

    /** The plan, rebuilt from the merged scenario.resolved.yaml; null when it cannot be (then no whole-batch analysis). */
    private static ExperimentPlan planOf(Path out, PlanFile first) {
        Path yaml = out.resolve("scenario.resolved.yaml");
        if (!Files.exists(yaml)) {
            return null;
        }
        try {
            Scenario s = new ScenarioLoader().load(yaml);
            if (s.experiment() == null) {
                return null;
            }
            ExperimentPlan plan = ExperimentPlan.of(s, first.baseSeed());
            return plan.hash().equals(first.hash()) ? plan : null;
        } catch (ScenarioException | RuntimeException e) {
            return null;
        }
    }

    private static Manifest readManifest(Path part) throws Refused {
        try {
            return Manifest.readComplete(part, "govsim merge");
        } catch (JsonFiles.Unreadable e) {
            throw new Refused(e.getMessage());
        }
    }

    private static List<PlanFile> checkParts(List<Path> parts) throws Refused {
        if (parts.isEmpty()) {
            throw new Refused("no parts to merge");
        }
        List<PlanFile> plans = new ArrayList<>();
        for (Path p : parts) {
            try {
                plans.add(PlanFile.read(p));
            } catch (JsonFiles.Unreadable e) {
                throw new Refused(e.getMessage());
            }
        }
        PlanFile first = plans.get(0);
        for (int i = 1; i < plans.size(); i++) {
            PlanFile pl = plans.get(i);
            if (!pl.hash().equals(first.hash()) || pl.shard().count() != first.shard().count()) {
                throw new Refused(parts.get(i) + " belongs to another plan (" + pl.scenario() + ", shard " + pl.shardOf() + ", plan "
                        + pl.hash().substring(0, 12) + ") than " + parts.get(0) + " (" + first.scenario() + ", shard " + first.shardOf()
                        + ", plan " + first.hash().substring(0, 12) + ")");
            }
        }
        int n = first.shard().count();
        Map<Integer, List<Path>> byIndex = new TreeMap<>();
        for (int i = 0; i < parts.size(); i++) {
            byIndex.computeIfAbsent(plans.get(i).shard().index(), k -> new ArrayList<>()).add(parts.get(i));
        }
        List<String> problems = new ArrayList<>();
        for (int k = 1; k <= n; k++) {
            List<Path> dirs = byIndex.getOrDefault(k, List.of());
            if (dirs.isEmpty()) {
                problems.add("shard " + k + "/" + n + " is missing");
            } else if (dirs.size() > 1) {
                problems.add("shard " + k + "/" + n + " is given " + dirs.size() + " times: " + dirs);
            }
        }
        if (!problems.isEmpty()) {
            throw new Refused(String.join("; ", problems) + " (a merge needs each of the " + n + " parts exactly once)");
        }
        for (int i = 0; i < parts.size(); i++) {
            Path p = parts.get(i);
            if (!BatchFolder.isFinished(p)) {
                String why;
                try {
                    Manifest.readComplete(p, "govsim merge");
                    why = "its journal is still there";
                } catch (JsonFiles.Unreadable e) {
                    why = e.getMessage();
                }
                throw new Refused("shard " + plans.get(i).shardOf() + " in " + p + " is not finished (" + why + "); run it again with --resume --out "
                        + p);
            }
            if (!plans.get(i).runsHeader().equals(first.runsHeader())) {
                throw new Refused(p + " has other runs.csv columns than " + parts.get(0) + " (another version of govsim?)");
            }
            if (plans.get(i).writesCompounds() != first.writesCompounds()) {
                // merging them would leave compounds.csv with some parts' rows only, or drop the rows the others made
                Path without = first.writesCompounds() ? p : parts.get(0);
                Path with = first.writesCompounds() ? parts.get(0) : p;
                throw new Refused(without + " was run with --no-compounds and has no " + JournalAssembly.COMPOUNDS + ", but " + with
                        + " has one; run the parts alike (all with --no-compounds or none) and merge them again");
            }
            if (first.writesCompounds() && !plans.get(i).compoundsHeader().equals(first.compoundsHeader())) {
                throw new Refused(p + " has other " + JournalAssembly.COMPOUNDS + " columns than " + parts.get(0) + " (another version of govsim?)");
            }
        }
        return plans;
    }

    /** k-way merge of the parts' file by leading run id into {@code to}; returns the number of distinct run ids written. */
    private static long mergeFile(List<Path> parts, String name, String header, Path to, boolean oneLinePerRun) throws IOException, Refused {
        List<BufferedReader> readers = new ArrayList<>();
        long runs = 0;
        try (Writer w = new BufferedWriter(Files.newBufferedWriter(to, StandardCharsets.UTF_8), 1 << 16)) {
            List<String> current = new ArrayList<>();
            for (Path p : parts) {
                BufferedReader r = Files.newBufferedReader(p.resolve(name), StandardCharsets.UTF_8);
                readers.add(r);
                String h = r.readLine();
                if (h != null && !(h + "\n").equals(header)) {
                    throw new Refused(p.resolve(name) + " has another header than the plan's");
                }
                current.add(r.readLine());
            }
            w.write(header);
            long last = -1;
            while (true) {
                int best = -1;
                long bestId = Long.MAX_VALUE;
                for (int i = 0; i < current.size(); i++) {
                    String line = current.get(i);
                    if (line != null && runId(line) < bestId) {
                        bestId = runId(line);
                        best = i;
                    }
                }
                if (best < 0) {
                    break;
                }
                if (bestId == last || bestId < 0) {
                    throw new Refused(bestId < 0 ? parts.get(best).resolve(name) + " has a line that starts with no run id"
                            : "run " + bestId + " appears twice in the parts' " + name);
                }
                last = bestId;
                runs++;
                String line = current.get(best);
                int lines = 0;
                while (line != null && runId(line) == bestId) {
                    if (oneLinePerRun && ++lines > 1) {
                        throw new Refused("run " + bestId + " appears twice in " + parts.get(best).resolve(name));
                    }
                    w.write(line);
                    w.write('\n');
                    line = readers.get(best).readLine();
                }
                current.set(best, line);
            }
        } finally {
            for (BufferedReader r : readers) {
                r.close();
            }
        }
        return runs;
    }

    /** The run id a line starts with; -1 for a line that starts with none. */
    private static long runId(String line) {
        int comma = line.indexOf(',');
        try {
            return Long.parseLong(comma < 0 ? line : line.substring(0, comma));
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
