package org.govsim.runner.gui;

import java.awt.Rectangle;

/**
 * Where the GUI's three windows go on a screen, side by side and never over one another: the Console on the
 * left (as wide as its tabs need in one row), the map in the middle, the charts on the right. On a laptop's
 * 1366 by 768 the charts get one column at the smallest width that shows a chart whole and the map the rest;
 * on wider screens the charts take two fifths of what the Console leaves. A screen too narrow for three
 * columns gets the Console above the charts on the left and the map on the right.
 *
 * @param console the Console's bounds
 * @param map     the map window's bounds
 * @param charts  the chart window's bounds
 */
public record WindowPlan(Rectangle console, Rectangle map, Rectangle charts) {
    /** The narrowest map window worth having, pixels. */
    static final int MIN_MAP_WIDTH = 480;
    /** The narrowest chart window: one chart at its minimum width, and the window's borders. */
    static final int MIN_CHARTS_WIDTH = ChartBoard.MIN_CHART.width + 20;
    /** Share of the room right of the Console that goes to the charts on a wide screen. */
    private static final double CHARTS_SHARE = 0.4;

    /**
     * The plan for a screen's usable area (without task bars).
     *
     * @param consoleWidth the width the Console's tabs need in one row, pixels
     */
    public static WindowPlan of(Rectangle screen, int consoleWidth) {
        int consoleW = Math.max(320, Math.min(consoleWidth, (int) (screen.width * 0.4)));
        int rest = screen.width - consoleW;
        if (rest >= MIN_MAP_WIDTH + MIN_CHARTS_WIDTH) {
            int chartsW = Math.max(MIN_CHARTS_WIDTH, (int) Math.round(rest * CHARTS_SHARE));
            chartsW = Math.min(chartsW, rest - MIN_MAP_WIDTH);
            int mapW = rest - chartsW;
            return new WindowPlan(new Rectangle(screen.x, screen.y, consoleW, screen.height),
                    new Rectangle(screen.x + consoleW, screen.y, mapW, screen.height),
                    new Rectangle(screen.x + consoleW + mapW, screen.y, chartsW, screen.height));
        }
        int left = Math.max(consoleW, MIN_CHARTS_WIDTH);
        int consoleH = (int) Math.round(screen.height * 0.55);
        return new WindowPlan(new Rectangle(screen.x, screen.y, left, consoleH),
                new Rectangle(screen.x + left, screen.y, Math.max(1, screen.width - left), screen.height),
                new Rectangle(screen.x, screen.y + consoleH, left, screen.height - consoleH));
    }
}
