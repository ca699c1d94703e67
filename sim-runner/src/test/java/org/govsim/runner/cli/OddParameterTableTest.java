package org.govsim.runner.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The parameter table of docs/ODD.md is exactly what {@code govsim params --markdown} prints, so the model
 * description cannot drift from the parameter declarations (STYLE.md habit 2: declare each parameter once).
 */
class OddParameterTableTest {
    static final String BEGIN = "<!-- BEGIN GENERATED PARAMETERS: govsim params --markdown -->";
    static final String END = "<!-- END GENERATED PARAMETERS -->";
    static final String HOW_TO_FIX = "docs/ODD.md's parameter table is out of date. Regenerate it with "
            + "docs/update-odd-params.sh (or paste the output of `./govsim params --markdown` between the lines "
            + BEGIN + " and " + END + ").";

    @Test
    void oddParameterTableIsTheOutputOfParamsMarkdown() throws IOException {
        Path odd = Cli.repoRoot().resolve("docs").resolve("ODD.md");
        assertTrue(Files.isRegularFile(odd), "no model description at " + odd);
        List<String> lines = lines(Files.readString(odd, StandardCharsets.UTF_8));
        int begin = onlyLine(lines, BEGIN);
        int end = onlyLine(lines, END);
        assertTrue(begin < end, "in docs/ODD.md the line " + END + " must come after " + BEGIN);

        Cli params = Cli.run("params", "--markdown");
        assertEquals(0, params.exitCode(), params.err());
        List<String> expected = lines(params.out());
        List<String> actual = lines.subList(begin + 1, end);

        for (int i = 0; i < Math.max(expected.size(), actual.size()); i++) {
            String want = i < expected.size() ? expected.get(i) : "(nothing: the table has " + expected.size() + " lines)";
            String have = i < actual.size() ? actual.get(i) : "(nothing: the block has " + actual.size() + " lines)";
            if (!want.equals(have)) {
                fail(HOW_TO_FIX + "\nFirst difference, line " + (i + 1) + " of the table (docs/ODD.md line " + (begin + 2 + i)
                        + "):\n  params --markdown: " + want + "\n  docs/ODD.md:       " + have);
            }
        }
        assertEquals(expected, actual, HOW_TO_FIX);
    }

    /** The text's lines, whatever its line endings, without the empty string after a final newline. */
    private static List<String> lines(String text) {
        return text.replace("\r\n", "\n").replace('\r', '\n').lines().toList();
    }

    /** Index of the one line equal to {@code marker}; fails if it is missing or appears more than once. */
    private static int onlyLine(List<String> lines, String marker) {
        int found = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).equals(marker)) {
                if (found >= 0) {
                    fail("docs/ODD.md has the line " + marker + " twice (lines " + (found + 1) + " and " + (i + 1) + ")");
                }
                found = i;
            }
        }
        if (found < 0) {
            fail("docs/ODD.md lacks the line " + marker + " (exactly, on a line of its own). " + HOW_TO_FIX);
        }
        return found;
    }
}
