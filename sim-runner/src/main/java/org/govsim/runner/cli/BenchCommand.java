package org.govsim.runner.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.govsim.model.config.ModelConfig;
import org.govsim.model.issue.IssueType;
import org.govsim.model.param.ParamValues;
import org.govsim.runner.bench.BareScheduleCeiling;
import org.govsim.runner.bench.BatchThroughput;
import org.govsim.runner.bench.MemoryProbe;
import org.govsim.runner.bench.ModelTiming;
import org.govsim.runner.bench.Scaling;
import org.govsim.runner.bench.SizePreset;
import org.govsim.runner.bench.Targets;
import org.govsim.runner.bench.Timing;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code govsim bench}: speed and memory of the model on districts of standard sizes, against a bare MASON
 * Schedule, in batches on 1 and 2 threads, and how cost grows; then the targets of size L, PASS or MISS.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure the model's speed and memory on districts of standard sizes (warm and cold, one thread), "
                + "the ceiling of a bare MASON Schedule, batch throughput on 1 and 2 threads, how cost grows, and the targets.",
        footer = {"", "Sizes: S 3,500 residents; M 50,000; L 500,000 (Meilan-sized: ~180,000 households, 800 compounds); XL 1,500,000.",
                "", "Examples:", "  govsim bench                       # S, M and L: about a minute",
                "  govsim bench --size L --size XL --repeat 5", "  govsim bench --quick              # S and M only, no batch or scaling"})
public final class BenchCommand implements Callable<Integer> {

    @Option(names = "--size", description = "District sizes to time: ${COMPLETION-CANDIDATES} (default: S, M, L).")
    List<SizePreset> sizes = new ArrayList<>();

    @Option(names = "--years", defaultValue = "1", description = "Simulated years per timed run (default: ${DEFAULT-VALUE}).")
    int years;

    @Option(names = "--warmup", defaultValue = "2", description = "Untimed runs first, to warm the JIT (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--repeat", defaultValue = "3", description = "Timed runs; the median is reported (default: ${DEFAULT-VALUE}).")
    int repeat;

    @Option(names = "--seed", defaultValue = "1", description = "Seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--quick", description = "Only S and M, without the batch, scaling and target sections.")
    boolean quick;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        List<SizePreset> timed = !sizes.isEmpty() ? sizes : quick ? List.of(SizePreset.S, SizePreset.M)
                : List.of(SizePreset.S, SizePreset.M, SizePreset.L);
        out.printf(Locale.ROOT, "govsim bench: %d simulated year(s) per run, %d warm-up, median of %d; Java %s, %d processors, max heap %d MiB%n%n",
                years, warmup, repeat, System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20);
        out.printf(Locale.ROOT, "%-4s %10s %10s %9s %9s %9s %9s %11s %10s %9s %9s %9s %7s %8s %9s %6s%n", "size", "residents", "households",
                "compounds", "build ms", "s/year", "cold s/yr", "events/s", "issues/s", "ns/event", "bare ev/s", "model/bare",
                "GC %", "B/res", "B/issue", "pending");
        Map<SizePreset, Timing> warm = new EnumMap<>(SizePreset.class);
        Map<SizePreset, MemoryProbe.Memory> memory = new EnumMap<>(SizePreset.class);
        Map<SizePreset, Double> bare = new EnumMap<>(SizePreset.class);
        for (SizePreset size : timed) {
            ModelConfig config = new ModelConfig(size.values(years));
            Timing cold = ModelTiming.once(config, seed);
            Timing w = ModelTiming.warm(config, seed, warmup, repeat);
            double ceiling = BareScheduleCeiling.eventsPerSecond(w.events(), w.pendingEvents());
            MemoryProbe.Memory m = MemoryProbe.measure(size.values(years), seed);
            warm.put(size, w);
            memory.put(size, m);
            bare.put(size, ceiling);
            out.printf(Locale.ROOT, "%-4s %,10d %,10d %,9d %9.0f %9.3f %9.3f %,11.0f %,10.0f %9.1f %,9.0f %9.2f %7.1f %8.1f %9.0f %,6d%n",
                    size, w.residents(), w.households(), config.world().compounds(), w.buildMillis(), w.secondsPerYear(),
                    cold.secondsPerYear(), w.eventsPerSecond(), w.issuesPerSecond(), w.nanosPerEvent(), ceiling,
                    w.eventsPerSecond() / ceiling, 100 * w.gcShare(), m.bytesPerResident(), m.bytesPerLiveIssue(), w.pendingEvents());
            out.flush();
        }
        if (quick || !warm.containsKey(SizePreset.L) || !warm.containsKey(SizePreset.M)) {
            return GovsimCommand.OK;
        }
        Timing l = warm.get(SizePreset.L);
        Timing mSize = warm.get(SizePreset.M);

        out.println();
        BatchThroughput.Throughput batch = BatchThroughput.measure(SizePreset.L.values(years), 4);
        out.printf(Locale.ROOT, "batch, 4 replications of L: %,.0f simulated years/hour on 1 thread, %,.0f on 2; efficiency %.2f%n",
                batch.oneThread(), batch.twoThreads(), batch.efficiency());

        double perResident = Scaling.ratio(l.runSeconds() / l.residents(), mSize.runSeconds() / mSize.residents(), 1);
        Timing threeYears = ModelTiming.warm(new ModelConfig(SizePreset.L.values(3 * years)), seed, 0, 1);
        double yearsRatio = Scaling.ratio(threeYears.runSeconds(), l.runSeconds(), 3);
        Timing doubled = ModelTiming.warm(new ModelConfig(doubledRates(SizePreset.L.values(years))), seed, 0, 1);
        double rateRatio = Scaling.ratio(doubled.runSeconds(), l.runSeconds(), (double) doubled.issues() / l.issues());
        out.printf(Locale.ROOT, "scaling (observed / ideal; 1.00 is linear): L vs M per resident %.2f; 3 years vs 1 %.2f; "
                + "issue rates doubled, per issue %.2f (%.2fx the issues, %.2fx the time)%n", perResident, yearsRatio, rateRatio,
                (double) doubled.issues() / l.issues(), doubled.runSeconds() / l.runSeconds());

        Targets t = new Targets()
                .check("L: under 1 s per simulated year (stretch 0.3 s)", l.secondsPerYear(), "s", l.secondsPerYear() < 1)
                .check("L: under 128 bytes per resident", memory.get(SizePreset.L).bytesPerResident(), "B",
                        memory.get(SizePreset.L).bytesPerResident() < 128)
                .check("L: at least 2 million events per second", l.eventsPerSecond(), "events/s", l.eventsPerSecond() >= 2e6)
                .check("batch efficiency on 2 cores at least 0.9", batch.efficiency(), "", batch.efficiency() >= 0.9)
                .check("cost linear in residents (L vs M within 15%)", perResident, "x ideal", Scaling.linear(perResident, 0.15))
                .check("cost linear in years (3 vs 1 within 15%)", yearsRatio, "x ideal", Scaling.linear(yearsRatio, 0.15))
                .check("cost linear in issues (rates doubled, within 15%)", rateRatio, "x ideal", Scaling.linear(rateRatio, 0.15));
        out.println();
        out.println("targets (size L, one thread, warm):");
        t.lines().forEach(out::println);
        out.printf(Locale.ROOT, "  (the bare MASON Schedule with L's pending events runs %,.0f events/s: the model reaches %.0f%% of it)%n",
                bare.get(SizePreset.L), 100 * l.eventsPerSecond() / bare.get(SizePreset.L));
        out.flush();
        return GovsimCommand.OK;
    }

    private static ParamValues doubledRates(ParamValues p) {
        for (IssueType type : IssueType.values()) {
            String path = "issues." + type.key() + ".ratePer1000HouseholdsMonth";
            p = p.with(path, Math.min(10000, 2 * p.real(path)));
        }
        return p;
    }
}
