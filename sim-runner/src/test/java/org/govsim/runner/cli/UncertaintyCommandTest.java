package org.govsim.runner.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.govsim.runner.output.CsvTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code govsim run ... --compare --uncertainty} and {@code --matched-baseline} end to end on small districts: every
 * option on the same draws and replication seeds, the comparison carrying the spread across draws; each lever
 * scenario against its own district with every lever off, paired; bad combinations refused.
 */
class UncertaintyCommandTest {
    private static final List<String> SMALL = List.of("--days", "90", "--set", "district.compounds=20", "--set", "run.burnInDays=30",
            "--threads", "2", "--seed", "5");

    @TempDir
    Path tmp;

    private static Cli run(String... args) {
        List<String> all = new java.util.ArrayList<>(List.of("run"));
        all.addAll(List.of(args));
        all.addAll(SMALL);
        return Cli.run(all.toArray(String[]::new));
    }

    @Test
    void everyOptionRunsOnTheSameDrawsAndTheComparisonCarriesTheirSpread() throws IOException {
        Path source = tmp.resolve("assumptions.yaml");
        Files.writeString(source, "name: assumptions\nexperiment:\n  design: LATIN_HYPERCUBE\n  samples: 4\n  replications: 2\n"
                + "  uncertainties:\n    patience.medianDays: {min: 14, max: 60}\n    levels.branch.strength: {min: 0.3, max: 0.9}\n");
        Path option = tmp.resolve("branches.yaml");
        Files.writeString(option, "name: branches\nextends: " + Cli.scenario("baseline.yaml").toAbsolutePath() + "\nlevels:\n  branch:\n    coverage: 1.0\n");
        Path out = tmp.resolve("u");
        Cli c = run(Cli.scenario("baseline.yaml").toString(), option.toString(), "--compare", "--uncertainty", source.toString(),
                "--out", out.toString(), "--metrics", "disputes_per_1000hh_month,satisfaction_mean");
        assertEquals(0, c.exitCode(), c.err());
        assertTrue(c.out().contains("uncertainty: 4 draws of a Latin hypercube"), c.out());
        CsvTable base = CsvTable.parse(Files.readString(out.resolve("baseline/runs.csv")));
        CsvTable opt = CsvTable.parse(Files.readString(out.resolve("branches/runs.csv")));
        assertEquals(8, base.rows().size(), "4 draws x 2 replications");
        for (String col : List.of("point", "replication", "seed", "patience.medianDays", "levels.branch.strength")) {
            assertEquals(column(base, col), column(opt, col), "the same draws and seeds in both: " + col);
        }
        assertEquals(2, Set.copyOf(column(base, "seed")).size(), "replication r has the same seed at every draw");
        assertEquals(4, Set.copyOf(column(base, "patience.medianDays")).size());
        assertTrue(Files.exists(out.resolve("baseline/experiment-table.csv")), "the draws beside the runs, to rerun them");
        CsvTable comparison = CsvTable.parse(Files.readString(out.resolve("comparison/comparison.csv")));
        for (List<String> row : comparison.rows()) {
            assertEquals("4", row.get(comparison.column("draws")), row.toString());
            assertEquals("2", row.get(comparison.column("replications_per_draw")));
            assertFalse(row.get(comparison.column("draw_low")).isEmpty());
        }
        assertTrue(Files.exists(out.resolve("comparison/influences.csv")));
        String html = Files.readString(out.resolve("comparison/report.html"));
        assertTrue(html.contains("id=\"uncertainty\"") && html.contains("better in"), "the report's uncertainty section");
    }

    @Test
    void eachLeverScenarioIsComparedWithItsOwnDistrictWithEveryLeverOffPaired() throws IOException {
        Path out = tmp.resolve("m");
        Cli c = run(Cli.scenario("deliberation-hall.yaml").toString(), "--compare", "--matched-baseline", "--replications", "2",
                "--out", out.toString(), "--metrics", "disputes_per_1000hh_month", "--lang", "zh");
        assertEquals(0, c.exitCode(), c.err());
        assertTrue(c.out().contains("matched baseline deliberation-hall-levers-off: hall.enabled=false"), c.out());
        assertTrue(c.out().contains("结论"), "the terminal summary in Chinese: " + c.out());
        String resolved = Files.readString(out.resolve("deliberation-hall-levers-off/scenario.resolved.yaml"));
        assertTrue(resolved.contains("coverage: 1.0"), "its own district keeps the option's branch coverage");
        CsvTable comparison = CsvTable.parse(Files.readString(out.resolve("comparison/comparison.csv")));
        List<String> row = comparison.rows().get(0);
        assertEquals("deliberation-hall-levers-off", row.get(comparison.column("baseline")));
        assertEquals("true", row.get(comparison.column("paired")), "the same district on the same seeds");
        assertTrue(Files.readString(out.resolve("comparison/report.html")).contains("<html lang=\"zh-CN\">"));
    }

    @Test
    void badCombinationsAreRefusedWithExitCodeTwo() throws IOException {
        Path never = tmp.resolve("never");
        Cli draws = run(Cli.scenario("baseline.yaml").toString(), Cli.scenario("advisors.yaml").toString(), "--compare", "--draws", "5",
                "--out", never.toString());
        assertEquals(2, draws.exitCode());
        assertTrue(draws.err().contains("--draws needs --uncertainty"), draws.err());
        Cli noCompare = run(Cli.scenario("baseline.yaml").toString(), "--matched-baseline", "--out", never.toString());
        assertEquals(2, noCompare.exitCode());
        Cli nothing = run(Cli.scenario("baseline.yaml").toString(), "--compare", "--matched-baseline", "--out", never.toString());
        assertEquals(2, nothing.exitCode());
        assertTrue(nothing.err().contains("no scenario switches a lever on"), nothing.err());
        Path plain = tmp.resolve("plain.yaml");
        Files.writeString(plain, "name: plain\n");
        Cli source = run(Cli.scenario("baseline.yaml").toString(), Cli.scenario("advisors.yaml").toString(), "--compare", "--uncertainty",
                plain.toString(), "--out", never.toString());
        assertEquals(2, source.exitCode());
        assertTrue(source.err().contains("LATIN_HYPERCUBE"), source.err());
        assertFalse(Files.exists(never));
    }

    private static List<String> column(CsvTable t, String name) {
        return t.rows().stream().map(r -> r.get(t.column(name))).collect(Collectors.toList());
    }
}
