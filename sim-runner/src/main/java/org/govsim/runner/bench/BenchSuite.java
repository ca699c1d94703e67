package org.govsim.runner.bench;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.govsim.model.ModelConfig;

/**
 * Runs the bench in order: per size, a cold run in a fresh JVM, an untimed run that samples the pending events
 * (it also warms the JIT), warm runs, the bare-Schedule ceiling and the memory probe; then, with size L, the
 * batch on 1 and 2 threads and the scaling runs (M and L timed again, in turn with the longer runs). Progress goes to {@code progress}; the figures are returned.
 */
public final class BenchSuite {
    private final BenchSettings settings;
    private final PrintWriter progress;

    public BenchSuite(BenchSettings settings, PrintWriter progress) {
        this.settings = settings;
        this.progress = progress;
    }

    public BenchResults run() throws InterruptedException {
        long t0 = System.nanoTime();
        MachineInfo machine = MachineInfo.current();
        List<SizeResult> sizes = new ArrayList<>();
        for (SizePreset size : settings.sizes()) {
            sizes.add(measure(size));
        }
        Optional<BatchThroughput.Throughput> batch = Optional.empty();
        Optional<ScalingRatios> scaling = Optional.empty();
        List<Targets.Target> targets = List.of();
        if (settings.fullSuite()) {
            SizeResult l = sizes.stream().filter(s -> s.size() == SizePreset.L).findFirst().orElseThrow();
            note("batch: %d replications of L on 1 and 2 threads", settings.batchReplications());
            BatchThroughput.Throughput b = BatchThroughput.measure(SizePreset.L.values(settings.years()), settings.batchReplications(),
                    settings.seed(), settings.repeat());
            ScalingRatios s = scaling();
            batch = Optional.of(b);
            scaling = Optional.of(s);
            targets = Targets.of(l, sizes.stream().filter(sr -> sr.size() == SizePreset.M).findFirst(), b, s);
        }
        return new BenchResults(machine, settings, sizes, batch, scaling, targets, (System.nanoTime() - t0) / 1e9);
    }

    private SizeResult measure(SizePreset size) {
        int years = settings.years();
        long seed = settings.seed();
        ModelConfig config = new ModelConfig(size.values(years));
        note("%s: cold run in a fresh JVM", size);
        ColdStart.Cold cold = ColdStart.measure(size, years, seed);
        note("%s: pending events, %d warm-up and %d timed runs", size, settings.warmup(), settings.repeat());
        PendingEvents.Sample pending = PendingEvents.sample(config, seed);
        Runs warm = ModelTiming.warm(config, seed, Math.max(0, settings.warmup() - 1), settings.repeat());
        note("%s: memory", size);
        MemoryProbe.Memory memory = MemoryProbe.measure(size.values(years), seed);
        note("%s: bare Schedule ceiling", size);
        int depth = pending.known() ? (int) Math.round(pending.mean()) : (int) memory.liveIssues();
        BareScheduleCeiling.Ceiling ceiling = BareScheduleCeiling.measure(warm.median().events(), 360.0 * years, depth, settings.repeat());
        return new SizeResult(size, config.core().world().compounds(), cold, warm, pending, ceiling, memory);
    }

    /**
     * M, L, L over three times the years and L with doubled issue rates, timed in turn {@code repeat} times
     * (interleaved, so that load from elsewhere falls on all four alike); each round's ratios, their medians.
     */
    private ScalingRatios scaling() {
        int years = settings.years();
        long seed = settings.seed();
        ModelConfig m = new ModelConfig(SizePreset.M.values(years));
        ModelConfig l = new ModelConfig(SizePreset.L.values(years));
        ModelConfig three = new ModelConfig(SizePreset.L.values(3 * years));
        ModelConfig doubled = new ModelConfig(ScalingRatios.doubledRates(SizePreset.L.values(years)));
        note("scaling: M, L, L over %d years, L with every issue rate doubled, in turn, %d times", 3 * years, settings.repeat());
        List<Timing> mRuns = new ArrayList<>();
        List<Timing> lRuns = new ArrayList<>();
        List<Timing> threeRuns = new ArrayList<>();
        List<Timing> doubledRuns = new ArrayList<>();
        for (int i = 0; i < settings.repeat(); i++) {
            // as many M runs as L is larger, timed together, so that both sides are timed over similar spans
            mRuns.add(ModelTiming.meanOf(m, seed, SizePreset.L.residents() / SizePreset.M.residents()));
            lRuns.add(ModelTiming.once(l, seed));
            threeRuns.add(ModelTiming.once(three, seed));
            doubledRuns.add(ModelTiming.once(doubled, seed));
        }
        return ScalingRatios.paired(mRuns, lRuns, threeRuns, doubledRuns);
    }

    private void note(String format, Object... args) {
        progress.printf(java.util.Locale.ROOT, "bench: " + format + "%n", args);
        progress.flush();
    }
}
