package org.govsim.runner.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.govsim.runner.experiment.Shard;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The same posterior.csv, byte for byte, whatever the threads, interruptions and shards. */
class AbcSmcRunTest {
    private static final List<Prior> PRIORS = List.of(new Prior("a", -10, 10, false, 0), new Prior("b", -10, 10, false, 0));
    private static final List<Target> TARGETS = List.of(Target.of("sum", new Observation.Point(3, 1)),
            Target.of("difference", new Observation.Point(1, 0.3)));
    private static final Simulator MODEL = ToyModels.sumAndDifference(1, 0.3);

    @TempDir
    Path tmp;

    @Test
    void oneAndTwoThreadsWriteTheSamePosterior() throws Exception {
        String one = posterior(run(tmp.resolve("one"), MODEL, 1, false, Shard.ALL));
        String two = posterior(run(tmp.resolve("two"), MODEL, 2, false, Shard.ALL));
        assertTrue(one.lines().count() > 5 * 50, "several generations of 50 particles");
        assertEquals(one, two);
    }

    @Test
    void aRunInterruptedMidGenerationAndResumedWritesTheUninterruptedPosterior() throws Exception {
        String whole = posterior(run(tmp.resolve("whole"), MODEL, 2, false, Shard.ALL));
        Path dir = tmp.resolve("interrupted");
        // generation 1 has 100 proposals, later ones 50: the 130th simulation is in generation 2
        AtomicInteger calls = new AtomicInteger();
        Simulator failing = (theta, seeds) -> {
            if (calls.incrementAndGet() == 130) {
                throw new IllegalStateException("interrupted");
            }
            return MODEL.simulate(theta, seeds);
        };
        SimulationFailed f = assertThrows(SimulationFailed.class, () -> run(dir, failing, 2, false, Shard.ALL));
        assertTrue(f.getMessage().contains("generation 2"), f.getMessage());
        Path journal = dir.resolve("journal/generation-002.journal");
        long finished = Files.readAllLines(journal).stream().filter(l -> !l.startsWith("#")).count();
        assertTrue(finished > 0 && finished < 50, finished + " of generation 2's simulations were journaled");
        // a kill -9 in the middle of a line leaves it without its newline
        Files.writeString(journal, "2,49,0.25", StandardOpenOption.APPEND);
        assertThrows(CalibrationRefused.class, () -> run(dir, MODEL, 2, false, Shard.ALL), "without --resume");

        AtomicInteger redone = new AtomicInteger();
        Simulator counting = (theta, seeds) -> {
            redone.incrementAndGet();
            return MODEL.simulate(theta, seeds);
        };
        AbcSmc.Result r = run(dir, counting, 1, true, Shard.ALL);
        assertEquals(whole, posterior(r));
        int total = 100 + 50 * (r.populations().size() - 1);
        assertEquals(total - 100 - finished, redone.get(), "the journaled simulations are not redone");
    }

    @Test
    void shardsRunGenerationByGenerationWriteTheUnshardedPosterior() throws Exception {
        String whole = posterior(run(tmp.resolve("whole"), MODEL, 2, false, Shard.ALL));
        Path dir = tmp.resolve("sharded");
        AbcSmc.Result r = null;
        int rounds = 0;
        while (r == null || !r.finished()) {
            rounds++;
            for (int k = 1; k <= 3; k++) {
                // each call simulates its share of one generation; the last of a round closes it
                r = run(dir, MODEL, k, false, new Shard(k, 3));
            }
            assertTrue(rounds < 50, "the shards made no progress");
        }
        assertEquals(r.populations().size(), rounds, "one generation per round of shards");
        assertTrue(Files.exists(dir.resolve("journal/generation-001.shard-3-of-3.journal")));
        assertEquals(whole, posterior(r));
    }

    @Test
    void aFolderOfAnotherCalibrationIsRefused() throws Exception {
        Path dir = tmp.resolve("c");
        run(dir, MODEL, 2, false, Shard.ALL);
        AbcSmc other = new AbcSmc(new PriorBox(PRIORS), TARGETS, MODEL, new AbcSmc.Settings(50, 8, 0.05, 1, 99, 2));
        CalibrationRefused e = assertThrows(CalibrationRefused.class, () -> other.run(dir, "toy", true, Shard.ALL, AbcSmc.Listener.NONE));
        assertTrue(e.getMessage().contains("another calibration"), e.getMessage());
    }

    @Test
    void aTargetThatIsNeverANumberStopsTheCalibrationAndSaysWhy() throws Exception {
        Simulator undefined = (theta, seeds) -> new double[][] {{theta[0]}, {Double.NaN}};
        AbcSmc.Result r = run(tmp.resolve("nan"), undefined, 2, false, Shard.ALL);
        assertTrue(r.finished());
        assertEquals(AbcSmc.UNDEFINED_TARGETS, r.stopReason());
        assertEquals(1, r.populations().size(), "it stops after the first generation");
        assertEquals(Double.POSITIVE_INFINITY, r.populations().get(0).tolerance());
    }

    @Test
    void aSecondWriterOfOneJournalIsRefused() throws Exception {
        try (SimulationJournal first = SimulationJournal.open(tmp, 1, Shard.ALL, "h")) {
            IOException e = assertThrows(IOException.class, () -> SimulationJournal.open(tmp, 1, Shard.ALL, "h"));
            assertTrue(e.getMessage().contains("another govsim calibrate"), e.getMessage());
            assertFalse(first.file().toString().isEmpty());
        }
    }

    private static AbcSmc.Result run(Path dir, Simulator model, int threads, boolean resume, Shard shard) throws Exception {
        AbcSmc abc = new AbcSmc(new PriorBox(PRIORS), TARGETS, model, new AbcSmc.Settings(50, 8, 0.05, 1, 3, threads));
        return abc.run(dir, "toy", resume, shard, AbcSmc.Listener.NONE);
    }

    private static String posterior(AbcSmc.Result r) {
        return PosteriorCsv.render(PRIORS, r.populations());
    }
}
