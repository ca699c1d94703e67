package org.govsim.runner.bench;

import java.util.List;
import java.util.Optional;

/** The bench's figures; {@code batch}, {@code scaling} and {@code targets} are empty unless the full suite ran. */
public record BenchResults(MachineInfo machine, BenchSettings settings, List<SizeResult> sizes, Optional<BatchThroughput.Throughput> batch,
                           Optional<ScalingRatios> scaling, List<Targets.Target> targets, double wallSeconds) {
    public BenchResults {
        sizes = List.copyOf(sizes);
        targets = List.copyOf(targets);
    }

    public Optional<SizeResult> size(SizePreset preset) {
        return sizes.stream().filter(s -> s.size() == preset).findFirst();
    }
}
