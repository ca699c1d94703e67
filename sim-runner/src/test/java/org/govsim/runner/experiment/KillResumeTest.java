package org.govsim.runner.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.govsim.runner.scenario.Scenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A batch in a real child JVM killed with SIGKILL mid-batch, then resumed: the result is that of an uninterrupted batch. */
class KillResumeTest {
    @TempDir
    Path tmp;

    @Test
    void killMinusNineThenResumeGivesTheUninterruptedBytes() throws Exception {
        Path f = TinyExperiments.write(tmp, "slow.yaml", """
                name: slow
                run:
                  days: 240
                  burnInDays: 0
                district:
                  compounds: 20
                experiment:
                  design: FACTORIAL
                  replications: 30
                  policies:
                    levels.branch.coverage: [0.1, 0.9]
                """);
        Path killed = tmp.resolve("killed");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), ExperimentCli.class.getName(),
                "run", f.toString(), "--out", killed.toString(), "--threads", "2", "--quiet")
                .redirectErrorStream(true).redirectOutput(tmp.resolve("child.log").toFile()).start();
        Path journal = killed.resolve("journal/runs.journal");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline && child.isAlive() && (!Files.exists(journal) || Files.readAllLines(journal).size() < 5)) {
            Thread.sleep(10);
        }
        assertTrue(child.isAlive(), "the child finished before it could be killed: " + Files.readString(tmp.resolve("child.log")));
        child.destroyForcibly();   // SIGKILL: no shutdown hook, no flush beyond what the journal already handed over
        assertTrue(child.waitFor(20, TimeUnit.SECONDS));
        assertEquals(137, child.exitValue());
        long doneBefore = Files.readAllLines(journal).stream().filter(l -> !l.isEmpty() && Character.isDigit(l.charAt(0))).count();
        assertTrue(doneBefore < 60, "killed mid-batch");
        assertFalse(Files.exists(killed.resolve("runs.csv")));

        Scenario s = TinyExperiments.load(f);
        int[] ran = new int[1];
        ExperimentRun counting = new ExperimentRun(spec -> {
            synchronized (ran) {
                ran[0]++;
            }
            return BatchExecutor.runOne(spec);
        });
        ExperimentRun.Options resume = new ExperimentRun.Options(2, killed, 1, null, true, null, false, true, List.of());
        assertEquals(0, ExperimentRunTest.run(counting, s, resume));
        assertTrue(ran[0] <= 60 - doneBefore + 1, "ran " + ran[0] + " runs; " + doneBefore + " were done (one may have been cut)");
        Path whole = tmp.resolve("whole");
        assertEquals(0, ExperimentRunTest.run(new ExperimentRun(), s,
                new ExperimentRun.Options(2, whole, 1, null, false, null, false, true, List.of())));
        ExperimentRunTest.assertSameFiles(whole, killed);
    }
}
