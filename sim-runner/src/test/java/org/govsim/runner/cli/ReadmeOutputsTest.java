package org.govsim.runner.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.govsim.model.ModelCatalog;
import org.govsim.model.issue.IssueType;
import org.govsim.model.issue.Level;
import org.govsim.model.lever.Lever;
import org.govsim.model.metrics.MetricDef;
import org.junit.jupiter.api.Test;

/**
 * README's Outputs section names only columns the model writes, and names every column of the core's (the levers'
 * own are listed by {@code govsim metrics}): a renamed or added metric fails here until README says so.
 * {@code <type>} and {@code <level>} in a name stand for every issue type and level.
 */
class ReadmeOutputsTest {
    private static final Pattern NAME = Pattern.compile("`([a-z<][a-z0-9_<>]*)`");
    /** identity columns and other names of the section that are not metrics */
    private static final Set<String> NOT_METRICS = Set.of("run_id", "scenario", "point", "replication", "seed", "day", "compound", "name",
            "manifest.json");

    @Test
    void outputsSectionNamesTheModelsColumns() throws IOException {
        String readme = Files.readString(Cli.repoRoot().resolve("README.md"), StandardCharsets.UTF_8);
        int start = readme.indexOf("\n## Outputs");
        assertTrue(start >= 0, "README.md has no Outputs section");
        int end = readme.indexOf("\n## ", start + 1);
        String section = readme.substring(start, end < 0 ? readme.length() : end);

        Set<String> written = new HashSet<>();
        for (MetricsCommand.OutputFile f : MetricsCommand.OutputFile.values()) {
            MetricsCommand.columns(f).forEach(d -> written.add(d.column()));
        }
        Set<String> named = new TreeSet<>();
        Set<String> unknown = new TreeSet<>();
        Matcher m = NAME.matcher(section);
        while (m.find()) {
            for (String column : expand(m.group(1))) {
                if (written.contains(column)) {
                    named.add(column);
                } else if (!NOT_METRICS.contains(column) && column.contains("_")) {
                    unknown.add(column);
                }
            }
        }
        assertEquals(Set.of(), unknown, "README's Outputs section names columns the model does not write");

        Set<String> levers = new HashSet<>();
        for (Lever<?> l : ModelCatalog.levers()) {
            l.metrics().forEach(d -> levers.add(d.column()));
        }
        Set<String> missing = new TreeSet<>();
        for (MetricsCommand.OutputFile f : MetricsCommand.OutputFile.values()) {
            for (MetricDef d : MetricsCommand.columns(f)) {
                if (!levers.contains(d.column()) && !named.contains(d.column())) {
                    missing.add(f.file + ": " + d.column());
                }
            }
        }
        assertEquals(Set.of(), missing, "README's Outputs section leaves out columns of the core");
    }

    private static List<String> expand(String name) {
        Map<String, List<String>> parts = new HashMap<>();
        parts.put("<type>", java.util.Arrays.stream(IssueType.values()).map(IssueType::column).toList());
        parts.put("<level>", java.util.Arrays.stream(Level.values()).map(Level::column).toList());
        List<String> names = new ArrayList<>(List.of(name));
        for (Map.Entry<String, List<String>> p : parts.entrySet()) {
            List<String> next = new ArrayList<>();
            for (String n : names) {
                if (n.contains(p.getKey())) {
                    p.getValue().forEach(v -> next.add(n.replace(p.getKey(), v)));
                } else {
                    next.add(n);
                }
            }
            names = next;
        }
        return names;
    }
}
