package org.govsim.runner.calibration;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.govsim.runner.analysis.Formats;
import org.govsim.runner.experiment.ReplicationSeeds;
import org.govsim.runner.experiment.Shard;
import org.govsim.runner.output.AtomicFile;
import org.govsim.runner.output.Provenance;
import org.govsim.runner.scenario.ScenarioException;
import org.govsim.runner.scenario.ScenarioWriter;

/**
 * {@code govsim calibrate}: loads and checks a calibration file, then either fits its free parameters
 * ({@link AbcSmc} on the model through {@link ModelSimulator}) and writes posterior.csv, calibrated.yaml, fit.csv,
 * report.html and manifest.json, or, with {@code --check}, runs the scenario as it is and writes fit.csv and
 * manifest.json. Exit codes: 0 done (or a shard's share done), 1 a simulation failed, 2 bad input (nothing run).
 */
public final class CalibrationRun {
    public static final int OK = 0;
    public static final int RUN_FAILED = 1;
    public static final int BAD_INPUT = 2;

    /** The word for a tolerance floor of √(number of targets). */
    public static final String AUTO = "auto";

    /**
     * The tolerance floor a --min-tolerance value asks for: a number at least 0, or NaN for {@value #AUTO}, which
     * {@link #run} turns into √(number of targets) once it has read them.
     */
    public static double floor(String value) {
        if (AUTO.equals(value)) {
            return Double.NaN;
        }
        double e;
        try {
            e = Double.parseDouble(value);
        } catch (NumberFormatException x) {
            e = Double.NaN;
        }
        // "NaN" parses, but NaN is how auto travels on: refuse it here with the other non-numbers
        if (Double.isNaN(e)) {
            throw new IllegalArgumentException("--min-tolerance must be a number at least 0 or " + AUTO + ", got '" + value + "'");
        }
        return e;
    }

    /** The command's options, checked by {@link AbcSmc.Settings} and here; a NaN minTolerance is √(targets). */
    public record Options(Path out, int particles, int generations, double minAcceptance, double minTolerance, int replications, int threads,
                          long seed, boolean resume, String shard, boolean check, boolean quiet, String command) {
    }

    private CalibrationRun() {
    }

    public static int run(Path file, Options o, PrintWriter out, PrintWriter err) throws IOException, InterruptedException {
        Instant start = Instant.now();
        Calibration c;
        try {
            c = CalibrationFile.load(file, ModelSimulator::new);
        } catch (ScenarioException e) {
            // each line already names the file, the line and the key
            err.println(e.getMessage());
            err.flush();
            return BAD_INPUT;
        }
        Shard shard;
        AbcSmc.Settings settings;
        try {
            shard = o.shard() == null ? Shard.ALL : Shard.parse(o.shard());
            double floor = Double.isNaN(o.minTolerance()) ? Math.sqrt(c.spec().targets().size()) : o.minTolerance();
            settings = new AbcSmc.Settings(o.particles(), o.generations(), o.minAcceptance(), floor, o.replications(), o.seed(),
                    o.threads());
        } catch (IllegalArgumentException e) {
            return bad(err, e.getMessage());
        }
        ModelSimulator model = new ModelSimulator(c.scenario().values(), c.spec().districtShare());
        if (o.check()) {
            if (o.resume() || o.shard() != null) {
                return bad(err, "--check runs the scenario once; --resume and --shard apply to a calibration");
            }
            return check(c, model, settings, o, start, out, err);
        }
        if (c.spec().parameters().isEmpty()) {
            return bad(err, file + ": calibration.parameters is empty: nothing to fit (use --check to compare the scenario with its targets)");
        }
        AbcSmc abc = new AbcSmc(new PriorBox(c.spec().parameters()), c.spec().targets(),
                model.simulator(c.spec().parameters(), c.spec().targets()), settings, c.spec().districtShare());
        AbcSmc.Result r;
        try {
            boolean terminal = !o.quiet() && System.console() != null;
            AbcSmc.Listener progress = o.quiet() ? AbcSmc.Listener.NONE : new CalibrationProgress(err, terminal);
            r = abc.run(o.out(), ScenarioWriter.write(c.scenario().values()), o.resume(), shard, progress);
        } catch (CalibrationRefused e) {
            return bad(err, e.getMessage());
        } catch (SimulationFailed e) {
            err.println("govsim: " + e.getMessage() + "; the simulations finished before it are kept: --resume continues");
            err.flush();
            return RUN_FAILED;
        }
        if (!r.finished()) {
            if (r.populations().size() >= r.worked()) {
                out.printf(Locale.ROOT, "shard %s: its share completed generation %d, which it closed; the next round of shards runs generation %d%n",
                        shard, r.worked(), r.worked() + 1);
            } else {
                out.printf(Locale.ROOT, "shard %s: its share of generation %d is done; the generation closes when every shard's share is in %s%n",
                        shard, r.worked(), o.out());
            }
            out.flush();
            return OK;
        }
        Path manifest = o.out().resolve(CalibrationManifest.NAME);
        if (r.closed() == 0 && Files.exists(manifest) && CalibrationManifest.describes(manifest, r.populations().size(), r.stopReason())) {
            out.println(c.scenario().name() + ": the calibration in " + o.out() + " is complete (" + r.stopReason() + "); nothing to run");
            out.flush();
            return OK;
        }
        Population last = r.populations().get(r.populations().size() - 1);
        PosteriorSummary posterior = PosteriorSummary.of(c.spec().parameters(), last);
        List<FitTable.Row> fit = FitTable.rows(c.spec().targets(), k -> PredictiveDraws.of(last, k));
        Provenance provenance = Provenance.current();
        PosteriorCsv.write(o.out(), c.spec().parameters(), r.populations());
        String note = String.format(Locale.ROOT, "govsim calibrate %s: generation %d of %d particles, tolerance %s, seed %d",
                provenance.version(), last.generation(), settings.particles(), Formats.number(last.tolerance()), settings.seed());
        AtomicFile.write(o.out().resolve(CalibratedScenario.NAME), CalibratedScenario.render(c, posterior, note));
        FitTable.write(o.out(), fit);
        CalibrationReport.write(o.out(), new CalibrationReport.Content(c, settings, r.populations(), r.stopReason(), posterior, fit,
                provenance, o.command()));
        List<String> outputs = List.of(PosteriorCsv.NAME, CalibratedScenario.NAME, FitTable.NAME, CalibrationReport.NAME,
                CalibrationReport.CHARTS + "/", CalibrationManifest.NAME, CalibrationStore.PLAN, CalibrationStore.GENERATIONS + "/",
                SimulationJournal.FOLDER + "/");
        AtomicFile.write(manifest, CalibrationManifest.render(new CalibrationManifest.Run("calibrate", c, settings, o.command(), provenance,
                start, Instant.now(), outputs), r.populations(), r.stopReason(), posterior, fit));
        if (AbcSmc.UNDEFINED_TARGETS.equals(r.stopReason())) {
            err.println("govsim: the calibration failed: " + r.stopReason() + "; see " + o.out().resolve(FitTable.NAME));
            err.flush();
            return RUN_FAILED;
        }
        if (!o.quiet()) {
            out.printf(Locale.ROOT, "%s: calibrated in %d generations (%s), results in %s%n", c.scenario().name(), r.populations().size(),
                    r.stopReason(), o.out());
            posterior.lines().forEach(out::println);
            out.print(fitTable(fit));
        }
        out.flush();
        return OK;
    }

    /** --check: R replications of the scenario as it is, on the seeds `govsim run --seed` uses, against the targets. */
    private static int check(Calibration c, ModelSimulator model, AbcSmc.Settings s, Options o, Instant start, PrintWriter out,
                             PrintWriter err) throws IOException, InterruptedException {
        if (Files.exists(o.out().resolve(FitTable.NAME))) {
            return bad(err, o.out() + " already holds results (" + FitTable.NAME + "); choose another --out or remove it");
        }
        List<Target> targets = c.spec().targets();
        Simulator simulator = model.simulator(List.of(), targets);
        double[][] values = new double[targets.size()][s.replications()];
        int[] reps = IntStream.range(0, s.replications()).toArray();
        try {
            new ParticleRunner(s.threads(), reps, r -> {
                long seed = ReplicationSeeds.seed(s.seed(), r);
                double[][] v;
                try {
                    v = simulator.simulate(new double[0], new long[] {seed});
                } catch (RuntimeException | StackOverflowError e) {
                    throw new SimulationFailed("replication " + r + " (seed " + seed + ")", e);
                }
                for (int k = 0; k < targets.size(); k++) {
                    values[k][r] = v[k][0];
                }
            }, AbcSmc.Listener.NONE).run();
        } catch (SimulationFailed e) {
            err.println("govsim: " + e.getMessage());
            err.flush();
            return RUN_FAILED;
        }
        List<FitTable.Row> fit = FitTable.rows(targets, k -> PredictiveDraws.of(values, k));
        FitTable.write(o.out(), fit);
        List<String> outputs = List.of(FitTable.NAME, CalibrationManifest.NAME);
        AtomicFile.write(o.out().resolve(CalibrationManifest.NAME), CalibrationManifest.render(new CalibrationManifest.Run("check", c, s,
                o.command(), Provenance.current(), start, Instant.now(), outputs), null, null, null, fit));
        if (!o.quiet()) {
            out.printf(Locale.ROOT, "%s: %d replications against %d targets, results in %s%n", c.scenario().name(), s.replications(),
                    targets.size(), o.out());
            out.print(fitTable(fit));
        }
        out.flush();
        return OK;
    }

    static String fitTable(List<FitTable.Row> fit) {
        StringBuilder s = new StringBuilder(String.format(Locale.ROOT, "%-44s %16s %14s %24s  %s%n", "target", "observed", "simulated",
                "90% interval", "within"));
        for (FitTable.Row r : fit) {
            String name = r.target().name().length() > 44 ? r.target().name().substring(0, 41) + "..." : r.target().name();
            s.append(String.format(Locale.ROOT, "%-44s %16s %14s %24s  %s%n", name, CalibrationReport.observed(r.target()),
                    Formats.number(r.mean()), "[" + Formats.number(r.low()) + ", " + Formats.number(r.high()) + "]", r.within() ? "yes" : "no"));
        }
        return s.toString();
    }

    private static int bad(PrintWriter err, String message) {
        err.println("govsim: " + message);
        err.flush();
        return BAD_INPUT;
    }
}
