package org.govsim.runner.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.govsim.runner.experiment.ShardMerge;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code govsim merge}: joins the shards of an experiment into one result folder. */
@Command(name = "merge", mixinStandardHelpOptions = true,
        description = "Join the folders of an experiment's shards (govsim run --shard K/N) into one folder whose runs.csv and "
                + "timeseries.csv are byte-identical to an unsharded run's. Refuses parts of different plans, a missing or "
                + "duplicated shard, and an unfinished one; a refused merge writes nothing. Then the whole batch's analyses (Sobol "
                + "indices of a SOBOL design) are made as an unsharded run makes them.",
        footer = {"", "Examples:",
                "  govsim merge results/sweep/shards/shard-1 results/sweep/shards/shard-2 --out results/sweep",
                "  govsim merge results/sweep/shards/* --out results/sweep",
                "", "Exit codes: 0 merged, 1 merged but some runs had failed (failures.csv), 2 the parts cannot be merged."})
public final class MergeCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "DIR", description = "The shards' output folders, in any order.")
    List<Path> parts;

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "DIR", description = "Folder for the merged results.")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter stdout = spec.commandLine().getOut();
        ShardMerge.Merged merged;
        try {
            merged = ShardMerge.merge(parts, out);
        } catch (ShardMerge.Refused e) {
            err.println("govsim merge: " + e.getMessage());
            err.flush();
            return GovsimCommand.BAD_INPUT;
        }
        var tally = merged.tally();
        stdout.println("merged " + parts.size() + " shards: " + tally.done() + " runs done, " + tally.failed() + " failed, results in " + out);
        if (merged.analysesText() != null) {
            stdout.print(merged.analysesText());
        }
        stdout.flush();
        if (tally.failed() > 0) {
            err.println("govsim merge: " + tally.failed() + " run(s) had failed; see " + out.resolve("failures.csv"));
            err.flush();
            return GovsimCommand.RUN_FAILED;
        }
        return GovsimCommand.OK;
    }
}
