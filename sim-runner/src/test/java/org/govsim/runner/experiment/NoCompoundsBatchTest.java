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
import java.util.function.Function;
import java.util.stream.Stream;
import org.govsim.runner.output.Manifest;
import org.govsim.runner.scenario.Scenario;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A batch without compounds.csv ({@code --no-compounds}, issue 13, for batches too large for it): its other tables are
 * byte-identical to those of the same batch with it; no compounds.csv, compounds journal or manifest entry appears; a
 * stopped batch resumed (with or without the switch: the folder's plan.json decides) and a sharded batch merged stay
 * without it and give the same bytes; and a merge of parts that disagree about it is refused rather than writing a
 * compounds.csv with some parts' rows only.
 */
class NoCompoundsBatchTest {
    @TempDir
    Path tmp;

    private Scenario scenario;
    private Path whole;
    private Path lean;

    @BeforeEach
    void bothBatches() throws Exception {
        scenario = TinyExperiments.load(TinyExperiments.factorial(tmp, 2));
        whole = tmp.resolve("whole");
        lean = tmp.resolve("lean");
        assertEquals(0, batch(whole, null, false, true, BatchExecutor::runOne));
        assertEquals(0, batch(lean, null, false, false, BatchExecutor::runOne));
    }

    /** The batch engine as {@code govsim run} drives it, with the compounds switch the test helper {@link ExperimentRun} fixes on. */
    private int batch(Path dir, String shard, boolean resume, boolean compounds, Function<RunSpec, RunOutcome> runner) throws Exception {
        ExperimentPlan plan = ExperimentPlan.of(scenario, 7);
        BatchRequest req = new BatchRequest(plan, dir, shard == null ? Shard.ALL : Shard.parse(shard), null, 1, resume, false, true, List.of(),
                null, 0, "govsim run " + dir.resolve("scenario.resolved.yaml"), compounds);
        BatchRun engine = new BatchRun(runner);
        StringWriter err = new StringWriter();
        try (BatchRun.Prepared p = engine.prepare(req)) {
            BatchOutcome outcome = engine.run(p, new PrintWriter(new StringWriter()), new PrintWriter(err, true));
            return outcome.exitCode();
        } catch (BatchRefused | RunFailedException e) {
            return e instanceof BatchRefused ? 2 : 1;
        }
    }

    private static void assertLean(Path dir) throws IOException {
        assertFalse(Files.exists(dir.resolve(JournalAssembly.COMPOUNDS)), "compounds.csv in " + dir);
        assertFalse(Files.exists(dir.resolve(RunJournal.FOLDER)), "a journal left in " + dir);
        assertFalse(Files.readString(dir.resolve(Manifest.FILE)).contains(JournalAssembly.COMPOUNDS), "the manifest lists compounds.csv");
        assertFalse(PlanFile.read(dir).writesCompounds(), "plan.json promises compounds.csv");
        try (Stream<Path> files = Files.walk(dir)) {
            assertTrue(files.noneMatch(f -> f.getFileName().toString().contains("compounds")), "a compounds file in " + dir);
        }
    }

    private void assertSameTablesAsLean(Path dir) throws IOException {
        for (String f : List.of("runs.csv", "timeseries.csv")) {
            assertArrayEquals(Files.readAllBytes(lean.resolve(f)), Files.readAllBytes(dir.resolve(f)), f + " differs from the lean batch's");
        }
    }

    @Test
    void theOtherTablesAreTheSameBytesAndNoCompoundsFileIsWritten() throws IOException {
        assertTrue(Files.size(whole.resolve(JournalAssembly.COMPOUNDS)) > 0, "the batch with compounds wrote none");
        assertLean(lean);
        for (String f : List.of("runs.csv", "timeseries.csv")) {
            assertArrayEquals(Files.readAllBytes(whole.resolve(f)), Files.readAllBytes(lean.resolve(f)), f + " depends on the switch");
        }
    }

    @Test
    void aStoppedLeanBatchResumesLeanWhateverTheSwitchSays() throws Exception {
        Function<RunSpec, RunOutcome> firstThree = spec -> spec.runId() >= 3
                ? new RunOutcome(spec, null, "IllegalStateException: stopped") : BatchExecutor.runOne(spec);
        for (boolean switchOnResume : new boolean[] {false, true}) {
            Path dir = tmp.resolve("stopped-" + switchOnResume);
            assertEquals(1, batch(dir, null, false, false, firstThree));
            Path journal = dir.resolve(RunJournal.FOLDER).resolve(RunJournal.COMPOUNDS);
            assertTrue(!Files.exists(journal) || Files.size(journal) == 0, "compounds rows journalled for a lean batch");
            assertEquals(0, batch(dir, null, true, switchOnResume, BatchExecutor::runOne));
            assertLean(dir);
            assertSameTablesAsLean(dir);
        }
    }

    @Test
    void leanShardsMergeLean() throws Exception {
        for (int k = 1; k <= 2; k++) {
            assertEquals(0, batch(tmp.resolve("s" + k), k + "/2", false, false, BatchExecutor::runOne));
        }
        Path merged = tmp.resolve("merged");
        ExperimentCli.Result r = ExperimentCli.call("merge", tmp.resolve("s2").toString(), tmp.resolve("s1").toString(), "--out",
                merged.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertLean(merged);
        assertSameTablesAsLean(merged);
    }

    @Test
    void aMergeOfPartsThatDisagreeAboutCompoundsIsRefused() throws Exception {
        assertEquals(0, batch(tmp.resolve("with"), "1/2", false, true, BatchExecutor::runOne));
        assertEquals(0, batch(tmp.resolve("without"), "2/2", false, false, BatchExecutor::runOne));
        for (List<String> order : List.of(List.of("with", "without"), List.of("without", "with"))) {
            Path out = tmp.resolve("m-" + order.get(0));
            ExperimentCli.Result r = ExperimentCli.call("merge", tmp.resolve(order.get(0)).toString(), tmp.resolve(order.get(1)).toString(),
                    "--out", out.toString());
            assertEquals(2, r.exitCode(), order + ": " + r.err());
            assertTrue(r.err().contains(tmp.resolve("without").toString()) && r.err().contains("compounds.csv"),
                    "the refusal names the part and the file: " + r.err());
            assertFalse(Files.exists(out), "a refused merge writes nothing");
        }
    }
}
