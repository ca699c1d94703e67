package org.govsim.runner.experiment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.govsim.runner.scenario.Scenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The batch executor end to end: outputs, determinism across threads, resume, failures, dry runs. */
class ExperimentRunTest {
    @TempDir
    Path tmp;

    static ExperimentRun.Options options(Path out, int threads, boolean resume, String shard) {
        return new ExperimentRun.Options(threads, out, 7, null, resume, shard, false, true, List.of());
    }

    static int run(ExperimentRun runner, Scenario s, ExperimentRun.Options o) throws Exception {
        return runner.execute(s, o, new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
    }

    @Test
    void runsCsvHasPointColumnsAndIsTheSameOnOneOrTwoThreads() throws Exception {
        Scenario s = TinyExperiments.load(TinyExperiments.factorial(tmp, 2));
        assertEquals(0, run(new ExperimentRun(), s, options(tmp.resolve("one"), 1, false, null)));
        assertEquals(0, run(new ExperimentRun(), s, options(tmp.resolve("two"), 2, false, null)));
        List<String> rows = Files.readAllLines(tmp.resolve("one/runs.csv"));
        assertEquals(1 + 4 * 2, rows.size());
        assertTrue(rows.get(0).startsWith("run_id,scenario,point,replication,seed,levels.branch.coverage,patience.medianDays,"), rows.get(0));
        assertTrue(rows.get(1).startsWith("0,tiny,0,0,"), rows.get(1));
        assertTrue(rows.get(8).startsWith("7,tiny,3,1,"), rows.get(8));
        // common random numbers: replication 1 has the same seed at every point
        assertEquals(rows.get(2).split(",")[4], rows.get(8).split(",")[4]);
        assertEquals("0.9", rows.get(8).split(",")[5]);
        assertEquals("60", rows.get(8).split(",")[6]);
        assertSameFiles(tmp.resolve("one"), tmp.resolve("two"));
        assertFalse(Files.exists(tmp.resolve("one/journal")), "a complete batch without failures drops its journal");
        assertFalse(Files.exists(tmp.resolve("one/failures.csv")));
        String manifest = Files.readString(tmp.resolve("one/manifest.json"));
        assertTrue(manifest.contains("\"replicationSeeds\"") && manifest.contains("\"FACTORIAL\"") && manifest.contains("\"complete\" : true"),
                manifest);
    }

    @Test
    void resumeAfterAnInterruptionRunsOnlyWhatIsMissingAndGivesTheSameBytes() throws Exception {
        Scenario s = TinyExperiments.load(TinyExperiments.factorial(tmp, 3));
        Path whole = tmp.resolve("whole");
        assertEquals(0, run(new ExperimentRun(), s, options(whole, 2, false, null)));

        // a batch whose run 5 fails stands for one stopped part-way: its journal is kept
        Path cut = tmp.resolve("cut");
        ExperimentRun failingOnce = new ExperimentRun(spec -> spec.runId() >= 5
                ? new RunOutcome(spec, null, "IllegalStateException: stopped") : BatchExecutor.runOne(spec));
        assertEquals(1, run(failingOnce, s, options(cut, 2, false, null)));
        Path runsJournal = cut.resolve("journal/runs.journal");
        Path monthsJournal = cut.resolve("journal/timeseries.journal");
        // as kill -9 would leave it: the runs journal loses its last row and ends in half a line, the timeseries mid-line
        List<String> runRows = Files.readAllLines(runsJournal);
        String kept = String.join("\n", runRows.subList(0, runRows.size() - 1)) + "\n";
        Files.writeString(runsJournal, kept + runRows.get(runRows.size() - 1).substring(0, 9));
        byte[] months = Files.readAllBytes(monthsJournal);
        Files.write(monthsJournal, java.util.Arrays.copyOf(months, months.length - 17));
        Files.delete(cut.resolve("runs.csv"));

        int[] ran = new int[1];
        ExperimentRun counting = new ExperimentRun(spec -> {
            synchronized (ran) {
                ran[0]++;
            }
            return BatchExecutor.runOne(spec);
        });
        assertEquals(0, run(counting, s, options(cut, 2, true, null)));
        long rows = runRows.stream().filter(l -> !l.isEmpty() && Character.isDigit(l.charAt(0))).count();
        // the last line is the last run's seal: cut, it takes that run with it
        assertEquals(12 - (rows - 1), ran[0], "only the missing runs are run again");
        assertSameFiles(whole, cut);
        assertFalse(Files.exists(cut.resolve("failures.csv")));
    }

    @Test
    void aFailedRunIsRecordedAndTheBatchGoesOn() throws Exception {
        Scenario s = TinyExperiments.load(TinyExperiments.factorial(tmp, 2));
        Path out = tmp.resolve("failing");
        ExperimentRun oneFails = new ExperimentRun(spec -> {
            if (spec.runId() == 3) {
                throw new IllegalStateException("deliberate failure of run 3");
            }
            return BatchExecutor.runOne(spec);
        });
        assertEquals(1, run(oneFails, s, options(out, 2, false, null)));
        assertEquals(1 + 7, Files.readAllLines(out.resolve("runs.csv")).size());
        List<String> failures = Files.readAllLines(out.resolve("failures.csv"));
        assertEquals("run_id,seed,error", failures.get(0));
        assertTrue(failures.get(1).startsWith("3," + ReplicationSeeds.seed(7, 1) + ",IllegalStateException: deliberate failure of run 3"),
                failures.get(1));
        String manifest = Files.readString(out.resolve("manifest.json"));
        assertTrue(manifest.contains("\"failed\" : 1") && manifest.contains("\"complete\" : true"), manifest);
        // --resume retries the failed run and completes the batch
        assertEquals(0, run(new ExperimentRun(), s, options(out, 2, true, null)));
        assertFalse(Files.exists(out.resolve("failures.csv")));
        assertEquals(1 + 8, Files.readAllLines(out.resolve("runs.csv")).size());
    }

    @Test
    void dryRunPrintsTheRunCountAndEstimateAndWritesNothing() throws Exception {
        Scenario s = TinyExperiments.load(TinyExperiments.factorial(tmp, 5));
        StringWriter out = new StringWriter();
        Path dir = tmp.resolve("dry");
        int code = new ExperimentRun().execute(s, new ExperimentRun.Options(2, dir, 1, null, false, null, true, false, List.of()),
                new PrintWriter(out, true), new PrintWriter(new StringWriter()));
        assertEquals(0, code);
        assertTrue(out.toString().matches("(?s)tiny: 4 points x 5 replications = 20 runs, estimated ~\\d.* on 2 threads\\n"), out.toString());
        assertFalse(Files.exists(dir));
    }

    @Test
    void anotherPlanInTheFolderIsRefusedOnResume() throws Exception {
        Path out = tmp.resolve("batch");
        assertEquals(0, run(new ExperimentRun(), TinyExperiments.load(TinyExperiments.factorial(tmp, 1)), options(out, 2, false, null)));
        StringWriter err = new StringWriter();
        int code = new ExperimentRun().execute(TinyExperiments.load(TinyExperiments.factorial(tmp.resolve("b"), 2)), options(out, 2, true, null),
                new PrintWriter(new StringWriter()), new PrintWriter(err, true));
        assertEquals(2, code);
        assertTrue(err.toString().contains("holds another plan"), err.toString());
        err.getBuffer().setLength(0);
        code = new ExperimentRun().execute(TinyExperiments.load(TinyExperiments.factorial(tmp, 1)), options(out, 2, false, null),
                new PrintWriter(new StringWriter()), new PrintWriter(err, true));
        assertEquals(2, code);
        assertTrue(err.toString().contains("already holds results"), err.toString());
    }

    @Test
    void aSobolBatchWritesFirstOrderAndTotalIndices() throws Exception {
        Path f = TinyExperiments.write(tmp, "sobol.yaml", "name: sobol\n" + TinyExperiments.DISTRICT + """
                experiment:
                  design: SOBOL
                  samples: 4
                  replications: 1
                  uncertainties:
                    patience.medianDays: {min: 10, max: 60}
                    levels.branch.coverage: {min: 0, max: 1}
                """);
        Path out = tmp.resolve("sobol");
        assertEquals(0, run(new ExperimentRun(), TinyExperiments.load(f), options(out, 2, false, null)));
        List<String> rows = Files.readAllLines(out.resolve("sobol.csv"));
        assertEquals(SobolAnalysis.HEADER, rows.get(0));
        assertTrue(rows.size() > 2 && rows.get(1).startsWith("0,") && rows.get(2).contains(",levels.branch.coverage,"), rows.toString());
        assertEquals(1 + 4 * 4, Files.readAllLines(out.resolve("runs.csv")).size());
    }

    static void assertSameFiles(Path a, Path b) throws IOException {
        for (String f : List.of("runs.csv", "timeseries.csv", "compounds.csv")) {
            assertTrue(Files.size(a.resolve(f)) > 0, f + " is empty in " + a);
            assertArrayEquals(Files.readAllBytes(a.resolve(f)), Files.readAllBytes(b.resolve(f)), f + " differs between " + a + " and " + b);
        }
    }
}
