package org.govsim.runner.gui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Dimension;
import java.awt.Rectangle;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Where the windows go and how the charts share their window, worked out without a display (GuiXvfbTest checks
 * the same on a virtual screen).
 */
class GuiLayoutTest {

    @ParameterizedTest(name = "{0}x{1}")
    @CsvSource({"1366, 768", "1600, 900", "1920, 1080", "1280, 720", "1024, 768"})
    void theThreeWindowsShareTheScreenWithoutCoveringOneAnother(int width, int height) {
        Rectangle screen = new Rectangle(0, 0, width, height);
        WindowPlan plan = WindowPlan.of(screen, 400);
        Rectangle[] all = {plan.console(), plan.map(), plan.charts()};
        for (Rectangle r : all) {
            assertTrue(screen.contains(r), r + " on the screen");
        }
        assertFalse(plan.map().intersects(plan.console()), "the Console is beside the map");
        assertFalse(plan.map().intersects(plan.charts()), "the charts are beside the map");
        assertFalse(plan.console().intersects(plan.charts()));
        assertTrue(plan.charts().width >= ChartBoard.MIN_CHART.width, "a chart fits across its window");
        assertTrue(plan.map().width >= WindowPlan.MIN_MAP_WIDTH || width < 1100, "the map keeps a useful width");
        long used = (long) plan.console().width * plan.console().height + (long) plan.map().width * plan.map().height
                + (long) plan.charts().width * plan.charts().height;
        assertEquals((long) width * height, used, "and together they use the whole screen");
    }

    @ParameterizedTest(name = "{0}x{1}")
    @CsvSource({"1366, 768", "1600, 900"})
    void onALaptopTheConsoleGetsItsWidthAndTheChartsAColumnBesideTheMap(int width, int height) {
        WindowPlan plan = WindowPlan.of(new Rectangle(0, 0, width, height), 400);
        assertEquals(400, plan.console().width);
        assertEquals(height, plan.map().height, "the map has the screen's height");
        assertTrue(plan.map().width > plan.charts().width, "the map is the widest window: " + plan);
    }

    @ParameterizedTest(name = "{0}x{1} -> {2} per page in {3} columns")
    @CsvSource({"400, 768, 2, 1", "470, 900, 2, 1", "800, 1000, 6, 2", "1200, 700, 6, 3", "380, 300, 1, 1", "300, 200, 1, 1"})
    void chartsShareTheirWindowAtTheirMinimumSizeOrLarger(int width, int height, int perPage, int columns) {
        assertArrayEquals(new int[] {perPage, columns}, ChartBoard.grid(new Dimension(width, height), 6));
        Dimension size = new Dimension(width, height);
        int[] g = ChartBoard.grid(size, 6);
        if (g[0] < 6 && width >= ChartBoard.MIN_CHART.width && height >= ChartBoard.MIN_CHART.height + 30) {
            int rows = (g[0] + g[1] - 1) / g[1];
            assertTrue(width / g[1] >= ChartBoard.MIN_CHART.width && (height - 30) / rows >= ChartBoard.MIN_CHART.height,
                    "each chart on a page keeps the minimum size");
        }
    }
}
