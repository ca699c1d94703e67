package org.govsim.runner.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.govsim.runner.scenario.Scenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
}
