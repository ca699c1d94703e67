package org.govsim.runner.bench;

/** Everything measured on one district size. */
public record SizeResult(SizePreset size, int compounds, ColdStart.Cold cold, Runs warm, PendingEvents.Sample pending,
                         BareScheduleCeiling.Ceiling ceiling, MemoryProbe.Memory memory) {
}
