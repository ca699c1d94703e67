package org.govsim.runner.experiment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.govsim.runner.scenario.Scenario;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Issue 17, item 11: a damaged plan.json, whatever the damage (cut short, not JSON at all, a value of the wrong kind,
 * required fields missing, empty, a shard that cannot be), is refused on {@code --resume} and by {@code merge} with
 * exit 2 and a message that names the file and says what is wrong, never Jackson's own text (which quotes the file),
 * and nothing is lost: the journal, the damaged plan itself and every other file keep their bytes, and no file
 * appears.
 */
class PlanFileDamageTest {
    @TempDir
    Path tmp;

    private Scenario scenario;

    /** Classes of damage to plan.json, each with a phrase the refusal must contain to say what is wrong. */
    enum Damage {
        CUT_SHORT("not valid JSON"),
        RANDOM_BYTES("not valid JSON"),
        WRONG_KIND("a value of the wrong kind for 'totalRuns'"),
        FIELDS_MISSING("is incomplete or was not written by govsim"),
        EMPTY("empty"),
        IMPOSSIBLE_SHARD("a shard is K/N with 1 <= K <= N, got 7/");

        final String says;

        Damage(String says) {
            this.says = says;
        }

        void apply(Path plan) throws IOException {
            String json = Files.readString(plan);
            switch (this) {
                case CUT_SHORT -> Files.writeString(plan, json.substring(0, json.length() / 2));
                case RANDOM_BYTES -> {
                    byte[] junk = new byte[2000];
                    new SplittableRandom(5).nextBytes(junk);
                    Files.write(plan, junk);
                }
                case WRONG_KIND -> Files.writeString(plan, json.replaceFirst("\"totalRuns\" : \\d+", "\"totalRuns\" : \"many\""));
                case FIELDS_MISSING -> Files.writeString(plan, json.replaceFirst("\"planHash\" : \"[0-9a-f]+\",", ""));
                case EMPTY -> Files.writeString(plan, "");
                case IMPOSSIBLE_SHARD -> Files.writeString(plan, json.replaceFirst("\"index\" : \\d+", "\"index\" : 7"));
            }
            assertFalse(Files.readString(plan, StandardCharsets.ISO_8859_1).equals(json), this + " changed nothing");
        }
    }

    @BeforeEach
    void loadScenario() throws Exception {
        scenario = TinyExperiments.load(TinyExperiments.factorial(tmp, 2));
    }

    /** A batch stopped after its first 3 runs (the rest fail), so its journal waits for --resume. */
    private Path stopped(String name) throws Exception {
        Path dir = tmp.resolve(name);
        ExperimentRun firstThree = new ExperimentRun(spec -> spec.runId() >= 3
                ? new RunOutcome(spec, null, "IllegalStateException: stopped") : BatchExecutor.runOne(spec));
        assertEquals(1, ExperimentRunTest.run(firstThree, scenario, ExperimentRunTest.options(dir, 1, false, null)));
        return dir;
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Damage.class)
    void aResumeRefusesADamagedPlanAndLosesNothing(Damage damage) throws Exception {
        Path dir = stopped("resume-" + damage.name().toLowerCase());
        Path plan = dir.resolve(PlanFile.NAME);
        assertTrue(Files.exists(dir.resolve("journal/runs.journal")), "the stopped batch left no journal");
        damage.apply(plan);
        Map<Path, byte[]> before = contents(dir);

        StringWriter err = new StringWriter();
        int code = new ExperimentRun().execute(scenario, ExperimentRunTest.options(dir, 1, true, null), new PrintWriter(new StringWriter()),
                new PrintWriter(err, true));

        assertEquals(2, code, err.toString());
        assertRefusal(err.toString(), plan, damage);
        assertUnchanged(before, dir); // no file added (no manifest, no table), none changed, none removed
    }

    /** The same refusal through the command line a user types, {@code govsim run SCENARIO --out DIR --resume}. */
    @ParameterizedTest(name = "{0}")
    @EnumSource(value = Damage.class, names = {"CUT_SHORT", "WRONG_KIND"})
    void theCommandLineResumeRefusesADamagedPlanAndLosesNothing(Damage damage) throws Exception {
        Path dir = stopped("cli-" + damage.name().toLowerCase());
        Path plan = dir.resolve(PlanFile.NAME);
        damage.apply(plan);
        Map<Path, byte[]> before = contents(dir);

        ExperimentCli.Result r = ExperimentCli.call("run", tmp.resolve("tiny.yaml").toString(), "--seed", "7", "--out", dir.toString(),
                "--resume", "--quiet");

        assertEquals(2, r.exitCode(), r.err());
        assertRefusal(r.err(), plan, damage);
        assertUnchanged(before, dir);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Damage.class)
    void aMergeRefusesAPartWithADamagedPlanAndWritesNothing(Damage damage) throws Exception {
        Path parts = tmp.resolve("parts-" + damage.name().toLowerCase());
        for (int k = 1; k <= 2; k++) {
            assertEquals(0, ExperimentRunTest.run(new ExperimentRun(), scenario,
                    ExperimentRunTest.options(parts.resolve("p" + k), 1, false, k + "/2")));
        }
        Path plan = parts.resolve("p2").resolve(PlanFile.NAME);
        damage.apply(plan);
        Map<Path, byte[]> before = contents(parts);
        Path out = tmp.resolve("merged-" + damage.name().toLowerCase());

        ExperimentCli.Result r = ExperimentCli.call("merge", parts.resolve("p1").toString(), parts.resolve("p2").toString(), "--out",
                out.toString());

        assertEquals(2, r.exitCode(), r.err());
        assertRefusal(r.err(), plan, damage);
        assertUnchanged(before, parts);
        assertFalse(Files.exists(out), "a refused merge writes nothing");
    }

    private static void assertRefusal(String err, Path plan, Damage damage) {
        assertTrue(err.contains(plan.toString()), "the message names the file: " + err);
        assertTrue(err.contains(damage.says), "the message says what is wrong (" + damage.says + "): " + err);
        for (String leak : new String[] {"Exception", "\tat ", "com.fasterxml", "[Source", "Unexpected", "Cannot deserialize"}) {
            assertFalse(err.contains(leak), "no stack trace or Jackson text (" + leak + "): " + err);
        }
    }

    private static Map<Path, byte[]> contents(Path dir) throws IOException {
        Map<Path, byte[]> files = new TreeMap<>();
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path f : all.filter(Files::isRegularFile).toList()) {
                files.put(dir.relativize(f), Files.readAllBytes(f));
            }
        }
        return files;
    }

    private static void assertUnchanged(Map<Path, byte[]> before, Path dir) throws IOException {
        Map<Path, byte[]> after = contents(dir);
        assertEquals(before.keySet(), after.keySet(), "files added or removed in " + dir);
        for (Map.Entry<Path, byte[]> e : before.entrySet()) {
            assertArrayEquals(e.getValue(), after.get(e.getKey()), e.getKey() + " changed");
        }
    }
}
