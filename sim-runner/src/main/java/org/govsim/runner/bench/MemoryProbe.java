package org.govsim.runner.bench;

import java.lang.management.ManagementFactory;
import java.lang.ref.Reference;
import org.govsim.model.District;
import org.govsim.model.ModelConfig;
import org.govsim.model.param.ParamValues;

/**
 * Memory measured, not estimated: the heap in use after full collections ({@code System.gc()} three times;
 * G1 on Java 17 runs a full, compacting collection for each).
 * <ul>
 * <li>Bytes per resident: the heap holding the district at the end of its run (its live issues included)
 * minus the heap just before it was built, over its residents.</li>
 * <li>Bytes per live issue: the same district run twice, once as it is and once with a backlog (far fewer
 * community servers, so cases queue there, and households that rarely give up and leave); the difference in
 * retained heap over the difference in issues open at the end. Both runs observe only their last day, so the
 * metrics' per-issue records (resolution times of settled issues, which would differ between the runs) stay
 * empty; the households, buildings and compounds are the same in both, so what differs is the live issues:
 * the {@code Issue} objects, their pending events and schedule keys, and their places in queues (including
 * the spare capacity of grown arrays, which a long-running model also carries). The backlog's extra issues
 * are mostly queued ones, so this is the marginal cost of a waiting issue.</li>
 * <li>Bytes per live issue over the whole run, as a cross-check: the heap at the end of the normal run minus
 * the heap just after its start (when no issue has arrived), over the issues open at the end. It covers the
 * usual mix of live issues (latent, queued, in service), but also anything the model allocates lazily after
 * its start, so it is an upper bound.</li>
 * </ul>
 */
public final class MemoryProbe {
    /** Community servers per 1,000 households in the backlog run (default 20). */
    static final double BACKLOG_COMMUNITY_SERVERS = 0.2;
    /** Probability that an impatient household leaves for the hotline or a court in the backlog run (default 0.5). */
    static final double BACKLOG_EXIT_PROB = 0.02;

    private MemoryProbe() {
    }

    /** What was measured. */
    public record Memory(long residents, long districtBytes, long grownBytes, long liveIssues, long backlogLiveIssues,
                         long backlogExtraBytes) {
        public double bytesPerResident() {
            return (double) districtBytes / residents;
        }

        /** Extra retained bytes per extra live issue; NaN if the backlog run has no more live issues. */
        public double bytesPerLiveIssue() {
            long extra = backlogLiveIssues - liveIssues;
            return extra <= 0 ? Double.NaN : (double) backlogExtraBytes / extra;
        }

        /** Heap grown from the start to the end of the normal run, per issue open at the end; NaN if none is. */
        public double grownBytesPerLiveIssue() {
            return liveIssues <= 0 ? Double.NaN : (double) grownBytes / liveIssues;
        }
    }

    public static Memory measure(ParamValues values, long seed) {
        ParamValues lastDay = observeLastDayOnly(values);
        Retained normal = retained(lastDay, seed);
        Retained backlog = retained(lastDay.with("levels.community.serversPer1000Households", BACKLOG_COMMUNITY_SERVERS)
                .with("patience.exitProb", BACKLOG_EXIT_PROB), seed);
        return new Memory(normal.residents, normal.bytes, normal.grown, normal.liveIssues, backlog.liveIssues, backlog.bytes - normal.bytes);
    }

    /** The same length of run, with the observed window moved to its last day. */
    static ParamValues observeLastDayOnly(ParamValues values) {
        int end = values.integer("run.burnInDays") + values.integer("run.days");
        return values.with("run.burnInDays", end - 1).with("run.days", 1);
    }

    private record Retained(long bytes, long grown, long liveIssues, long residents) {
    }

    private static Retained retained(ParamValues values, long seed) {
        long before = usedAfterGc();
        District d = new District(seed, new ModelConfig(values));
        d.start();
        long started = usedAfterGc();
        d.advanceToEnd();
        long after = usedAfterGc();
        Retained r = new Retained(after - before, after - started, d.metrics().open(), d.residents());
        Reference.reachabilityFence(d);
        d.finish();
        return r;
    }

    static long usedAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
