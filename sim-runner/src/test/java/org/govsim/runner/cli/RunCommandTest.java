package org.govsim.runner.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code govsim run} end to end: outputs, their columns, determinism across threads, refusals. */
class RunCommandTest {
    private static final String[] SMALL = {"--days", "120", "--set", "district.compounds=30", "--set", "run.burnInDays=60", "--quiet"};

    @TempDir
    Path tmp;

    private Cli run(Path out, String... extra) {
        String[] args = new String[4 + SMALL.length + extra.length];
        args[0] = "run";
        args[1] = Cli.scenario("baseline.yaml").toString();
        args[2] = "--out";
        args[3] = out.toString();
        System.arraycopy(SMALL, 0, args, 4, SMALL.length);
        System.arraycopy(extra, 0, args, 4 + SMALL.length, extra.length);
        return Cli.run(args);
    }

    @Test
    void sameSeedGivesByteIdenticalOutputsWithOneOrTwoThreads() throws IOException {
        Cli one = run(tmp.resolve("one"), "--replications", "4", "--threads", "1", "--seed", "99");
        Cli two = run(tmp.resolve("two"), "--replications", "4", "--threads", "2", "--seed", "99");
        assertEquals(0, one.exitCode(), one.err());
        assertEquals(0, two.exitCode(), two.err());
        for (String f : List.of("runs.csv", "timeseries.csv")) {
            assertArrayEquals(Files.readAllBytes(tmp.resolve("one").resolve(f)), Files.readAllBytes(tmp.resolve("two").resolve(f)), f);
        }
        Cli other = run(tmp.resolve("other"), "--replications", "4", "--threads", "2", "--seed", "100");
        assertFalse(Files.readString(tmp.resolve("other/runs.csv")).equals(Files.readString(tmp.resolve("one/runs.csv"))),
                "a different seed must give different runs");
        assertEquals(0, other.exitCode());
    }

    @Test
    void runsCsvHasOneRowPerReplicationWithTheRequiredColumns() throws IOException {
        Cli r = run(tmp.resolve("out"), "--replications", "3", "--set", "levels.branch.coverage=0.5");
        assertEquals(0, r.exitCode(), r.err());
        List<String> lines = Files.readAllLines(tmp.resolve("out/runs.csv"));
        assertEquals(4, lines.size());
        List<String> header = List.of(lines.get(0).split(","));
        for (String c : List.of("run_id", "seed", "levels.branch.coverage", "run.days", "disputes_per_1000hh_month",
                "property_disputes_per_1000hh_month", "resolution_days_mean", "resolution_days_median", "resolution_days_p90",
                "share_settled_in_compound", "satisfaction_mean", "fee_collection_rate", "funding_gap_yuan",
                "parking_per_1000hh_month", "repair_disputes_per_1000hh_month")) {
            assertTrue(header.contains(c), "runs.csv lacks column " + c + ": " + header);
        }
        String[] row = lines.get(1).split(",");
        assertEquals("0.5", row[header.indexOf("levels.branch.coverage")]);
        assertEquals("120", row[header.indexOf("run.days")]);
        // conservation holds in every row
        for (String line : lines.subList(1, lines.size())) {
            String[] v = line.split(",");
            double arrived = Double.parseDouble(v[header.indexOf("issues_arrived")]);
            double rest = Double.parseDouble(v[header.indexOf("issues_settled")]) + Double.parseDouble(v[header.indexOf("issues_open")])
                    + Double.parseDouble(v[header.indexOf("issues_exited")]);
            assertEquals(arrived, rest);
        }
        List<String> ts = Files.readAllLines(tmp.resolve("out/timeseries.csv"));
        assertTrue(ts.get(0).startsWith("run_id,scenario,replication,day,"));
        assertEquals(1 + 3 * 4, ts.size(), "three replications of four observed months");
    }

    @Test
    void manifestRecordsEverythingNeededToRerun() throws IOException {
        Cli r = run(tmp.resolve("m"), "--replications", "2", "--seed", "5");
        assertEquals(0, r.exitCode(), r.err());
        JsonNode m = new ObjectMapper().readTree(tmp.resolve("m/manifest.json").toFile());
        assertEquals(5, m.get("baseSeed").asLong());
        assertEquals(2, m.get("runs").size());
        assertTrue(m.get("runs").get(1).get("seed").isIntegralNumber());
        assertEquals(30, m.get("parameters").get("district.compounds").asInt());
        for (String k : List.of("version", "gitCommit", "java", "startTime", "endTime", "rerun")) {
            assertTrue(m.hasNonNull(k), "manifest lacks " + k);
        }
        // rerunning from the resolved scenario gives the same runs
        Cli again = Cli.run("run", tmp.resolve("m/scenario.resolved.yaml").toString(), "--seed", "5", "--replications", "2",
                "--out", tmp.resolve("again").toString(), "--quiet");
        assertEquals(0, again.exitCode(), again.err());
        assertEquals(Files.readString(tmp.resolve("m/timeseries.csv")), Files.readString(tmp.resolve("again/timeseries.csv")));
        List<String> first = Files.readAllLines(tmp.resolve("m/runs.csv"));
        List<String> second = Files.readAllLines(tmp.resolve("again/runs.csv"));
        List<String> h1 = List.of(first.get(0).split(","));
        List<String> h2 = List.of(second.get(0).split(","));
        assertEquals(first.size(), second.size());
        for (int row = 1; row < first.size(); row++) {
            String[] a = first.get(row).split(",");
            String[] b = second.get(row).split(",");
            for (String column : h2) {
                assertEquals(a[h1.indexOf(column)], b[h2.indexOf(column)], column + " of row " + row);
            }
        }
    }

    @Test
    void printsTheKeyMetricsTable() {
        Cli r = Cli.run("run", Cli.scenario("baseline.yaml").toString(), "--out", tmp.resolve("t").toString(), "--days", "60",
                "--set", "district.compounds=10", "--replications", "2");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("disputes_per_1000hh_month"), r.out());
        assertTrue(r.out().contains("95% interval"), r.out());
    }

    @Test
    void badInputRunsNothingAndWritesNothing() throws IOException {
        Path out = tmp.resolve("never");
        Cli unknown = run(out, "--set", "levels.branch.covrage=0.5");
        assertEquals(2, unknown.exitCode());
        assertTrue(unknown.err().contains("levels.branch.covrage"), unknown.err());
        Cli range = run(out, "--set", "levels.branch.coverage=1.5");
        assertEquals(2, range.exitCode());
        assertTrue(range.err().contains("[0.0, 1.0]") || range.err().contains("[0, 1]"), range.err());
        Path bad = tmp.resolve("bad.yaml");
        Files.writeString(bad, "run:\n  days: many\n");
        Cli file = Cli.run("run", bad.toString(), "--out", out.toString());
        assertEquals(2, file.exitCode());
        assertTrue(file.err().contains("bad.yaml:2"), file.err());
        assertFalse(file.err().contains("Exception"), "no stack trace for bad input: " + file.err());
        Cli reps = run(out, "--replications", "0");
        assertEquals(2, reps.exitCode());
        assertFalse(Files.exists(out), "nothing may be written for bad input");
    }

    @Test
    void refusesToOverwriteEarlierResults() {
        assertEquals(0, run(tmp.resolve("x"), "--replications", "1").exitCode());
        Cli again = run(tmp.resolve("x"), "--replications", "1");
        assertEquals(2, again.exitCode());
        assertTrue(again.err().contains("already holds results"), again.err());
    }
}
