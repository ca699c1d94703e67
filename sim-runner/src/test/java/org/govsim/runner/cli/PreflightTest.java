package org.govsim.runner.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 17, items 6, 7, 8, 9, 10 and 13: everything is checked before the first run, with exit code 2, a message
 * saying what to lower or change, and nothing written; --precision does not depend on --threads; compare, merge and
 * a resume see only finished folders.
 */
class PreflightTest {
    private static final List<String> SMALL = List.of("--days", "60", "--set", "district.compounds=10", "--set", "run.burnInDays=0",
            "--quiet");

    @TempDir
    Path tmp;

    private static Cli run(String... args) {
        List<String> a = new ArrayList<>(List.of("run", Cli.scenario("baseline.yaml").toString()));
        a.addAll(List.of(args));
        a.addAll(SMALL);
        return Cli.run(a.toArray(String[]::new));
    }

    @Test
    void tooManyReplicationsOrTooLargeADistrictIsRefusedWithWhatToLower() {
        Path never = tmp.resolve("never");
        Cli many = run("-r", "2000000000", "--out", never.toString());
        assertEquals(2, many.exitCode());
        assertTrue(many.err().contains("--replications must be in [1, 1000000]"), many.err());
        Cli huge = Cli.run("run", Cli.scenario("baseline.yaml").toString(), "--set", "district.compounds=20000", "--set",
                "district.householdsPerCompoundMean=5000", "-r", "2", "--out", never.toString());
        assertEquals(2, huge.exitCode(), huge.err());
        assertTrue(huge.err().contains("of memory") && huge.err().contains("lower --threads, the district's size"), huge.err());
        assertFalse(huge.err().contains("Exception") || huge.err().contains("\tat "), "no stack trace: " + huge.err());
        assertFalse(Files.exists(never));
        assertTrue(GovsimCommand.explain(new IllegalStateException(new OutOfMemoryError("Java heap space"))).contains("ran out of memory"));
    }

    @Test
    void anUnusableOutIsRefusedBeforeAnythingRuns() throws IOException {
        Path file = tmp.resolve("a-file");
        Files.writeString(file, "x");
        for (String out : List.of(file.toString(), file.resolve("under").toString(), "/dev/null", "/proc/govsim-x", "")) {
            Cli r = run("-r", "1", "--out", out);
            assertEquals(2, r.exitCode(), out + ": " + r.err());
            assertTrue(r.err().contains("--out") || r.err().contains(out.isEmpty() ? "--out" : out), r.err());
            assertFalse(r.err().contains("\tat "), r.err());
        }
        assertEquals("x", Files.readString(file));
    }

    @Test
    void namesThatCannotNameAFolderAreRefusedByValidate() throws IOException {
        for (String name : List.of("\"..\"", "\"a\\u0000b\"", "\"\\x1b[31mred\"", "x".repeat(300))) {
            Path f = tmp.resolve("named.yaml");
            Files.writeString(f, "name: " + name + "\nrun:\n  days: 60\n");
            Cli v = Cli.run("validate", f.toString());
            assertEquals(2, v.exitCode(), name + ": " + v.out());
            assertTrue(v.err().contains("named.yaml:1: name: "), v.err());
            assertFalse(v.err().contains("\u001b"), "no terminal escape printed raw");
        }
    }

    @Test
    void anUnknownBaselineIsRefusedBeforeEitherScenarioRuns() {
        Path out = tmp.resolve("options");
        Cli r = Cli.run("run", Cli.scenario("baseline.yaml").toString(), Cli.scenario("fee-quality-linkage.yaml").toString(), "--compare",
                "--baseline", "nope", "--out", out.toString(), "--days", "60", "--set", "district.compounds=10");
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("--baseline nope: no such scenario among those to run; the scenarios are: baseline, fee-quality-linkage"),
                r.err());
        assertFalse(Files.exists(out), "nothing run, nothing written: the corrected command can use the same --out");
    }

    @Test
    void aReportThatCannotBeWrittenIsRefusedBeforeTheComparison() {
        Path a = tmp.resolve("a");
        assertEquals(0, run("-r", "2", "--out", a.toString()).exitCode());
        Path out = tmp.resolve("cmp");
        Cli r = Cli.run("compare", a.toString(), a.toString(), "--report", "/proc/govsim-x.html", "--out", out.toString());
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("--report /proc/govsim-x.html"), r.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void precisionDoesNotDependOnThreads() throws IOException {
        Cli one = run("--precision", "1%", "--metrics", "funding_gap_yuan", "-r", "3", "--max-replications", "12", "-t", "1", "--out",
                tmp.resolve("one").toString());
        Cli two = run("--precision", "1%", "--metrics", "funding_gap_yuan", "-r", "3", "--max-replications", "12", "-t", "2", "--out",
                tmp.resolve("two").toString());
        assertEquals(one.exitCode(), two.exitCode(), one.err() + two.err());
        assertEquals(Files.readString(tmp.resolve("one/runs.csv")), Files.readString(tmp.resolve("two/runs.csv")));
        assertEquals(Files.readString(tmp.resolve("one/timeseries.csv")), Files.readString(tmp.resolve("two/timeseries.csv")));
    }

    @Test
    void anUnfinishedFolderIsRefusedByCompareAndFinishedByResumeWithoutTemporaryFiles() throws IOException {
        Path a = tmp.resolve("a");
        assertEquals(0, run("-r", "2", "--out", a.toString()).exitCode());
        // as a kill between the tables and the manifest leaves it: no manifest, a temporary file
        Files.delete(a.resolve("manifest.json"));
        Files.writeString(a.resolve(".runs.csv.12345.tmp"), "half");
        Cli compare = Cli.run("compare", a.toString(), a.toString(), "--out", tmp.resolve("cmp").toString());
        assertEquals(2, compare.exitCode());
        assertTrue(compare.err().contains("no manifest.json"), compare.err());
        Cli again = run("-r", "2", "--out", a.toString());
        assertEquals(2, again.exitCode());
        assertTrue(again.err().contains("add --resume to finish it"), again.err());
        Cli resumed = run("-r", "2", "--out", a.toString(), "--resume");
        assertEquals(0, resumed.exitCode(), resumed.err());
        assertTrue(Files.exists(a.resolve("manifest.json")));
        try (var files = Files.list(a)) {
            assertTrue(files.noneMatch(f -> f.getFileName().toString().endsWith(".tmp")), "no temporary file left after the resume");
        }
    }

    @Test
    void compareRefusesANonNumericCell() throws IOException {
        Path a = tmp.resolve("a");
        assertEquals(0, run("-r", "2", "--out", a.toString()).exitCode());
        Path runs = a.resolve("runs.csv");
        List<String> lines = new ArrayList<>(Files.readAllLines(runs));
        String[] cells = lines.get(2).split(",", -1);
        cells[cells.length - 1] = "abc";
        lines.set(2, String.join(",", cells));
        Files.write(runs, lines);
        Cli r = Cli.run("compare", a.toString(), "--out", tmp.resolve("cmp").toString());
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("runs.csv:3: ") && r.err().contains("'abc' is not a number"), r.err());
    }
}
