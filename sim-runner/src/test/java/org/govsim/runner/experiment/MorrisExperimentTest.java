package org.govsim.runner.experiment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.govsim.runner.analysis.SummaryTable;
import org.govsim.runner.scenario.Scenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A MORRIS experiment on the real model, end to end: the trajectories in runs.csv, morris.csv, the charts, and the same bytes on 1 or 2 threads. */
class MorrisExperimentTest {
    @TempDir
    Path tmp;

    private Scenario scenario() throws Exception {
        return TinyExperiments.load(TinyExperiments.write(tmp, "morris.yaml", "name: morris\n" + TinyExperiments.DISTRICT + """
                experiment:
                  design: MORRIS
                  trajectories: 4
                  replications: 2
                  policies:
                    advisors.total: [0, 5]
                  uncertainties:
                    patience.medianDays: {min: 10, max: 60}
                    levels.branch.coverage: {min: 0, max: 1}
                """));
    }

    @Test
    void aMorrisBatchWritesEffectsAndChartsFromItsOwnTrajectories() throws Exception {
        Scenario s = scenario();
        Path out = tmp.resolve("two");
        StringWriter printed = new StringWriter();
        ExperimentRun.Options o = new ExperimentRun.Options(2, out, 7, null, false, null, false, false, List.of());
        assertEquals(0, new ExperimentRun().execute(s, o, new PrintWriter(printed, true), new PrintWriter(new StringWriter(), true)));
        ExperimentPlan plan = ExperimentPlan.of(s, 7);
        assertEquals(2 * 4 * 3, plan.pointCount(), "2 policies x 4 trajectories x (2 factors + 1)");

        // runs.csv: within a trajectory, consecutive points differ in exactly one uncertainty (columns 6 and 7)
        List<String> runs = Files.readAllLines(out.resolve("runs.csv"));
        assertEquals(1 + 24 * 2, runs.size());
        for (int p = 1; p < plan.pointCount(); p++) {
            if (p % 3 == 0) {
                continue;   // a new trajectory starts
            }
            String[] before = runs.get(1 + 2 * (p - 1)).split(",");
            String[] after = runs.get(1 + 2 * p).split(",");
            int changed = (before[6].equals(after[6]) ? 0 : 1) + (before[7].equals(after[7]) ? 0 : 1);
            assertEquals(1, changed, "points " + (p - 1) + " and " + p);
        }

        List<String> rows = Files.readAllLines(out.resolve("morris.csv"));
        assertEquals(MorrisAnalysis.HEADER, rows.get(0));
        long metrics = SummaryTable.KEY_METRICS.stream().filter(m -> runs.get(0).contains(m)).count();
        assertEquals(1 + 2 * metrics * 2, rows.size(), "2 policies x the key metrics x 2 factors");
        for (String row : rows.subList(1, rows.size())) {
            String[] c = row.split(",");
            assertEquals("4", c[6], "one effect per trajectory: " + row);
            double mu = Double.parseDouble(c[3]);
            double muStar = Double.parseDouble(c[4]);
            assertTrue(Double.isNaN(mu) || muStar >= Math.abs(mu) - 1e-12 && Double.parseDouble(c[5]) >= 0, row);
        }
        assertTrue(rows.stream().anyMatch(r -> r.startsWith("1,share_settled_in_compound,levels.branch.coverage,")), rows.toString());
        byte[] png = Files.readAllBytes(out.resolve("morris-share_settled_in_compound.png"));
        assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, java.util.Arrays.copyOf(png, 4));
        String svg = Files.readString(out.resolve("morris-share_settled_in_compound.svg"));
        assertTrue(svg.contains("<svg") && svg.contains("levels.branch.coverage"), "the factors are labelled");
        assertTrue(Files.readString(out.resolve("manifest.json")).contains("\"morris.csv\""), "the manifest lists the analysis");
        assertTrue(printed.toString().contains("Morris elementary effects: 4 trajectories on 4 levels"), printed.toString());
        assertTrue(printed.toString().contains("noise floor"), printed.toString());

        Path one = tmp.resolve("one");
        assertEquals(0, ExperimentRunTest.run(new ExperimentRun(), s, ExperimentRunTest.options(one, 1, false, null)));
        assertArrayEquals(Files.readAllBytes(out.resolve("morris.csv")), Files.readAllBytes(one.resolve("morris.csv")));
        assertEquals(svg, Files.readString(one.resolve("morris-share_settled_in_compound.svg")));
    }
}
