package org.govsim.runner.cli;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.govsim.runner.output.OutputLock;

/**
 * Where {@code govsim run} writes: one scenario to --out itself or results/&lt;name&gt;-&lt;timestamp&gt;; several each to
 * --out/&lt;name&gt; or results/&lt;name&gt;-&lt;timestamp&gt; (a repeated name gets -2, -3, …), and their comparison to
 * --out/comparison or results/compare-&lt;timestamp&gt;. A folder under results/ is claimed by creating it, so two
 * commands started in the same second get two folders.
 */
final class OutputFolders {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);
    static final String COMPARISON = "comparison";
    static final Path RESULTS = Path.of("results");

    private OutputFolders() {
    }

    /** The folders of the scenarios; those under results/ are created here (empty), the others are not. */
    static List<Path> forScenarios(List<String> names, Path out, Instant start) throws IOException {
        String stamp = STAMP.format(start);
        if (names.size() == 1) {
            return List.of(out != null ? out : claim(names.get(0) + "-" + stamp));
        }
        Set<String> used = new HashSet<>(Set.of(COMPARISON));
        List<Path> dirs = new ArrayList<>();
        for (String name : names) {
            String unique = name;
            for (int k = 2; used.contains(unique); k++) {
                unique = name + "-" + k;
            }
            used.add(unique);
            dirs.add(out != null ? out.resolve(unique) : claim(unique + "-" + stamp));
        }
        return dirs;
    }

    static Path forComparison(Path out, Instant start) throws IOException {
        return out != null ? out.resolve(COMPARISON) : claim("compare-" + STAMP.format(start));
    }

    /** Creates results/NAME, or results/NAME-2, -3, … when another command made that one first. */
    private static Path claim(String name) throws IOException {
        return claim(RESULTS, name);
    }

    static Path claim(Path results, String name) throws IOException {
        Files.createDirectories(results);
        for (int k = 1; ; k++) {
            Path dir = results.resolve(k == 1 ? name : name + "-" + k);
            try {
                Files.createDirectory(dir);
                return dir;
            } catch (FileAlreadyExistsException e) {
                // taken: try the next
            }
        }
    }

    /** Removes a claimed folder that nothing was written to (a command refused after choosing it). */
    static void release(Path dir) {
        try (var files = Files.list(dir)) {
            if (files.allMatch(f -> f.getFileName().toString().equals(OutputLock.FILE))) {
                Files.deleteIfExists(dir.resolve(OutputLock.FILE));
                Files.deleteIfExists(dir);
            }
        } catch (IOException e) {
            // gone, or cannot be listed: leave it
        }
    }
}
