package org.govsim.runner.calibration;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;
import org.govsim.runner.experiment.Shard;

/**
 * ABC-SMC with an adaptive tolerance ({@link AdaptiveStep}, {@link Perturbation}) that keeps its state in a folder
 * ({@link CalibrationStore}, {@link SimulationJournal}). A generation's proposals are simulated on a pool of threads,
 * each appended to the journal as it finishes; when all are in, the generation is closed and its population written
 * atomically. Every proposal and seed is derived from (seed, generation, index) ({@link ParticleSeeds}) and a
 * generation is closed from the journal and the previous population as read back from disk, so the result is the
 * same bytes whatever the threads, the shards or the interruptions.
 *
 * <p>A whole run goes on until a stopping rule holds. A shard ({@code --shard K/N}) simulates its share of one open
 * generation (indices with {@code index % N == K-1}), closes it if the other shards' journals already hold the rest,
 * and returns; the shards of a generation join by sharing the folder.
 */
public final class AbcSmc {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Why a calibration stops when fewer than P runs of a generation's pool give every target a number. */
    public static final String UNDEFINED_TARGETS = "a target was not a number (NaN) in so many runs that a kept particle has an "
            + "infinite distance: check that each target's metric is defined for the scenario (a share of nothing, a lever that is off)";

    /**
     * @param particles     P, the particles kept in each population (the first generation draws 2P, later ones P)
     * @param generations   the most generations
     * @param minAcceptance stop once a generation's acceptance rate falls below this
     * @param minTolerance  stop once a generation's tolerance is at or below this (0: never): a posterior kept within a
     *                      tolerance E is exact for a model error uniform within E of the figures, in sd units
     *                      (Wilkinson 2013), so a floor keeps the fit from chasing the model's own noise below the
     *                      figures' uncertainty
     * @param replications  simulations per proposal (their mean is compared to the targets)
     * @param seed          the base seed
     * @param threads       worker threads
     */
    public record Settings(int particles, int generations, double minAcceptance, double minTolerance, int replications, long seed,
                           int threads) {
        /** Settings without a tolerance floor. */
        public Settings(int particles, int generations, double minAcceptance, int replications, long seed, int threads) {
            this(particles, generations, minAcceptance, 0, replications, seed, threads);
        }

        public Settings {
            check(particles >= 4, "--particles must be at least 4, got " + particles);
            check(generations >= 1, "--generations must be at least 1, got " + generations);
            check(minAcceptance >= 0 && minAcceptance < 1, "--min-acceptance must be in [0, 1), got " + minAcceptance);
            check(minTolerance >= 0 && Double.isFinite(minTolerance), "--min-tolerance must be a number at least 0, got " + minTolerance);
            check(replications >= 1, "--replications must be at least 1, got " + replications);
            check(threads >= 1, "--threads must be at least 1, got " + threads);
        }

        private static void check(boolean ok, String message) {
            if (!ok) {
                throw new IllegalArgumentException(message);
            }
        }
    }

    /** Told what happens, for the progress display. */
    public interface Listener {
        Listener NONE = new Listener() {
        };

        default void generationOpened(int generation, int simulations, int done, int toRun) {
        }

        default void simulationFinished(int done, int toRun) {
        }

        default void generationClosed(Population population) {
        }
    }

    /**
     * Where the calibration stands after a call.
     *
     * @param populations every closed generation's population, in order
     * @param stopReason  why the calibration stopped, or null while it goes on (a shard's share is done)
     * @param closed      the generations this call closed (0: it found the calibration as it left it, or a shard's
     *                    generation still waits for other shards)
     * @param worked      the last generation this call worked on (a shard works on one)
     */
    public record Result(List<Population> populations, String stopReason, int closed, int worked) {
        public boolean finished() {
            return stopReason != null;
        }
    }

    private final PriorBox box;
    private final List<Target> targets;
    private final Distance distance;
    private final Simulator simulator;
    private final Settings settings;
    private final ParticleSeeds seeds;
    private final double districtShare;

    public AbcSmc(PriorBox box, List<Target> targets, Simulator simulator, Settings settings) {
        this(box, targets, simulator, settings, 1);
    }

    /** @param districtShare the share of the targets' district simulated: it decides the simulations' values, so it is part of the plan */
    public AbcSmc(PriorBox box, List<Target> targets, Simulator simulator, Settings settings, double districtShare) {
        this.districtShare = districtShare;
        this.box = box;
        this.targets = List.copyOf(targets);
        this.distance = Distance.of(targets);
        this.simulator = simulator;
        this.settings = settings;
        this.seeds = new ParticleSeeds(settings.seed());
    }

    /**
     * Runs (or continues) the calibration in {@code dir}.
     *
     * @param identity what else decides the simulations (the scenario's values, for the model): part of the plan's hash
     * @param resume   continue the calibration the folder holds (a shard always may)
     */
    public Result run(Path dir, String identity, boolean resume, Shard shard, Listener listener)
            throws CalibrationRefused, SimulationFailed, IOException, InterruptedException {
        CalibrationStore store;
        try {
            store = CalibrationStore.open(dir, plan(identity), description(), resume || !shard.isWhole());
        } catch (CalibrationStore.Refused e) {
            throw new CalibrationRefused(e.getMessage());
        }
        // a folder resumed under a stricter stop (a floor it passed, fewer generations) ends where these settings end it
        List<Population> kept = store.populations();
        for (int g = 0; g < kept.size() - 1; g++) {
            String stop = stopReason(kept.get(g));
            if (stop != null) {
                return new Result(List.copyOf(kept.subList(0, g + 1)), stop, 0, 0);
            }
        }
        int worked = 0;
        int closedHere = 0;
        while (true) {
            int closed = store.closedGenerations();
            Population last = closed == 0 ? null : store.read(closed);
            String stop = last == null ? null : stopReason(last);
            if (stop != null) {
                return new Result(store.populations(), stop, closedHere, worked);
            }
            if (worked > 0 && !shard.isWhole()) {
                return new Result(store.populations(), null, closedHere, worked);
            }
            int generation = closed + 1;
            worked = generation;
            Perturbation kernel = last == null ? null : new Perturbation(last, box);
            int proposals = generation == 1 ? 2 * settings.particles() : settings.particles();
            Map<Integer, SimulationRecord> done = journal(dir, generation);
            int[] todo = IntStream.range(0, proposals).filter(i -> shard.holds(i) && !done.containsKey(i)).toArray();
            listener.generationOpened(generation, proposals, done.size(), todo.length);
            if (todo.length > 0) {
                simulate(dir, generation, kernel, todo, shard, listener);
            }
            Map<Integer, SimulationRecord> all = journal(dir, generation);
            if (all.size() < proposals) {
                return new Result(store.populations(), null, closedHere, worked);
            }
            store.write(close(generation, last, kernel, all));
            closedHere++;
            listener.generationClosed(store.read(generation));
        }
    }

    private Map<Integer, SimulationRecord> journal(Path dir, int generation) throws IOException {
        return SimulationJournal.read(dir, generation, box.dimensions(), targets.size(), settings.replications());
    }

    /** Why to stop after this population, or null to go on. */
    String stopReason(Population last) {
        if (Double.isInfinite(last.tolerance())) {
            return UNDEFINED_TARGETS;
        }
        if (last.tolerance() == 0) {
            return "the tolerance reached 0: every kept particle meets every target";
        }
        if (last.tolerance() <= settings.minTolerance()) {
            return String.format(Locale.ROOT, "the tolerance %.3f reached the floor %s", last.tolerance(), Numbers.write(settings.minTolerance()));
        }
        if (last.generation() >= 2 && last.acceptance() < settings.minAcceptance()) {
            return String.format(Locale.ROOT, "the acceptance rate %.3f fell below %s", last.acceptance(), Numbers.write(settings.minAcceptance()));
        }
        if (last.generation() >= settings.generations()) {
            return "the generation limit (" + settings.generations() + ") was reached";
        }
        return null;
    }

    private void simulate(Path dir, int generation, Perturbation kernel, int[] todo, Shard shard, Listener listener)
            throws SimulationFailed, IOException, InterruptedException {
        String header = "generation,index," + String.join(",", box.names()) + ",values of " + targets.size() + " targets x "
                + settings.replications() + " replications";
        try (SimulationJournal journal = SimulationJournal.open(dir, generation, shard, header)) {
            new ParticleRunner(settings.threads(), todo, i -> {
                double[] theta = kernel == null ? box.draw(seeds.proposal(generation, i)) : kernel.propose(seeds.proposal(generation, i));
                long[] reps = seeds.replications(generation, i, settings.replications());
                double[][] values;
                try {
                    values = simulator.simulate(theta, reps);
                } catch (RuntimeException | StackOverflowError e) {
                    throw new SimulationFailed(generation, i, theta, reps, e);
                }
                checkShape(values, generation, i, theta, reps);
                journal.append(new SimulationRecord(generation, i, theta, values));
            }, listener).run();
        }
    }

    private void checkShape(double[][] values, int generation, int i, double[] theta, long[] reps) throws SimulationFailed {
        boolean ok = values.length == targets.size();
        for (int k = 0; ok && k < values.length; k++) {
            ok = values[k].length == reps.length;
        }
        if (!ok) {
            throw new SimulationFailed(generation, i, theta, reps,
                    new IllegalStateException("the simulator did not return one value per target and replication"));
        }
    }

    private Population close(int generation, Population last, Perturbation kernel, Map<Integer, SimulationRecord> records) {
        List<Particle> particles = new ArrayList<>();
        for (SimulationRecord r : records.values()) {
            particles.add(new Particle(generation, r.index(), r.theta(), 1, distance.of(r.values()), r.values()));
        }
        if (last == null) {
            return AdaptiveStep.first(particles, settings.particles());
        }
        double boxMass = kernel.boxMass(seeds.boxMass(generation));
        return AdaptiveStep.next(last, kernel, boxMass, particles, settings.particles());
    }

    /** Everything that decides the generations' contents; --generations, --min-acceptance, --min-tolerance and --threads do not. */
    private String plan(String identity) {
        StringBuilder s = new StringBuilder("govsim ABC-SMC 1\n").append(identity).append('\n');
        for (Prior p : box.priors()) {
            s.append("prior ").append(p.path()).append(' ').append(Numbers.write(p.min())).append(' ').append(Numbers.write(p.max()))
                    .append(p.integer() ? " integer" : "").append('\n');
        }
        for (Target t : targets) {
            s.append("target ").append(t.name()).append(" | ").append(t.metric()).append(" | ").append(t.compound()).append(" | ")
                    .append(t.perYear()).append(" | ").append(observed(t.observation())).append(" | ").append(t.relativeTo());
            if (t.relation() != Target.Relation.RATIO) {
                s.append(" | ").append(t.relation().word());
            }
            if (!t.under().isEmpty()) {
                s.append(" | under ").append(t.under());
            }
            s.append('\n');
        }
        if (districtShare != 1) {
            s.append("district share ").append(Numbers.write(districtShare)).append('\n');
        }
        return s.append("particles ").append(settings.particles()).append("\nreplications ").append(settings.replications())
                .append("\nseed ").append(settings.seed()).append('\n').toString();
    }

    private static String observed(Observation o) {
        if (o instanceof Observation.Point p) {
            return "value " + Numbers.write(p.value()) + " sd " + Numbers.write(p.sd());
        }
        Observation.AtLeast a = (Observation.AtLeast) o;
        return "min " + Numbers.write(a.min()) + " scale " + Numbers.write(a.scale());
    }

    private ObjectNode description() {
        ObjectNode d = JSON.createObjectNode();
        d.put("particles", settings.particles());
        d.put("replications", settings.replications());
        d.put("seed", settings.seed());
        box.names().forEach(d.putArray("parameters")::add);
        ArrayNode names = d.putArray("targets");
        targets.forEach(t -> names.add(t.name()));
        return d;
    }
}
