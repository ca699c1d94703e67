package org.govsim.runner.cli;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Where {@code govsim run} writes: one scenario to --out itself or results/&lt;name&gt;-&lt;timestamp&gt;; several each to
 * --out/&lt;name&gt; or results/&lt;name&gt;-&lt;timestamp&gt; (a repeated name gets -2, -3, …), and their comparison to
 * --out/comparison or results/compare-&lt;timestamp&gt;.
 */
final class OutputFolders {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);
    static final String COMPARISON = "comparison";

    private OutputFolders() {
    }

    static List<Path> forScenarios(List<String> names, Path out, Instant start) {
        String stamp = STAMP.format(start);
        if (names.size() == 1) {
            return List.of(out != null ? out : Path.of("results", names.get(0) + "-" + stamp));
        }
        Set<String> used = new HashSet<>(Set.of(COMPARISON));
        List<Path> dirs = new ArrayList<>();
        for (String name : names) {
            String unique = name;
            for (int k = 2; used.contains(unique); k++) {
                unique = name + "-" + k;
            }
            used.add(unique);
            dirs.add(out != null ? out.resolve(unique) : Path.of("results", unique + "-" + stamp));
        }
        return dirs;
    }

    static Path forComparison(Path out, Instant start) {
        return out != null ? out.resolve(COMPARISON) : Path.of("results", "compare-" + STAMP.format(start));
    }
}
