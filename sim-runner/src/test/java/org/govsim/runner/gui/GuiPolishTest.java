package org.govsim.runner.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.govsim.model.District;
import org.govsim.model.metrics.MonthlySnapshot;
import org.junit.jupiter.api.Test;

/**
 * What a planner reads without a display: inspector values rounded with their units and named in words, charts
 * from an inspector titled after the compound, the clock as a day, the previous run kept faint in the charts,
 * and a reopened checkpoint named after its scenario.
 */
class GuiPolishTest {
    /** A number with more than three decimals, as Java prints a double it has not been told how to round. */
    private static final Pattern UNROUNDED = Pattern.compile("\\d\\.\\d{4,}");

    @Test
    void aCompoundsInspectorShowsRoundedValuesWithUnitsAndNoClassNames() throws Exception {
        GuiRun run = GuiRun.replication(GuiFixtures.smallBaseline("property.contract=LINKED"), 4, 0);
        DistrictWithUI gui = new DistrictWithUI(run);
        gui.state.setSeed(run.seed());
        gui.start();
        while (gui.district().schedule.getTime() < 100) {
            gui.step();
        }
        int c = 3;
        PropertyTable rows = CompoundInspection.of(gui.figures(), c);
        assertEquals("compound 3 (community " + gui.figures().compound(c).community().index() + ")", rows.getObject(),
                "MASON titles a chart from the inspector \"ROW of\" this, not \"of null\"");
        for (int i = 0; i < rows.numProperties(); i++) {
            String name = rows.getName(i);
            String shown = rows.betterToString(rows.getValue(i));
            assertFalse(UNROUNDED.matcher(shown).find(), name + " is rounded: " + shown);
            assertFalse(shown.contains("Contract") || shown.contains("@"), name + " names no class: " + shown);
            assertFalse(name.chars().anyMatch(Character::isUpperCase) || name.contains("_"), "a name in words: " + name);
            assertFalse(rows.isComposite(i), name + " opens no sub-inspector");
            assertTrue(name.length() <= CompoundInspection.NAME_LENGTH, "a name that leaves room for its value: " + name);
        }
        assertEquals(shownAs(rows, "fee contract").startsWith("fee linked to quality"), true, shownAs(rows, "fee contract"));
        assertTrue(shownAs(rows, "fees billed last month").endsWith(" yuan"), shownAs(rows, "fees billed last month"));
        assertTrue(shownAs(rows, "fee collection rate").endsWith("%"), shownAs(rows, "fee collection rate"));
        assertTrue(shownAs(rows, "households").endsWith(" households"));
        assertTrue(shownAs(rows, "smart-security level").matches("\\d \\(level 0-3\\)"), "a level on its scale: "
                + shownAs(rows, "smart-security level"));
        assertTrue(shownAs(rows, "has a deliberation hall").matches("yes|no"), "a flag as yes or no");
        Object satisfaction = rows.getValue(index(rows, "satisfaction"));
        assertTrue(satisfaction instanceof sim.util.Valuable v && Math.abs(v.doubleValue() - gui.figures().satisfaction(c)) < 1e-12,
                "a rounded reading still charts its exact value");
        gui.finish();
    }

    private static int index(PropertyTable rows, String name) {
        for (int i = 0; i < rows.numProperties(); i++) {
            if (rows.getName(i).equals(name)) {
                return i;
            }
        }
        throw new AssertionError("no row " + name);
    }

    private static String shownAs(PropertyTable rows, String name) {
        return rows.betterToString(rows.getValue(index(rows, name)));
    }

    @Test
    void theClockReadsAsADay() {
        assertEquals("day 857", DayClock.asDay("857.0013817153629"));
        assertEquals("day 0", DayClock.asDay("0"));
        assertNull(DayClock.asDay("At Start"), "MASON's words stay");
        assertNull(DayClock.asDay("day 857"), "already a day");
    }

    @Test
    void afterStopAndPlayTheLastRunStaysFaintInEachChartButADistrictShownBeforePlayDoesNot() {
        LiveChart chart = new LiveChart("Satisfaction", "Satisfaction", "mean", "satisfaction_mean", "satisfaction");
        List<MonthlySnapshot> first = List.of(month(210, 0.55), month(240, 0.56));
        chart.reset(180, 900, true);
        chart.add(first);
        assertFalse(chart.showsPreviousRun());
        chart.reset(180, 900, true); // Stop, Play
        assertTrue(chart.showsPreviousRun(), "the first run, faint");
        assertEquals(0, chart.points(), "the new run starts empty");
        chart.add(List.of(month(210, 0.60)));
        chart.reset(180, 900, false); // a preview replaced without being kept
        assertEquals(0, chart.points());
        assertTrue(chart.showsPreviousRun(), "the faint run is still the one watched");

        AgesChart ages = new AgesChart();
        ages.show(new double[] {1, 2, 15, 200});
        assertEquals(List.of(2, 1), List.of(AgesChart.bins(new double[] {1, 2, 15})[0], AgesChart.bins(new double[] {1, 2, 15})[1]));
        ages.reset(true);
        assertTrue(ages.showsPreviousRun());
    }

    private static MonthlySnapshot month(double day, double satisfaction) {
        return new MonthlySnapshot(day, java.util.Map.of("satisfaction_mean", satisfaction));
    }

    @Test
    void aCheckpointKeepsTheTitleItWasRunUnderAndOnlyAGuiCheckpointReopens() throws Exception {
        GuiRun run = GuiRun.replication(GuiFixtures.smallBaseline(), 1, 2);
        District small = run.newDistrict();
        small.start();
        while (small.schedule.getTime() < 40) {
            small.schedule.step(small);
        }
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        small.writeToCheckpoint(bytes);
        District saved = (District) sim.engine.SimState.readFromCheckpoint(new java.io.ByteArrayInputStream(bytes.toByteArray()));
        assertTrue(DistrictWithUI.canReopen(saved));
        assertEquals("baseline, replication 2, saved at day 40", DistrictWithUI.checkpointTitle(saved));
        DistrictWithUI gui = DistrictWithUI.resuming(saved, DistrictWithUI.checkpointTitle(saved));
        assertEquals(run.values(), gui.nextParameters(), "the Model tab shows the saved run's parameters");

        District plain = new District(1, new org.govsim.model.ModelConfig(run.values()));
        assertFalse(DistrictWithUI.canReopen(plain), "a district not built by the GUI has no parameters for the Model tab");
    }
}
