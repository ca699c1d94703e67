package org.govsim.runner.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * manifest.json: what a batch ran and how to run it again; written last, so a folder with a complete manifest
 * holds a whole result (compare, merge and --replay require it). It holds where the software came from, the
 * resolved parameters, the base seed and every replication's seed, the design of an experiment, how many runs
 * were done and failed, and the start and end times (the only wall-clock figures of a batch's outputs).
 * Fields that do not apply are left out (null): a plain run has no design, an experiment no list of runs.
 *
 * @param runs      a plain run's replications (an experiment's runs are too many to list: see runs.csv)
 * @param onlyRun   set when the batch ran one run of its plan ({@code --run ID})
 * @param rerun     the command that reruns the batch (add {@code --run ID} to rerun one of its runs exactly)
 */
public record Manifest(String tool, String version, String gitCommit, Boolean gitDirty, String java, String startTime, String endTime,
                       ScenarioPart scenario, String planHash, Design experiment, Integer points, Integer replications, Long totalRuns,
                       Long baseSeed, List<Long> replicationSeeds, String seedRule, ShardPart shard, List<String> mergedFrom,
                       Integer threads, Tally tally, Boolean complete, Precision precision, Long onlyRun, String rerun,
                       List<RunEntry> runs, List<String> outputs, Map<String, Object> parameters) {
    public static final String FILE = "manifest.json";
    public static final String TOOL = "govsim";

    /** The scenario: its name, description, the files it was read from (child first) and the command line's overrides. */
    public record ScenarioPart(String name, String description, List<String> files, List<String> overrides) {
    }

    /** An experiment's design; factors map a parameter path to its listed values or to {min, max}. */
    public record Design(String design, Integer samples, Integer trajectories, Integer levels, Map<String, Object> policies,
                         Map<String, Object> uncertainties, String table, List<String> tableColumns, List<String> columns,
                         Integer pointsPerPolicy) {
    }

    /** Which part of the plan's runs the folder holds: run ids with {@code id % count == index - 1}. */
    public record ShardPart(int index, int count, String rule) {
    }

    /** Runs the folder was to hold, and how many were done and failed. */
    public record Tally(long planned, long done, long failed) {
    }

    /** What {@code --precision} asked for and what it reached. */
    public record Precision(String target, List<String> metrics, int maxReplications, boolean reached, String widest, Double widestShare,
                           int batches) {
    }

    /** One replication of a plain run. */
    public record RunEntry(long runId, int replication, long seed, String status, String error) {
    }

    /** Whether this manifest marks a finished folder: written by govsim and complete. */
    public boolean isComplete() {
        return TOOL.equals(tool) && Boolean.TRUE.equals(complete);
    }

    public static Manifest read(Path dir) throws JsonFiles.Unreadable {
        return JsonFiles.read(dir.resolve(FILE), Manifest.class, "a govsim manifest");
    }

    /** Reads the folder's manifest and checks that it marks a finished folder; the message says what is wrong. */
    public static Manifest readComplete(Path dir, String needed) throws JsonFiles.Unreadable {
        if (!Files.isRegularFile(dir.resolve(FILE))) {
            throw new JsonFiles.Unreadable(dir + ": no " + FILE + "; " + needed + " needs a finished results folder "
                    + "(a run that was stopped, or is still running, has none: finish it with --resume)");
        }
        Manifest m = read(dir);
        if (!m.isComplete()) {
            throw new JsonFiles.Unreadable(dir.resolve(FILE) + ": does not mark a finished folder (\"complete\" is not true); "
                    + needed + " needs a finished results folder");
        }
        return m;
    }

    public void write(Path dir) throws IOException {
        JsonFiles.write(dir.resolve(FILE), this);
    }
}
