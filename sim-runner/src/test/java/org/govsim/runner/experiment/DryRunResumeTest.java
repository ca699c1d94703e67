package org.govsim.runner.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.govsim.runner.scenario.Scenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code govsim run --dry-run --resume} on a folder with a journal says how many runs are finished and how many remain,
 * with the estimate for the remainder, and writes nothing: the folder's bytes are the same afterwards (not even a lock).
 */
class DryRunResumeTest {
    @TempDir
    Path tmp;

    private static Map<String, String> snapshot(Path dir) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.toList()) {
                files.put(dir.relativize(p).toString(), Files.isDirectory(p) ? "dir" : Files.readString(p));
            }
        }
        return files;
    }

    private static String dryRun(Scenario s, Path dir) throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = new ExperimentRun().execute(s, new ExperimentRun.Options(2, dir, 7, null, true, null, true, true, java.util.List.of()),
                new PrintWriter(out), new PrintWriter(err));
        assertEquals(0, code, err.toString());
        return out.toString();
    }

    @Test
    void aDryRunOfAResumeCountsWhatIsDoneAndWhatRemainsAndWritesNothing() throws Exception {
        Scenario s = TinyExperiments.load(TinyExperiments.factorial(tmp, 3));
        Path dir = tmp.resolve("stopped");
        // the first 5 runs succeed and the other 7 of the 12 fail, so the journal holds 5 finished runs
        ExperimentRun firstFive = new ExperimentRun(spec -> spec.runId() >= 5
                ? new RunOutcome(spec, null, "IllegalStateException: stopped") : BatchExecutor.runOne(spec));
        assertEquals(1, ExperimentRunTest.run(firstFive, s, ExperimentRunTest.options(dir, 1, false, null)));
        Map<String, String> before = snapshot(dir);

        String out = dryRun(s, dir);
        assertTrue(out.contains("4 points x 3 replications = 12 runs; 5 already done, 7 to run, estimated ~"), out);
        assertEquals(before, snapshot(dir), "a dry run writes nothing");

        assertEquals(0, ExperimentRunTest.run(new ExperimentRun(), s, ExperimentRunTest.options(dir, 2, true, null)));
        Map<String, String> finished = snapshot(dir);
        String done = dryRun(s, dir);
        assertTrue(done.contains("12 already done, 0 to run"), done);
        assertEquals(finished, snapshot(dir));
    }

    @Test
    void aDryRunOfAResumeOfAnotherPlanIsRefusedAsTheResumeWouldBe() throws Exception {
        Path dir = tmp.resolve("other");
        Scenario three = TinyExperiments.load(TinyExperiments.factorial(tmp, 3));
        ExperimentRun firstTwo = new ExperimentRun(spec -> spec.runId() >= 2
                ? new RunOutcome(spec, null, "IllegalStateException: stopped") : BatchExecutor.runOne(spec));
        assertEquals(1, ExperimentRunTest.run(firstTwo, three, ExperimentRunTest.options(dir, 1, false, null)));
        Map<String, String> before = snapshot(dir);
        Scenario four = TinyExperiments.load(TinyExperiments.factorial(tmp.resolve("four"), 4));
        StringWriter err = new StringWriter();
        int code = new ExperimentRun().execute(four, new ExperimentRun.Options(2, dir, 7, null, true, null, true, true, java.util.List.of()),
                new PrintWriter(new StringWriter()), new PrintWriter(err));
        assertEquals(2, code);
        assertTrue(err.toString().contains("holds another plan"), err.toString());
        assertEquals(before, snapshot(dir));
    }
}
