package org.govsim.runner.bench;

import org.govsim.model.District;
import org.govsim.model.config.ModelConfig;
import org.govsim.model.param.ParamValues;

/**
 * Memory measured, not estimated: heap in use after full collections. Bytes per resident: the district at
 * the end of its run (live issues included) minus the heap without it. Bytes per live issue: the same
 * district at its end minus at its start, over the issues open at the end; the run observes only its last
 * day, so the metrics' per-issue records (resolution times) do not grow and every added byte belongs to the
 * live issues, their pending events and their places in queues.
 */
public final class MemoryProbe {
    private MemoryProbe() {
    }

    /** What was measured. */
    public record Memory(long residents, long districtBytes, long liveIssues, long liveIssueBytes) {
        public double bytesPerResident() {
            return (double) districtBytes / residents;
        }

        public double bytesPerLiveIssue() {
            return liveIssues == 0 ? Double.NaN : (double) liveIssueBytes / liveIssues;
        }
    }

    public static Memory measure(ParamValues values, long seed) {
        int days = values.integer("run.days");
        ModelConfig config = new ModelConfig(values.with("run.burnInDays", days).with("run.days", 1));
        long empty = usedAfterGc();
        District d = new District(seed, config);
        d.start();
        long started = usedAfterGc();
        d.advanceToEnd();
        long ended = usedAfterGc();
        long live = d.metrics().open();
        Memory m = new Memory(d.residents(), ended - empty, live, ended - started);
        d.finish();
        return m;
    }

    private static long usedAfterGc() {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return rt.totalMemory() - rt.freeMemory();
    }
}
