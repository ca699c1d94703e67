package org.govsim.runner.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.Callable;
import org.govsim.runner.bench.BenchReport;
import org.govsim.runner.bench.BenchResults;
import org.govsim.runner.bench.BenchSettings;
import org.govsim.runner.bench.BenchSuite;
import org.govsim.runner.bench.SizePreset;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code govsim bench}: speed and memory of the model on districts of standard sizes, against a bare MASON
 * Schedule, in batches on 1 and 2 threads, and how cost grows; then the targets of size L, PASS or MISS.
 * The measuring is in {@code org.govsim.runner.bench}; this class only reads the options and prints.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure the model's speed and memory on districts of standard sizes (warm and cold, one thread), "
                + "the ceiling of a bare MASON Schedule, batch throughput on 1 and 2 threads, how cost grows, and the targets. "
                + "Progress goes to stderr, the report to stdout.",
        footer = {"", "Sizes: S 3,500 residents; M 50,000; L 500,000 (Meilan-sized: ~180,000 households, 800 compounds); XL 1,500,000.",
                "Batch, scaling and targets run when L is among the sizes and --quick is not given.",
                "", "Examples:", "  govsim bench                       # S, M and L with batch, scaling and targets: about a minute",
                "  govsim bench --size L --size XL --repeat 5", "  govsim bench --quick              # S and M only: a few seconds"})
public final class BenchCommand implements Callable<Integer> {

    @Option(names = "--size", description = "District sizes to time, repeatable: ${COMPLETION-CANDIDATES} (default: S, M, L).")
    List<SizePreset> sizes = new ArrayList<>();

    @Option(names = "--years", defaultValue = "1", description = "Simulated years per timed run (default: ${DEFAULT-VALUE}).")
    int years;

    @Option(names = "--warmup", defaultValue = "3", description = "Untimed runs per size before the timed ones (at least 1: "
            + "the run that samples the pending events; more until the warm-up has lasted 2 s; default: ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--repeat", defaultValue = "3", description = "Timed runs per measurement; the median is reported (default: ${DEFAULT-VALUE}).")
    int repeat;

    @Option(names = "--replications", defaultValue = "4", description = "Replications of L in the batch section (default: ${DEFAULT-VALUE}).")
    int replications;

    @Option(names = "--seed", defaultValue = "1", description = "Seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--quick", description = "Only S and M (unless --size is given), without the batch, scaling and target sections.")
    boolean quick;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        if (years < 1 || repeat < 1 || replications < 1 || warmup < 0) {
            throw new ParameterException(spec.commandLine(), "--years, --repeat and --replications must be at least 1, --warmup at least 0");
        }
        List<SizePreset> timed = !sizes.isEmpty() ? List.copyOf(new LinkedHashSet<>(sizes))
                : quick ? List.of(SizePreset.S, SizePreset.M) : List.of(SizePreset.S, SizePreset.M, SizePreset.L);
        BenchSettings settings = new BenchSettings(timed, years, warmup, repeat, seed, quick, replications);
        BenchResults results = new BenchSuite(settings, spec.commandLine().getErr()).run();
        PrintWriter out = spec.commandLine().getOut();
        BenchReport.lines(results).forEach(out::println);
        out.flush();
        return GovsimCommand.OK;
    }
}
