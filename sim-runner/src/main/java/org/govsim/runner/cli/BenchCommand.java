package org.govsim.runner.cli;

import java.io.PrintWriter;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.govsim.model.District;
import org.govsim.model.config.ModelConfig;
import org.govsim.model.param.ParamValues;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code govsim bench}: speed and memory of the model on districts of standard sizes, on one thread.
 * Memory is measured, not estimated: heap in use after full collections, with and without the district.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure build time, seconds per simulated year, events per second and bytes per resident "
                + "for districts of standard sizes (one thread).",
        footer = {"", "Sizes: S 3,500 residents; M 50,000; L 500,000 (Meilan-sized: ~180,000 households, 800 compounds); XL 1,500,000.",
                "", "Examples:", "  govsim bench", "  govsim bench --size S --size M --size L --years 1 --repeat 3"})
public final class BenchCommand implements Callable<Integer> {

    /** Standard district sizes by residents; compounds scale with residents as in the Meilan-sized L (800 compounds). */
    enum Size {
        S(3_500), M(50_000), L(500_000), XL(1_500_000);

        final int residents;

        Size(int residents) {
            this.residents = residents;
        }

        int compounds() {
            return Math.max(1, (int) Math.round(residents * 800.0 / 500_000));
        }
    }

    @Option(names = "--size", description = "District sizes to measure: ${COMPLETION-CANDIDATES} (default: L).")
    List<Size> sizes = new ArrayList<>(List.of(Size.L));

    @Option(names = "--years", defaultValue = "1", description = "Simulated years per timed run (default: ${DEFAULT-VALUE}).")
    int years;

    @Option(names = "--warmup", defaultValue = "2", description = "Untimed runs first, to warm the JIT (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--repeat", defaultValue = "3", description = "Timed runs; the median is reported (default: ${DEFAULT-VALUE}).")
    int repeat;

    @Option(names = "--seed", defaultValue = "1", description = "Seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "govsim bench: %d simulated year(s) per run, %d warm-up, median of %d; Java %s, %d processors, max heap %d MiB%n",
                years, warmup, repeat, System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20);
        out.printf(Locale.ROOT, "%-4s %10s %10s %9s %10s %10s %12s %12s %11s %10s %8s%n", "size", "residents", "households",
                "compounds", "build ms", "s/year", "cold s/year", "events/s", "issues/s", "ns/event", "B/res");
        for (Size size : sizes) {
            ParamValues p = ParamValues.defaults()
                    .with("district.compounds", size.compounds())
                    .with("run.burnInDays", 0)
                    .with("run.days", 360 * years);
            ModelConfig config = new ModelConfig(p);
            Measurement cold = measure(config);
            for (int i = 0; i < warmup; i++) {
                measure(config);
            }
            Measurement[] warm = new Measurement[repeat];
            for (int i = 0; i < repeat; i++) {
                warm[i] = measure(config);
            }
            Arrays.sort(warm, (a, b) -> Double.compare(a.runSeconds, b.runSeconds));
            Measurement m = warm[repeat / 2];
            long bytes = retainedBytes(config);
            out.printf(Locale.ROOT, "%-4s %,10d %,10d %,9d %10.0f %10.3f %12.3f %,12.0f %,11.0f %10.1f %8.1f%n",
                    size, m.residents, m.households, config.world().compounds(), m.buildMillis, m.runSeconds / years,
                    cold.runSeconds / years, m.steps / m.runSeconds, m.issues / m.runSeconds, m.runSeconds * 1e9 / m.steps,
                    (double) bytes / m.residents);
            out.printf(Locale.ROOT, "     GC share of timed runs: %.1f%%%n", 100 * m.gcSeconds / m.runSeconds);
            out.flush();
        }
        return GovsimCommand.OK;
    }

    private record Measurement(double buildMillis, double runSeconds, long steps, long issues, long residents, int households,
                               double gcSeconds) {
    }

    private Measurement measure(ModelConfig config) {
        District d = new District(seed, config);
        long t0 = System.nanoTime();
        d.start();
        long t1 = System.nanoTime();
        long gc0 = gcMillis();
        d.advanceToEnd();
        long t2 = System.nanoTime();
        long gc1 = gcMillis();
        Measurement m = new Measurement((t1 - t0) / 1e6, (t2 - t1) / 1e9, d.schedule.getSteps(), d.metrics().arrived(),
                d.residents(), d.households().count(), (gc1 - gc0) / 1000.0);
        d.finish();
        return m;
    }

    /** Heap retained by a district at the end of its run, live issues included (after full collections), in bytes. */
    private long retainedBytes(ModelConfig config) {
        long before = usedAfterGc();
        District d = new District(seed, config);
        d.start();
        d.advanceToEnd();
        long after = usedAfterGc();
        long bytes = after - before;
        // keep the district reachable until measured
        if (d.households().count() < 0) {
            throw new IllegalStateException();
        }
        return bytes;
    }

    private static long usedAfterGc() {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return rt.totalMemory() - rt.freeMemory();
    }

    private static long gcMillis() {
        long total = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            total += Math.max(0, gc.getCollectionTime());
        }
        return total;
    }
}
