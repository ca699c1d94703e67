package org.govsim.runner.experiment;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * Progress of a batch with an ETA: redrawn in place on a terminal, or one line per tenth of the batch when the
 * output is a log file (a cluster job's), so logs stay short.
 */
final class BatchProgress implements Progress {
    private final PrintWriter err;
    private final boolean terminal;
    private final long startNanos = System.nanoTime();
    private int lastTenth;

    BatchProgress(PrintWriter err, boolean terminal) {
        this.err = err;
        this.terminal = terminal;
    }

    @Override
    public synchronized void finished(int done, int total) {
        int tenth = (int) (10L * done / total);
        if (!terminal && tenth == lastTenth && done != total) {
            return;
        }
        lastTenth = tenth;
        double elapsed = (System.nanoTime() - startNanos) / 1e9;
        double eta = done == 0 ? 0 : elapsed / done * (total - done);
        String line = String.format(Locale.ROOT, "  %d/%d runs  %3.0f%%  elapsed %s  eta %s", done, total, 100.0 * done / total,
                RunEstimate.duration(elapsed), RunEstimate.duration(eta));
        if (terminal) {
            err.print("\r" + line + "   ");
            if (done == total) {
                err.println();
            }
        } else {
            err.println(line);
        }
        err.flush();
    }
}
