package org.govsim.runner.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A calibration in a child JVM killed with SIGKILL in the middle of a generation, then resumed: the files of an uninterrupted run. */
class CalibrateKillResumeTest {
    @TempDir
    Path tmp;

    @Test
    void killMinusNineMidGenerationThenResumeGivesTheUninterruptedPosterior() throws Exception {
        Path f = tmp.resolve("c.yaml");
        Files.writeString(f, """
                run:
                  days: 180
                  burnInDays: 30
                district:
                  compounds: 40
                advisors:
                  enabled: true
                  total: 40
                  compounds: 20
                  startDay: 0
                calibration:
                  parameters:
                    advisors.visitsPerWeek: {min: 0.5, max: 20}
                  targets:
                    - {name: found, metric: share_found_by_channel, value: 0.06, sd: 0.004}
                """);
        List<String> options = List.of("--particles", "30", "--generations", "3", "--quiet");
        Path killed = tmp.resolve("killed");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new java.util.ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"), GovsimCommand.class.getName(),
                "calibrate", f.toString(), "--out", killed.toString(), "--threads", "1"));
        cmd.addAll(options);
        Process child = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(tmp.resolve("child.log").toFile()).start();
        Path journal = killed.resolve("journal/generation-002.journal");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (System.nanoTime() < deadline && child.isAlive() && simulations(journal) < 5) {
            Thread.sleep(5);
        }
        assertTrue(child.isAlive(), "the child finished before it could be killed: " + Files.readString(tmp.resolve("child.log")));
        child.destroyForcibly();   // SIGKILL: nothing runs after it but what the journal already handed to the system
        assertTrue(child.waitFor(20, TimeUnit.SECONDS));
        assertEquals(137, child.exitValue());
        long done = simulations(journal);
        assertTrue(done >= 5 && done < 30, done + " of generation 2's 30 simulations were journaled");
        assertTrue(Files.exists(killed.resolve("generations/generation-001.json")));
        assertFalse(Files.exists(killed.resolve("generations/generation-002.json")));
        assertFalse(Files.exists(killed.resolve("posterior.csv")));

        Cli resumed = Cli.run(args(f, killed, "--resume", "--threads", "2", options));
        assertEquals(0, resumed.exitCode(), resumed.err());
        Path whole = tmp.resolve("whole");
        Cli uninterrupted = Cli.run(args(f, whole, "--threads", "2", options));
        assertEquals(0, uninterrupted.exitCode(), uninterrupted.err());
        for (String name : List.of("posterior.csv", "fit.csv", "calibrated.yaml")) {
            assertEquals(Files.readString(whole.resolve(name)), Files.readString(killed.resolve(name)), name);
        }
    }

    private static long simulations(Path journal) throws Exception {
        if (!Files.exists(journal)) {
            return 0;
        }
        return Files.readAllLines(journal).stream().filter(l -> !l.isEmpty() && Character.isDigit(l.charAt(0))).count();
    }

    private static String[] args(Path f, Path out, String a, String b, List<String> options) {
        return args(f, out, List.of(a, b), options);
    }

    private static String[] args(Path f, Path out, String a, String b, String c, List<String> options) {
        return args(f, out, List.of(a, b, c), options);
    }

    private static String[] args(Path f, Path out, List<String> extra, List<String> options) {
        List<String> all = new java.util.ArrayList<>(List.of("calibrate", f.toString(), "--out", out.toString()));
        all.addAll(extra);
        all.addAll(options);
        return all.toArray(String[]::new);
    }
}
