package org.govsim.runner.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 17, item 11: the edges of a scenario file. A parent that is no scenario is named, never quoted; numbers that
 * YAML versions read differently (octal, base 60, underscores) and infinite or undefined values are refused naming the
 * key; a huge file is refused without being parsed.
 */
class ScenarioFileEdgesTest {
    /** Written into every non-scenario file: a message that shows any of the file's content would show this. */
    private static final String SECRET = "s3cret-Token-42";

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        Path f = dir.resolve(name);
        Files.writeString(f, text);
        return f;
    }

    private static List<ScenarioProblem> problems(Path file) {
        return assertThrows(ScenarioException.class, () -> new ScenarioLoader().load(file)).problems();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "data.csv|a,b," + SECRET + "\\n1,2,3\\n|text",
        "README.md|# Title\\n\\nSome words: " + SECRET + "\\nmore: yes\\n|none of its top-level keys",
        "list.yaml|- " + SECRET + "\\n- b\\n|a list",
        "compose.yaml|services:\\n  web:\\n    image: " + SECRET + "\\nvolumes: {}\\n" + SECRET + ": 1\\n|none of its top-level keys",
        "shadow|root:" + SECRET + ":19000:0:99999:7:::\\ndaemon:*:19000:0:99999:7:::\\n|not a scenario file"})
    void aParentThatIsNoScenarioIsNamedButNeverQuoted(String name, String content, String why) throws Exception {
        Path other = write(name, content.replace("\\n", "\n"));
        Path child = write("child.yaml", "run:\n  days: 30\nextends: " + name + "\n");
        List<ScenarioProblem> ps = problems(child);
        assertEquals(1, ps.size(), () -> new ScenarioException(ps).getMessage());
        ScenarioProblem p = ps.get(0);
        assertEquals(child, p.file());
        assertEquals(3, p.line());
        assertEquals("extends", p.key());
        assertTrue(p.message().contains("is not a scenario file") && p.message().contains(other.toString()) && p.message().contains(why),
                p.render());
        assertFalse(p.render().contains(SECRET) || p.render().contains("image") || p.render().contains("daemon"), "content shown: " + p.render());
    }

    @Test
    void aParentThatIsBinaryADirectoryOrADeviceIsNamedAndNotRead() throws Exception {
        Files.write(dir.resolve("blob.bin"), new byte[] {(byte) 0xC3, (byte) 0x28, 'k', ':', ' ', '1'});
        Files.createDirectory(dir.resolve("folder"));
        for (String parent : List.of("blob.bin", "folder", "/dev/zero")) {
            if (!Files.exists(dir.resolve(parent))) {
                continue; // /dev/zero is absent on some systems; the others are made above
            }
            Path child = write("c.yaml", "extends: " + parent + "\n");
            ScenarioProblem p = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> problems(child)).get(0);
            assertTrue(p.message().contains("is not a scenario file"), p.render());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {".inf", "-.inf", ".Inf", ".nan", ".NaN"})
    void infiniteAndUndefinedRealsAreRefusedNamingTheKey(String value) throws Exception {
        Path f = write("inf.yaml", "run:\n  days: 30\nhouseholds:\n  personsMean: " + value + "\n");
        ScenarioProblem p = problems(f).get(0);
        assertEquals(4, p.line());
        assertEquals("households.personsMean", p.key());
        assertTrue(p.message().startsWith("is " + value) && p.message().contains("a number in [1.0, 6.0]"), p.render());
        assertFalse(p.message().contains("malformed"), p.render());

        Path range = write("range.yaml", "run:\n  days: 30\nexperiment:\n  design: LATIN_HYPERCUBE\n  samples: 4\n  uncertainties:\n"
                + "    patience.medianDays: {min: 1, max: " + value + "}\n");
        assertEquals("experiment.uncertainties.patience.medianDays.max", problems(range).get(0).key());
        Path cases = write("cases.yaml", "cases:\n  a: {households: 10, advisors: " + value + "}\n");
        assertEquals("cases.a.advisors", problems(cases).get(0).key());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "0777|octal 511", "010|octal 8", "-010|octal -8", "0x1F|hexadecimal", "0b101|binary", "1_000|'_'",
        "08|leading zero", "1:30|base-60", "190:20:30|base-60"})
    void integersThatYamlVersionsReadDifferentlyAreRefusedNotMisread(String value, String words) throws Exception {
        Path f = write("n.yaml", "run:\n  days: " + value + "\n");
        ScenarioProblem p = problems(f).get(0);
        assertEquals("run.days", p.key());
        assertEquals(2, p.line());
        assertTrue(p.message().contains(words), p.render());
        Path real = write("r.yaml", "households:\n  areaMeanM2: " + value + "\n");
        assertEquals("households.areaMeanM2", problems(real).get(0).key(), "a real written as such an integer is refused too");
        Path reps = write("e.yaml", "experiment:\n  design: FACTORIAL\n  replications: " + value + "\n  policies:\n"
                + "    levels.branch.coverage: [0.1, 0.9]\n");
        assertEquals("experiment.replications", problems(reps).get(0).key());
        Path house = write("h.yaml", "cases:\n  a: {households: " + value + "}\n");
        assertEquals("cases.a.households", problems(house).get(0).key());
    }

    @Test
    void plainDecimalsAreReadAsWritten() throws Exception {
        Scenario s = new ScenarioLoader().load(write("ok.yaml", "run:\n  days: 777\n  burnInDays: +10\nhouseholds:\n"
                + "  areaMeanM2: 012.5e1\n  areaSdM2: 0\n"));
        assertEquals(777, s.values().integer("run.days"));
        assertEquals(10, s.values().integer("run.burnInDays"));
        assertEquals(125.0, s.values().real("households.areaMeanM2"), "a real's leading zero is no octal to any reader");
        assertEquals(0.0, s.values().real("households.areaSdM2"));
    }

    @Test
    void aFileOverTheLimitIsRefusedUnreadAndQuickly() throws Exception {
        // issue 17 measured 106 s to refuse a 10 MB scalar; refusing without parsing takes milliseconds, 5 s is a wide margin
        Path big = dir.resolve("big.yaml");
        Files.writeString(big, "run:\n  days: " + "7".repeat(10_000_000) + "\n");
        List<ScenarioProblem> ps = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> problems(big));
        assertEquals(1, ps.size());
        assertTrue(ps.get(0).message().contains("more than the 1 MiB a scenario file may hold"), ps.get(0).render());
        Path child = write("child.yaml", "extends: big.yaml\n");
        ScenarioProblem viaExtends = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> problems(child)).get(0);
        assertEquals("extends", viaExtends.key());
        assertTrue(viaExtends.message().contains("1 MiB"), viaExtends.render());
        assertFalse(viaExtends.render().contains("7777"), viaExtends.render());
    }

    @Test
    void aLongUnknownKeyIsShortenedInTheMessage() throws Exception {
        String key = "k".repeat(1000);
        Path f = write("key.yaml", "run:\n  " + key + ": 3\n");
        ScenarioProblem p = problems(f).get(0);
        assertTrue(p.key().length() < 200 && p.key().contains("1004 characters"), p.key());
    }
}
