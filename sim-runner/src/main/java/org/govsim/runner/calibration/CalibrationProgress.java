package org.govsim.runner.calibration;

import java.io.PrintWriter;
import java.util.Locale;
import org.govsim.runner.analysis.Formats;
import org.govsim.runner.experiment.RunEstimate;

/**
 * The progress of a calibration: a line as each generation opens and closes (its tolerance, acceptance rate and
 * effective sample size), and between them the simulations done with an ETA, redrawn in place on a terminal or
 * written once per tenth of the generation to a log (a cluster job's).
 */
final class CalibrationProgress implements AbcSmc.Listener {
    private final PrintWriter err;
    private final boolean terminal;
    private long generationStart;
    private int lastTenth;

    CalibrationProgress(PrintWriter err, boolean terminal) {
        this.err = err;
        this.terminal = terminal;
    }

    @Override
    public synchronized void generationOpened(int generation, int simulations, int done, int toRun) {
        generationStart = System.nanoTime();
        lastTenth = 0;
        err.printf(Locale.ROOT, "generation %d: %d proposals%s%n", generation, simulations,
                done > 0 ? ", " + done + " done before, " + toRun + " to run here" : toRun < simulations ? ", " + toRun + " in this shard" : "");
        err.flush();
    }

    @Override
    public synchronized void simulationFinished(int done, int toRun) {
        int tenth = (int) (10L * done / toRun);
        if (!terminal && tenth == lastTenth && done != toRun) {
            return;
        }
        lastTenth = tenth;
        double elapsed = (System.nanoTime() - generationStart) / 1e9;
        double eta = elapsed / done * (toRun - done);
        String line = String.format(Locale.ROOT, "  %d/%d simulations  elapsed %s  eta %s", done, toRun, RunEstimate.duration(elapsed),
                RunEstimate.duration(eta));
        if (terminal) {
            err.print("\r" + line + "   ");
            if (done == toRun) {
                err.println();
            }
        } else {
            err.println(line);
        }
        err.flush();
    }

    @Override
    public synchronized void generationClosed(Population p) {
        err.printf(Locale.ROOT, "generation %d: tolerance %s, acceptance rate %s, effective sample size %.0f%n", p.generation(),
                Formats.number(p.tolerance()), Double.isNaN(p.acceptance()) ? "-" : Formats.number(p.acceptance()), p.effectiveSize());
        err.flush();
    }
}
