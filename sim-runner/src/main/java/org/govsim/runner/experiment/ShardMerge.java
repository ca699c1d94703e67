package org.govsim.runner.experiment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.govsim.runner.output.AtomicFile;
import org.govsim.runner.output.AtomicStream;
import org.govsim.runner.output.Provenance;

/**
 * Joins the parts of a sharded experiment ({@code --shard K/N}) into one folder whose runs.csv and
 * timeseries.csv are byte-identical to an unsharded run's. It first checks that the parts come from the same
 * plan, that each K = 1..N is there exactly once, and that each part finished; then merges the sorted files
 * k-way by run id, reading each part line by line.
 */
public final class ShardMerge {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ShardMerge() {
    }

    /** A merge that cannot be made; the message says what is wrong with which part. */
    public static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;

        Refused(String message) {
            super(message);
        }
    }

    /** Merges the parts into {@code out}; returns the runs done and failed. */
    public static ExperimentManifest.Tally merge(List<Path> parts, Path out) throws Refused, IOException {
        List<PlanFile> plans = checkParts(parts, out);
        PlanFile first = plans.get(0);
        Instant start = Instant.now();
        long done = mergeFile(parts, "runs.csv", first.runsHeader(), out, true);
        mergeFile(parts, "timeseries.csv", first.timeseriesHeader(), out, false);
        List<Path> withFailures = parts.stream().filter(p -> Files.exists(p.resolve("failures.csv"))).toList();
        long failed = 0;
        if (!withFailures.isEmpty()) {
            failed = mergeFile(withFailures, "failures.csv", JournalAssembly.FAILURES_HEADER, out, true);
        }
        if (done + failed != first.totalRuns()) {
            throw new Refused("the parts hold " + (done + failed) + " runs (" + done + " done, " + failed + " failed) of the plan's "
                    + first.totalRuns());
        }
        PlanFile whole = first.withShard(Shard.ALL);
        whole.write(out, null);
        Path resolved = parts.get(0).resolve("scenario.resolved.yaml");
        if (Files.exists(resolved)) {
            Files.copy(resolved, out.resolve("scenario.resolved.yaml"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        List<String> outputs = new ArrayList<>(List.of("runs.csv", "timeseries.csv", "manifest.json", PlanFile.NAME, "scenario.resolved.yaml"));
        if (failed > 0) {
            outputs.add("failures.csv");
        }
        ExperimentManifest.Tally tally = new ExperimentManifest.Tally(first.totalRuns(), done, failed,
                parts.stream().map(Path::toString).toList());
        AtomicFile.write(out.resolve("manifest.json"), ExperimentManifest.render(null, whole, tally, Provenance.current(),
                start, Instant.now(), List.of(), 0, outputs));
        return tally;
    }

    private static List<PlanFile> checkParts(List<Path> parts, Path out) throws Refused, IOException {
        if (parts.isEmpty()) {
            throw new Refused("no parts to merge");
        }
        List<PlanFile> plans = new ArrayList<>();
        for (Path p : parts) {
            try {
                plans.add(PlanFile.read(p));
            } catch (IOException e) {
                throw new Refused(e.getMessage());
            }
        }
        PlanFile first = plans.get(0);
        for (int i = 1; i < plans.size(); i++) {
            PlanFile pl = plans.get(i);
            if (!pl.hash().equals(first.hash()) || pl.shard().count() != first.shard().count()) {
                throw new Refused(parts.get(i) + " belongs to another plan (" + pl.scenario() + ", shard " + pl.shard() + ", plan "
                        + pl.hash().substring(0, 12) + ") than " + parts.get(0) + " (" + first.scenario() + ", shard " + first.shard()
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
            if (!complete(p)) {
                throw new Refused("shard " + plans.get(i).shard() + " in " + p + " is not finished; run it again with --resume --out " + p);
            }
            if (!plans.get(i).runsHeader().equals(first.runsHeader())) {
                throw new Refused(p + " has other runs.csv columns than " + parts.get(0) + " (another version of govsim?)");
            }
        }
        if (Files.exists(out.resolve("runs.csv"))) {
            throw new Refused(out + " already holds results (runs.csv); choose another --out or remove it");
        }
        return plans;
    }

    private static boolean complete(Path part) throws IOException {
        Path manifest = part.resolve("manifest.json");
        if (!Files.exists(manifest) || !Files.exists(part.resolve("runs.csv"))) {
            return false;
        }
        JsonNode complete = JSON.readTree(manifest.toFile()).get("complete");
        return complete != null && complete.asBoolean();
    }

    /** k-way merge of the parts' file by leading run id; returns the number of distinct run ids written. */
    private static long mergeFile(List<Path> parts, String name, String header, Path out, boolean oneLinePerRun) throws IOException, Refused {
        List<BufferedReader> readers = new ArrayList<>();
        long[] runs = new long[1];
        try {
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
            Refused[] refused = new Refused[1];
            AtomicStream.write(out.resolve(name), ch -> {
                Writer w = new BufferedWriter(new OutputStreamWriter(Channels.newOutputStream(ch), StandardCharsets.UTF_8), 1 << 16);
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
                    if (bestId == last) {
                        refused[0] = new Refused("run " + bestId + " appears twice in the parts' " + name);
                        break;
                    }
                    last = bestId;
                    runs[0]++;
                    String line = current.get(best);
                    int lines = 0;
                    while (line != null && runId(line) == bestId) {
                        if (oneLinePerRun && ++lines > 1) {
                            refused[0] = new Refused("run " + bestId + " appears twice in " + parts.get(best).resolve(name));
                            break;
                        }
                        w.write(line);
                        w.write('\n');
                        line = readers.get(best).readLine();
                    }
                    if (refused[0] != null) {
                        break;
                    }
                    current.set(best, line);
                }
                w.flush();
            });
            if (refused[0] != null) {
                Files.deleteIfExists(out.resolve(name));
                throw refused[0];
            }
        } finally {
            for (BufferedReader r : readers) {
                r.close();
            }
        }
        return runs[0];
    }

    private static long runId(String line) {
        int comma = line.indexOf(',');
        try {
            return Long.parseLong(comma < 0 ? line : line.substring(0, comma));
        } catch (NumberFormatException e) {
            return Long.MAX_VALUE - 1;
        }
    }
}
