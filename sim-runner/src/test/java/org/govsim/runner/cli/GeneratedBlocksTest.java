package org.govsim.runner.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every generated block of README.md and docs/*.md (the parameter table, the output columns) is exactly what its
 * govsim command prints, so the documentation cannot drift from the declarations in the code (STYLE.md habit 2:
 * declare each thing once).
 */
class GeneratedBlocksTest {
    private static final Pattern BEGIN = Pattern.compile("<!-- BEGIN GENERATED ([A-Z_]+): govsim (.*) -->");
    private static final String HOW_TO_FIX = "Regenerate with docs/update-generated.sh (it runs each block's govsim command).";

    /** One block: the document, its name, the command's arguments, the block's first line (1-based) and its lines. */
    record Block(Path doc, String name, List<String> args, int firstLine, List<String> lines) {
    }

    @Test
    void everyGeneratedBlockIsItsCommandsOutput() throws IOException {
        List<Block> blocks = new ArrayList<>();
        Path root = Cli.repoRoot();
        List<Path> docs = new ArrayList<>(List.of(root.resolve("README.md")));
        try (Stream<Path> s = Files.list(root.resolve("docs"))) {
            s.filter(p -> p.toString().endsWith(".md")).sorted().forEach(docs::add);
        }
        for (Path doc : docs) {
            blocks.addAll(blocks(doc));
        }
        assertTrue(blocks.stream().anyMatch(b -> b.name().equals("PARAMETERS")), "docs/ODD.md lost its parameter table");
        assertTrue(blocks.stream().anyMatch(b -> b.name().equals("METRICS")), "docs/ODD.md lost its table of output columns");
        for (Block b : blocks) {
            Cli run = Cli.run(b.args().toArray(String[]::new));
            assertEquals(0, run.exitCode(), b.doc() + ": govsim " + String.join(" ", b.args()) + " failed: " + run.err());
            List<String> expected = lines(run.out());
            for (int i = 0; i < Math.max(expected.size(), b.lines().size()); i++) {
                String want = i < expected.size() ? expected.get(i) : "(nothing: the command printed " + expected.size() + " lines)";
                String have = i < b.lines().size() ? b.lines().get(i) : "(nothing: the block has " + b.lines().size() + " lines)";
                if (!want.equals(have)) {
                    fail(b.doc().getFileName() + "'s block " + b.name() + " is out of date. " + HOW_TO_FIX + "\nFirst difference, line "
                            + (b.firstLine() + i) + ":\n  govsim " + String.join(" ", b.args()) + ": " + want + "\n  "
                            + b.doc().getFileName() + ": " + have);
                }
            }
        }
    }

    private static List<Block> blocks(Path doc) throws IOException {
        List<String> lines = lines(Files.readString(doc, StandardCharsets.UTF_8));
        List<Block> found = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = BEGIN.matcher(lines.get(i));
            if (!m.matches()) {
                continue;
            }
            String end = "<!-- END GENERATED " + m.group(1) + " -->";
            int j = lines.subList(i + 1, lines.size()).indexOf(end);
            if (j < 0) {
                fail(doc + " line " + (i + 1) + ": block " + m.group(1) + " has no line " + end);
            }
            found.add(new Block(doc, m.group(1), List.of(m.group(2).trim().split(" +")), i + 2, lines.subList(i + 1, i + 1 + j)));
            i += j + 1;
        }
        return found;
    }

    /** The text's lines, whatever its line endings, without the empty string after a final newline. */
    private static List<String> lines(String text) {
        return text.replace("\r\n", "\n").replace('\r', '\n').lines().toList();
    }
}
