package org.govsim.runner.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 17, item 18: the outputs README.md shows are made by docs/update-readme-figures.sh, and the README still shows
 * what govsim prints today. Timings and the results folder's time stamp are left out of the comparison (they change
 * from run to run); every figure is compared. When this fails after a change to the model or a message, run the
 * script and commit the README. (Its Morris and Sobol excerpts take a minute and a half to make and are not rerun here.)
 */
class ReadmeFiguresTest {
    @TempDir
    Path tmp;

    private static final Path EXAMPLES = Cli.repoRoot().resolve("docs/examples");

    /** The lines govsim printed in a generated block: between the markers, without the fences and the "$ command" line. */
    static List<String> block(String name) throws IOException {
        String readme = Files.readString(Cli.repoRoot().resolve("README.md"));
        String begin = "<!-- BEGIN GENERATED " + name + ": docs/update-readme-figures.sh -->\n";
        String end = "<!-- END GENERATED " + name + " -->";
        int from = readme.indexOf(begin);
        assertTrue(from >= 0 && readme.indexOf(begin, from + 1) < 0, "README.md has the block " + name + " once");
        List<String> lines = readme.substring(from + begin.length(), readme.indexOf(end, from)).lines().toList();
        assertEquals("```text", lines.get(0), name);
        assertEquals("```", lines.get(lines.size() - 1), name);
        assertTrue(lines.get(1).startsWith("$ ./govsim "), name + " starts with its command");
        return lines.subList(2, lines.size() - 1);
    }

    private static List<String> printed(String text, Path relativeTo) {
        return Arrays.asList(text.replace(relativeTo + "/", "").split("\n"));
    }

    @Test
    void theValidationExamplesAreWhatValidatePrints() throws Exception {
        Cli v = Cli.run("validate", EXAMPLES.resolve("bad.yaml").toString(), EXAMPLES.resolve("contradiction.yaml").toString());
        assertEquals(2, v.exitCode());
        assertEquals(block("validate-example"), printed(v.err(), EXAMPLES));
        Cli big = Cli.run("validate", EXAMPLES.resolve("big.yaml").toString());
        assertEquals(block("design-too-large"), printed(big.err(), EXAMPLES));
    }

    @Test
    void theSweepsDryRunCountsWhatTheReadmeSays() throws Exception {
        Cli r = Cli.run("run", Cli.repoRoot().resolve("scenarios/experiments/advisor-sweep.yaml").toString(), "--out",
                tmp.resolve("results/sweep").toString(), "--dry-run");
        assertEquals(0, r.exitCode(), r.err());
        String shown = block("sweep-dry-run").get(0);
        String counted = r.out().substring(0, r.out().indexOf("estimated ~"));
        assertTrue(shown.startsWith(counted) && shown.matches(".*estimated ~[0-9.]+ (s|min|h) on [0-9]+ threads?"), shown + " / " + r.out());
    }

    @Test
    void theBaselinesFiguresAreWhatTheBaselineRunPrints() throws Exception {
        // the same scenario and seed give the same figures on any number of threads; only the timings differ
        Cli r = Cli.run("run", Cli.scenario("baseline.yaml").toString(), "--out", tmp.resolve("baseline").toString(), "--threads", "2");
        assertEquals(0, r.exitCode(), r.err());
        List<String> out = r.out().lines().toList();
        List<String> shown = block("baseline-run");
        assertEquals(shown.subList(2, shown.size()), out.subList(2, out.size()), "the metrics' table");
        assertTrue(shown.get(0).startsWith(out.get(0).substring(0, out.get(0).indexOf("estimated ~"))), shown.get(0));
        assertTrue(shown.get(1).startsWith("baseline: 10 replications, "), shown.get(1));
    }
}
