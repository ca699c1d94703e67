package org.govsim.runner.experiment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.govsim.runner.scenario.Scenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** --shard K/N and govsim merge: disjoint parts that join into the unsharded result, and the refusals. */
class ShardMergeTest {
    @TempDir
    Path tmp;

    @Test
    void threeShardsMergeIntoTheSameBytesAsOneBatch() throws Exception {
        Scenario s = TinyExperiments.load(TinyExperiments.factorial(tmp, 2));
        Path whole = tmp.resolve("whole");
        assertEquals(0, ExperimentRunTest.run(new ExperimentRun(), s, ExperimentRunTest.options(whole, 2, false, null)));
        for (int k = 1; k <= 3; k++) {
            assertEquals(0, ExperimentRunTest.run(new ExperimentRun(), s, ExperimentRunTest.options(tmp.resolve("s" + k), 1, false, k + "/3")));
        }
        assertEquals(1 + 3, Files.readAllLines(tmp.resolve("s1/runs.csv")).size(), "shard 1/3 holds run ids 0, 3, 6");
        ExperimentCli.Result r = ExperimentCli.call("merge", tmp.resolve("s3").toString(), tmp.resolve("s1").toString(),
                tmp.resolve("s2").toString(), "--out", tmp.resolve("merged").toString());
        assertEquals(0, r.exitCode(), r.err());
        ExperimentRunTest.assertSameFiles(whole, tmp.resolve("merged"));
        assertTrue(Files.readString(tmp.resolve("merged/manifest.json")).contains("mergedFrom"));
    }

    /**
     * A sharded SOBOL and a sharded MORRIS batch, merged, give the analyses of the batch run whole: sobol.csv (indices
     * and their bootstrap intervals) and morris.csv byte for byte, so merge makes the whole batch's analysis, not a
     * part's. The parts, which hold a third of the design each, write none.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"SOBOL", "MORRIS"})
    void aShardedSensitivityBatchMergesIntoTheWholeBatchsAnalysis(String design) throws Exception {
        String size = design.equals("SOBOL") ? "samples: 4" : "trajectories: 3";
        Scenario s = TinyExperiments.load(TinyExperiments.write(tmp, "gsa.yaml", "name: gsa\n" + TinyExperiments.DISTRICT + """
                experiment:
                  design: %s
                  %s
                  replications: 2
                  policies:
                    advisors.total: [0, 5]
                  uncertainties:
                    patience.medianDays: {min: 10, max: 60}
                    levels.branch.coverage: {min: 0, max: 1}
                """.formatted(design, size)));
        String analysis = design.equals("SOBOL") ? SobolAnalysis.FILE : "morris.csv";
        Path whole = tmp.resolve("whole");
        assertEquals(0, ExperimentRunTest.run(new ExperimentRun(), s, ExperimentRunTest.options(whole, 2, false, null)));
        assertTrue(Files.readAllLines(whole.resolve(analysis)).size() > 1, analysis + " of the whole batch has rows");
        for (int k = 1; k <= 3; k++) {
            Path part = tmp.resolve("s" + k);
            assertEquals(0, ExperimentRunTest.run(new ExperimentRun(), s, ExperimentRunTest.options(part, 1, false, k + "/3")));
            assertFalse(Files.exists(part.resolve(analysis)), "shard " + k + "/3 holds a third of the design and analyses none of it");
        }
        Path merged = tmp.resolve("merged");
        ExperimentCli.Result r = ExperimentCli.call("merge", tmp.resolve("s2").toString(), tmp.resolve("s3").toString(),
                tmp.resolve("s1").toString(), "--out", merged.toString());
        assertEquals(0, r.exitCode(), r.err());
        ExperimentRunTest.assertSameFiles(whole, merged);
        assertArrayEquals(Files.readAllBytes(whole.resolve(analysis)), Files.readAllBytes(merged.resolve(analysis)),
                analysis + " of the merged shards differs from the unsharded batch's");
        assertTrue(Files.readString(merged.resolve("manifest.json")).contains("\"" + analysis + "\""), "the merged manifest lists " + analysis);
        String table = design.equals("SOBOL") ? "Sobol indices: 4 base points" : "Morris elementary effects: 3 trajectories";
        assertTrue(r.out().contains(table), "merge prints the whole batch's analysis: " + r.out());
        if (design.equals("MORRIS")) {
            assertEquals(Files.readString(whole.resolve("morris-share_settled_in_compound.svg")),
                    Files.readString(merged.resolve("morris-share_settled_in_compound.svg")), "the merge draws the same mu*-sigma chart");
        }
    }

    @Test
    void aMergeThatCannotRebuildThePlanSaysItMadeNoAnalysis() throws Exception {
        Scenario s = TinyExperiments.load(TinyExperiments.write(tmp, "morris.yaml", "name: morris\n" + TinyExperiments.DISTRICT + """
                experiment:
                  design: MORRIS
                  trajectories: 2
                  replications: 1
                  uncertainties:
                    patience.medianDays: {min: 10, max: 60}
                """));
        for (int k = 1; k <= 2; k++) {
            assertEquals(0, ExperimentRunTest.run(new ExperimentRun(), s, ExperimentRunTest.options(tmp.resolve("m" + k), 1, false, k + "/2")));
        }
        // the file the merge rebuilds the plan from, edited after the run: it no longer describes the parts' plan
        Path yaml = tmp.resolve("m1/scenario.resolved.yaml");
        assertTrue(Files.readString(yaml).contains("trajectories: 2"), "the resolved scenario keeps the MORRIS settings");
        Files.writeString(yaml, Files.readString(yaml).replace("trajectories: 2", "trajectories: 3"));
        ExperimentCli.Result r = ExperimentCli.call("merge", tmp.resolve("m1").toString(), tmp.resolve("m2").toString(), "--out",
                tmp.resolve("merged").toString());
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("warning: no MORRIS analysis of the merged batch"), r.out());
        assertFalse(Files.exists(tmp.resolve("merged/morris.csv")));
    }

    @Test
    void mergeRefusesAMissingOrDuplicatedPartAndAnotherPlan() throws Exception {
        Scenario s = TinyExperiments.load(TinyExperiments.factorial(tmp, 1));
        for (int k = 1; k <= 3; k++) {
            assertEquals(0, ExperimentRunTest.run(new ExperimentRun(), s, ExperimentRunTest.options(tmp.resolve("s" + k), 1, false, k + "/3")));
        }
        ExperimentCli.Result missing = ExperimentCli.call("merge", tmp.resolve("s1").toString(), tmp.resolve("s3").toString(),
                "--out", tmp.resolve("m1").toString());
        assertEquals(2, missing.exitCode());
        assertTrue(missing.err().contains("shard 2/3 is missing"), missing.err());
        ExperimentCli.Result twice = ExperimentCli.call("merge", tmp.resolve("s1").toString(), tmp.resolve("s2").toString(),
                tmp.resolve("s2").toString(), tmp.resolve("s3").toString(), "--out", tmp.resolve("m2").toString());
        assertEquals(2, twice.exitCode());
        assertTrue(twice.err().contains("shard 2/3 is given 2 times"), twice.err());
        Scenario other = TinyExperiments.load(TinyExperiments.factorial(tmp.resolve("o"), 2));
        assertEquals(0, ExperimentRunTest.run(new ExperimentRun(), other, ExperimentRunTest.options(tmp.resolve("x2"), 1, false, "2/3")));
        ExperimentCli.Result foreign = ExperimentCli.call("merge", tmp.resolve("s1").toString(), tmp.resolve("x2").toString(),
                tmp.resolve("s3").toString(), "--out", tmp.resolve("m3").toString());
        assertEquals(2, foreign.exitCode());
        assertTrue(foreign.err().contains("belongs to another plan"), foreign.err());
        assertTrue(!Files.exists(tmp.resolve("m1/runs.csv")) && !Files.exists(tmp.resolve("m2/runs.csv")));
    }

    @Test
    void aRefusedMergeWritesNothing() throws Exception {
        Scenario s = TinyExperiments.load(TinyExperiments.factorial(tmp, 1));
        for (int k = 1; k <= 2; k++) {
            assertEquals(0, ExperimentRunTest.run(new ExperimentRun(), s, ExperimentRunTest.options(tmp.resolve("p" + k), 1, false, k + "/2")));
        }
        // a part that lost a row after it finished: the merge finds 3 runs of the plan's 4 only once it has merged
        java.util.List<String> rows = new java.util.ArrayList<>(Files.readAllLines(tmp.resolve("p2/runs.csv")));
        rows.remove(rows.size() - 1);
        Files.write(tmp.resolve("p2/runs.csv"), rows);
        Path out = tmp.resolve("merged");
        ExperimentCli.Result r = ExperimentCli.call("merge", tmp.resolve("p1").toString(), tmp.resolve("p2").toString(), "--out", out.toString());
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("the parts hold 3 runs"), r.err());
        assertTrue(!Files.exists(out), "a refused merge leaves no folder, no runs.csv, no timeseries.csv");
    }

    @Test
    void aPartWithoutAFinishedManifestIsRefused() throws Exception {
        Scenario s = TinyExperiments.load(TinyExperiments.factorial(tmp, 1));
        for (int k = 1; k <= 2; k++) {
            assertEquals(0, ExperimentRunTest.run(new ExperimentRun(), s, ExperimentRunTest.options(tmp.resolve("q" + k), 1, false, k + "/2")));
        }
        Files.writeString(tmp.resolve("q2/manifest.json"), "{\"tool\": \"govsim\", \"complete\": tru");
        ExperimentCli.Result r = ExperimentCli.call("merge", tmp.resolve("q1").toString(), tmp.resolve("q2").toString(), "--out",
                tmp.resolve("m").toString());
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("q2") && r.err().contains("manifest.json") && !r.err().contains("Unexpected"), r.err());
    }
}
