package org.govsim.runner.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 17, item 11: values that contradict each other across fields (a fewest above its most, a level ladder upside
 * down, more named cases than compounds) are refused when the scenario is loaded, at the file and line where the
 * nearest file of the extends chain sets one of them; so are --set overrides and experiment designs that make one.
 */
class ScenarioConstraintsTest {
    @TempDir
    Path dir;

    private Path write(String name, String... lines) throws IOException {
        Path f = dir.resolve(name);
        Files.writeString(f, String.join("\n", lines) + "\n");
        return f;
    }

    private static ScenarioProblem refusedOnce(Path file) {
        List<ScenarioProblem> ps = assertThrows(ScenarioException.class, () -> new ScenarioLoader().load(file)).problems();
        assertEquals(1, ps.size(), () -> new ScenarioException(ps).getMessage());
        return ps.get(0);
    }

    @Test
    void aMinimumAboveItsMaximumInOneFileIsRefusedAtTheFirstOfTheTwo() throws Exception {
        Path f = write("floors.yaml", "run:", "  days: 30", "buildings:", "  oldFloorsMin: 12", "  oldFloorsMax: 1");
        ScenarioProblem p = refusedOnce(f);
        assertEquals(f, p.file());
        assertEquals(4, p.line());
        assertEquals("buildings.oldFloorsMin", p.key());
        assertTrue(p.message().contains("allowed is buildings.oldFloorsMin at most buildings.oldFloorsMax"), p.render());
        assertTrue(p.message().contains("buildings.oldFloorsMin = 12, buildings.oldFloorsMax = 1"), p.render());
    }

    @Test
    void aContradictionAcrossTheChainIsReportedInTheNearestFileThatSetsOneOfItsKeys() throws Exception {
        Path parent = write("parent.yaml", "district:", "  compounds: 10", "buildings:", "  newFloorsMax: 12");
        Path child = write("child.yaml", "extends: parent.yaml", "run:", "  days: 30", "buildings:", "  newFloorsMin: 20");
        ScenarioProblem p = refusedOnce(child);
        assertEquals(child, p.file());
        assertEquals(5, p.line());
        assertEquals("buildings.newFloorsMin", p.key());
        assertTrue(p.message().contains("buildings.newFloorsMax set at " + parent + ":4"), p.render());

        Path grandchild = write("grandchild.yaml", "extends: child.yaml", "name: g");
        ScenarioProblem inherited = refusedOnce(grandchild);
        assertEquals(child, inherited.file(), "the grandchild sets neither: the nearest file that does is named");
    }

    @Test
    void moreNamedCasesThanCompoundsIsRefusedBeforeAnyRun() throws Exception {
        Path f = write("cases.yaml", "cases:", "  a: {households: 100}", "  b: {households: 100}", "district:", "  compounds: 1");
        ScenarioProblem p = refusedOnce(f);
        assertEquals(1, p.line(), "the cases block comes first in this file");
        assertEquals("cases", p.key());
        assertTrue(p.message().contains("2 named in cases, district.compounds = 1"), p.render());
    }

    @Test
    void anUpsideDownLadderAndALeversContradictionAreRefused() throws Exception {
        ScenarioProblem ladder = refusedOnce(write("ladder.yaml", "issues:", "  parking:", "    lowestLevel: COMMUNITY",
                "    highestLevel: BRANCH"));
        assertEquals("issues.parking.lowestLevel", ladder.key());
        assertTrue(ladder.message().contains("PROPERTY < BUILDING_GROUP"), "the ladder is shown: " + ladder.render());
        ScenarioProblem seats = refusedOnce(write("seats.yaml", "run:", "  days: 30", "ownersCommittee:", "  candidates: 3",
                "  seats: 5"));
        assertEquals(4, seats.line(), "candidates is the first of the rule's keys this file sets");
        assertEquals("ownersCommittee.candidates", seats.key());
        assertTrue(seats.message().contains("ownersCommittee.seats at most ownersCommittee.candidates"), seats.render());
    }

    @Test
    void aSetThatContradictsTheFileIsRefusedUnderItsOwnName() throws Exception {
        Scenario s = new ScenarioLoader().load(write("ok.yaml", "run:", "  days: 30", "buildings:", "  oldFloorsMax: 5"));
        ScenarioException e = assertThrows(ScenarioException.class, () -> s.withOverrides(List.of("buildings.oldFloorsMin=6")));
        assertEquals("--set buildings.oldFloorsMin", e.problems().get(0).key());
        assertTrue(e.getMessage().contains("buildings.oldFloorsMin = 6, buildings.oldFloorsMax = 5"), e.getMessage());
        assertEquals(5, s.withOverrides(List.of("buildings.oldFloorsMin=5")).values().integer("buildings.oldFloorsMin"));
    }

    @Test
    void aFactorialDesignThatMakesAContradictionIsRefusedNamingTheFactor() throws Exception {
        Path f = write("grid.yaml", "run:", "  days: 30", "experiment:", "  design: FACTORIAL", "  policies:",
                "    buildings.oldFloorsMin: [2, 6]", "  uncertainties:", "    buildings.oldFloorsMax: [5, 12]");
        ScenarioProblem p = refusedOnce(f);
        assertEquals(6, p.line());
        assertEquals("experiment.policies.buildings.oldFloorsMin", p.key());
        assertTrue(p.message().contains("buildings.oldFloorsMin = 6, buildings.oldFloorsMax = 5"), p.render());
    }

    @Test
    void oneAtATimeIsCheckedOnThePointsItMakesNotOnTheirGrid() throws Exception {
        // moved one at a time from 4 and 7, neither 6 nor 5 meets the other's far end; the grid would pair 6 with 5
        Path f = write("oat.yaml", "run:", "  days: 30", "experiment:", "  design: ONE_AT_A_TIME", "  uncertainties:",
                "    buildings.oldFloorsMin: [2, 6]", "    buildings.oldFloorsMax: [5, 12]");
        assertEquals(2, new ScenarioLoader().load(f).experiment().uncertainties().size());
        Path far = write("oat-far.yaml", "run:", "  days: 30", "experiment:", "  design: ONE_AT_A_TIME", "  uncertainties:",
                "    buildings.oldFloorsMin: [2, 9]");
        assertEquals("experiment.uncertainties.buildings.oldFloorsMin", refusedOnce(far).key());
    }

    @Test
    void aSampledRangeWhoseEndMakesAContradictionIsRefusedWhateverTheSeed() throws Exception {
        Path f = write("lhs.yaml", "run:", "  days: 30", "experiment:", "  design: LATIN_HYPERCUBE", "  samples: 4", "  uncertainties:",
                "    buildings.newFloorsMin: {min: 11, max: 40}");
        ScenarioProblem p = refusedOnce(f);
        assertEquals(7, p.line());
        assertTrue(p.message().contains("buildings.newFloorsMin = 40, buildings.newFloorsMax = 30"), p.render());
        assertTrue(p.message().contains("ends of the sampled ranges"), p.render());
    }

    @Test
    void aTableRowThatMakesAContradictionIsRefusedNamingTheTable() throws Exception {
        Path table = dir.resolve("points.csv");
        Files.writeString(table, "buildings.oldFloorsMin,buildings.oldFloorsMax\n4,7\n8,6\n");
        Path f = write("table.yaml", "run:", "  days: 30", "experiment:", "  design: TABLE", "  table: points.csv");
        ScenarioProblem p = refusedOnce(f);
        assertEquals(table, p.file());
        assertTrue(p.message().contains("buildings.oldFloorsMin = 8, buildings.oldFloorsMax = 6"), p.render());
    }

    @Test
    void aSetThatMakesTheDesignContradictItselfIsRefused() throws Exception {
        Scenario s = new ScenarioLoader().load(write("sweep.yaml", "run:", "  days: 30", "experiment:", "  design: FACTORIAL",
                "  policies:", "    buildings.oldFloorsMin: [2, 6]"));
        ScenarioException e = assertThrows(ScenarioException.class, () -> s.withOverrides(List.of("buildings.oldFloorsMax=5")));
        assertTrue(e.getMessage().contains("experiment.policies.buildings.oldFloorsMin: the design can make a contradiction"), e.getMessage());
    }
}
