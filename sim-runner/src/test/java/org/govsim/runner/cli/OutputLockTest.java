package org.govsim.runner.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.govsim.runner.output.OutputLock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 17, items 1 and 4: one writer per output folder. A second govsim on the same --out (another process, or
 * another thread) is refused with exit code 2 and who holds the folder; the first finishes whole; a lock left by a
 * killed writer is recognised as stale and said so; two runs without --out in the same second get two folders.
 */
class OutputLockTest {
    private static final String[] SMALL = {"--days", "60", "--set", "district.compounds=10", "--set", "run.burnInDays=0", "--quiet"};

    @TempDir
    Path tmp;

    private static String[] run(Path out, String... extra) {
        List<String> a = new ArrayList<>(List.of("run", Cli.scenario("baseline.yaml").toString(), "--out", out.toString()));
        a.addAll(List.of(SMALL));
        a.addAll(List.of(extra));
        return a.toArray(String[]::new);
    }

    @Test
    void aSecondProcessOnTheSameFolderIsRefusedAndTheFirstFinishesWhole() throws Exception {
        Path out = tmp.resolve("shared");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"), GovsimCommand.class.getName()));
        // long enough to be caught running: 40 replications of two simulated years of 40 compounds
        cmd.addAll(List.of(run(out, "--replications", "40", "--threads", "1", "--set", "run.days=720", "--set", "district.compounds=40")));
        Process first = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(tmp.resolve("first.log").toFile()).start();
        Path journal = out.resolve("journal/runs.journal");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline && first.isAlive() && !Files.exists(journal)) {
            Thread.sleep(10);
        }
        assertTrue(first.isAlive(), "the first run ended before the second could start: " + Files.readString(tmp.resolve("first.log")));
        Cli second = Cli.run(run(out, "--replications", "2"));
        assertEquals(2, second.exitCode(), second.err());
        assertTrue(second.err().contains("is in use by another govsim (pid " + first.pid() + " on "), second.err());
        assertTrue(first.waitFor(120, TimeUnit.SECONDS));
        assertEquals(0, first.exitValue(), Files.readString(tmp.resolve("first.log")));
        assertEquals(1 + 40, Files.readAllLines(out.resolve("runs.csv")).size(), "the first run's rows, all of them");
        assertEquals(1 + 40 * 24, Files.readAllLines(out.resolve("timeseries.csv")).size());
        assertTrue(Files.readString(out.resolve("manifest.json")).contains("\"complete\" : true"));
    }

    @Test
    void twoThreadsOnTheSameFolderGiveOneWholeResultAndOneRefusal() throws Exception {
        Path out = tmp.resolve("threads");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Callable<Cli>> both = List.of(() -> Cli.run(run(out, "--replications", "6", "--threads", "1")),
                    () -> Cli.run(run(out, "--replications", "6", "--threads", "1")));
            List<Cli> results = new ArrayList<>();
            for (Future<Cli> f : pool.invokeAll(both)) {
                results.add(f.get());
            }
            List<Integer> codes = results.stream().map(Cli::exitCode).sorted().toList();
            assertEquals(List.of(0, 2), codes, results.toString());
            Cli refused = results.stream().filter(r -> r.exitCode() == 2).findFirst().orElseThrow();
            assertTrue(refused.err().contains("in use by another govsim") || refused.err().contains("already holds results"), refused.err());
        } finally {
            pool.shutdownNow();
        }
        Path alone = tmp.resolve("alone");
        assertEquals(0, Cli.run(run(alone, "--replications", "6", "--threads", "2")).exitCode());
        for (String f : List.of("runs.csv", "timeseries.csv")) {
            assertArrayEquals(Files.readAllBytes(alone.resolve(f)), Files.readAllBytes(out.resolve(f)), f + ": neither lost nor mixed");
        }
    }

    @Test
    void aLockLeftByAKilledWriterIsStaleAndSaidSo() throws Exception {
        Path out = tmp.resolve("stale");
        Files.createDirectories(out);
        // what a writer killed with SIGKILL leaves: its description, with no live process holding the file's lock
        Files.writeString(out.resolve(OutputLock.FILE), "pid 999999 on node7 since 2026-11-27T01:02:03Z: govsim run baseline\n");
        Cli r = Cli.run(run(out, "--replications", "2"));
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.err().contains("a stale lock was left in " + out + " by pid 999999 on node7"), r.err());
        assertTrue(r.err().contains("taking the folder over"), r.err());
        assertEquals("", Files.readString(out.resolve(OutputLock.FILE)), "released: the lock file is emptied, not left claiming the folder");
    }

    @Test
    void twoRunsWithoutOutInTheSameSecondGetTwoFolders() throws Exception {
        Path a = OutputFolders.claim(tmp.resolve("results"), "baseline-20261127-010213");
        Path b = OutputFolders.claim(tmp.resolve("results"), "baseline-20261127-010213");
        assertNotEquals(a, b);
        assertEquals("baseline-20261127-010213-2", b.getFileName().toString());
    }
}
