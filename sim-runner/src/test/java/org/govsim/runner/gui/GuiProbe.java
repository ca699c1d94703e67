package org.govsim.runner.gui;

import java.awt.Component;
import java.awt.Container;
import java.awt.GraphicsEnvironment;
import java.awt.Rectangle;
import java.awt.geom.Rectangle2D;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicReference;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JScrollPane;
import javax.swing.JTabbedPane;
import javax.swing.SwingUtilities;
import org.govsim.model.District;
import org.govsim.runner.scenario.Scenario;
import org.govsim.runner.scenario.ScenarioLoader;
import org.jfree.chart.ChartPanel;
import org.jfree.chart.ChartRenderingInfo;
import sim.display.Console;
import sim.engine.SimState;

/**
 * Opens the real GUI on a scenario, as {@code govsim gui} does, and writes what a user would see to a report
 * ({@code report.properties} in the output folder) for {@link GuiXvfbTest} to check: the windows' bounds, the
 * Console's tab rows, every chart's plot and axes (page by page), the Model tab's rows, the clock, before Play
 * and after it, and after Stop, a changed lever and Play again. It also saves the map and the screen at each
 * stage. Run in its own JVM on a virtual display.
 *
 * <p>Arguments: OUT_DIR SCENARIO DAYS [PATH=VALUE ...], or OUT_DIR FILE.checkpoint DAYS to reopen a saved run as
 * {@code govsim gui --checkpoint} does (then without the Stop and Play).
 */
public final class GuiProbe {
    private final Properties report = new Properties();
    private final Path out;

    private GuiProbe(Path out) {
        this.out = out;
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[0]);
        Files.createDirectories(out);
        double days = Double.parseDouble(args[2]);
        GuiProbe probe = new GuiProbe(out);
        try {
            if (args[1].endsWith(".checkpoint")) {
                District saved;
                try (InputStream in = Files.newInputStream(Path.of(args[1]))) {
                    saved = (District) SimState.readFromCheckpoint(in);
                }
                probe.resume(DistrictWithUI.resuming(saved, DistrictWithUI.checkpointTitle(saved)), days);
            } else {
                Scenario scenario = new ScenarioLoader().load(Path.of(args[1]))
                        .withOverrides(Arrays.asList(args).subList(3, args.length));
                probe.run(scenario, days);
            }
        } finally {
            try (OutputStream o = Files.newOutputStream(out.resolve("report.properties"))) {
                probe.report.store(o, "govsim GUI probe");
            }
        }
        System.exit(0);
    }

    private void resume(DistrictWithUI gui, double days) throws Exception {
        Console console = GuiLauncher.open(gui);
        settle();
        stage("before", gui, console);
        Autopilot.screenshot(out.resolve("before.png"));
        Autopilot.playUntil(console, days, Duration.ofMinutes(3));
        stage("played", gui, console);
    }

    private void run(Scenario scenario, double days) throws Exception {
        DistrictWithUI gui = new DistrictWithUI(GuiRun.replication(scenario, 1, 0));
        Console console = GuiLauncher.open(gui);
        settle();
        Rectangle screen = GraphicsEnvironment.getLocalGraphicsEnvironment().getMaximumWindowBounds();
        put("screen", screen);
        stage("before", gui, console);
        Autopilot.snapshotMap(gui, out.resolve("before-map.png"));
        Autopilot.screenshot(out.resolve("before.png"));

        Autopilot.playUntil(console, days, Duration.ofMinutes(3));
        stage("played", gui, console);
        Autopilot.snapshotMap(gui, out.resolve("played-map.png"));
        Autopilot.screenshot(out.resolve("played.png"));
        inspect(gui, console);

        // the "change a lever, same seed" workflow: Stop, change a lever, Play again
        GuiLauncher.onSwing(console::pressStop);
        settle();
        put("lever.accepted", gui.setNextParameter("levels.branch.coverage", 1.0));
        Autopilot.playUntil(console, days, Duration.ofMinutes(3));
        stage("replayed", gui, console);
        Autopilot.screenshot(out.resolve("replayed.png"));
    }

    /** Clicks the largest compound, as a user would, and saves the screen with its inspector in the Console. */
    private void inspect(DistrictWithUI gui, Console console) throws Exception {
        GuiLauncher.onSwing(() -> {
            DistrictMapPortrayal map = gui.mapWindow().portrayal();
            MapLayout layout = map.layout();
            int largest = 0;
            for (int c = 1; c < layout.compounds(); c++) {
                largest = gui.figures().compound(c).households() > gui.figures().compound(largest).households() ? c : largest;
            }
            Rectangle2D.Double tile = layout.tile(largest);
            java.awt.Dimension size = gui.mapWindow().displaySize();
            double[] at = DistrictMapPortrayal.placement(layout, new Rectangle2D.Double(0, 0, size.width, size.height),
                    MapLegend.HEIGHT);
            gui.mapWindow().inspectAt(at[0] + (tile.x + tile.width / 2) * at[2], at[1] + (tile.y + tile.height * 0.75) * at[2]);
            put("inspected", CompoundInspection.name(gui.figures().compound(largest)));
        });
        settle();
        Autopilot.screenshot(out.resolve("inspector.png"));
        GuiLauncher.onSwing(() -> GuiLauncher.showModelTab(console));
    }

    private void stage(String name, DistrictWithUI gui, Console console) throws Exception {
        settle();
        GuiLauncher.onSwing(() -> {
            put(name + ".console", console.getBounds());
            put(name + ".map", gui.mapFrame().getBounds());
            put(name + ".charts", gui.chartFrame().getBounds());
            put(name + ".title", console.getTitle());
            put(name + ".clock", clock(console));
            JTabbedPane tabs = GuiLauncher.consoleTabs(console);
            put(name + ".consoleTabRuns", tabs.getTabRunCount());
            put(name + ".consoleTab", tabs.getTitleAt(tabs.getSelectedIndex()));
            put(name + ".mapDisplay", gui.mapWindow().displaySize().width + "x" + gui.mapWindow().displaySize().height);
            put(name + ".figuresDay", gui.figures() == null ? -1 : gui.figures().day());
            modelTab(name, console);
        });
        charts(name, gui);
    }

    /** Each chart, page by page: its panel in the window, the plot's area with its axes, the data area. */
    private void charts(String stage, DistrictWithUI gui) throws Exception {
        ChartBoard board = gui.chartBoard();
        JTabbedPane tabs = onSwing(board::tabs);
        int pages = tabs == null ? 1 : onSwing(tabs::getTabCount);
        put(stage + ".chartPages", pages);
        List<ChartPanel> panels = board.chartPanels();
        for (int p = 0; p < pages; p++) {
            int page = p;
            if (tabs != null) {
                GuiLauncher.onSwing(() -> tabs.setSelectedIndex(page));
            }
            settle();
            GuiLauncher.onSwing(() -> {
                JFrame frame = board.frame();
                for (int i = 0; i < panels.size(); i++) {
                    ChartPanel panel = panels.get(i);
                    if (!panel.isShowing()) {
                        continue;
                    }
                    String key = stage + ".chart." + i;
                    Rectangle inWindow = SwingUtilities.convertRectangle(panel.getParent(), panel.getBounds(), frame.getContentPane());
                    put(key + ".title", panel.getChart().getTitle().getText());
                    put(key + ".panel", inWindow);
                    put(key + ".content", new Rectangle(frame.getContentPane().getSize()));
                    put(key + ".visible", panel.getVisibleRect());
                    ChartRenderingInfo info = panel.getChartRenderingInfo();
                    put(key + ".plot", info.getPlotInfo().getPlotArea());
                    put(key + ".data", info.getPlotInfo().getDataArea());
                    put(key + ".chartArea", info.getChartArea());
                    put(key + ".scaleX", panel.getScaleX());
                    put(key + ".scaleY", panel.getScaleY());
                }
            });
        }
        for (int i = 0; i < board.lines().size(); i++) {
            LiveChart line = board.lines().get(i);
            put(stage + ".line." + i + ".previous", onSwing(line::showsPreviousRun));
            put(stage + ".line." + i + ".points", onSwing(line::points));
        }
        put(stage + ".ages.previous", onSwing(board.ages()::showsPreviousRun));
    }

    /** The Model tab: its rows' names (cut short or whole), and whether each row's value lies inside the tab. */
    private void modelTab(String stage, Console console) {
        ModelTab tab = find(console.getContentPane(), ModelTab.class);
        if (tab == null) {
            put(stage + ".modelTab", "missing");
            return;
        }
        put(stage + ".modelTab.width", tab.getWidth());
        JScrollPane scroll = find(tab, JScrollPane.class);
        put(stage + ".modelTab.horizontalScroll", scroll != null && scroll.getHorizontalScrollBar().isShowing());
        List<String> cut = new ArrayList<>();
        int shown = 0;
        for (JLabel label : tab.rowLabels()) {
            if (!label.isShowing()) {
                continue;
            }
            shown++;
            // a name's label is given a small preferred width so that it fills its column: measure its text
            int textWidth = label.getFontMetrics(label.getFont()).stringWidth(label.getText());
            if (textWidth > label.getWidth()) {
                cut.add(label.getText());
            }
        }
        put(stage + ".modelTab.labelsShown", shown);
        put(stage + ".modelTab.labelsCut", String.join("|", cut));
        int outside = 0;
        for (ParameterEditor editor : tab.editors()) {
            Component c = editor.component();
            if (c.isShowing()) {
                Rectangle r = SwingUtilities.convertRectangle(c.getParent(), c.getBounds(), tab);
                outside += r.x < 0 || r.x + r.width > tab.getWidth() ? 1 : 0;
            }
        }
        put(stage + ".modelTab.editorsOutside", outside);
    }

    private static String clock(Console console) {
        JLabel clock = DayClock.label(console);
        return clock == null ? "" : clock.getText();
    }

    private static <T> T find(Container root, Class<T> type) {
        List<T> all = all(root, type);
        return all.isEmpty() ? null : all.get(0);
    }

    private static <T> List<T> all(Container root, Class<T> type) {
        List<T> found = new ArrayList<>();
        for (Component c : root.getComponents()) {
            if (type.isInstance(c)) {
                found.add(type.cast(c));
            }
            if (c instanceof Container inner) {
                found.addAll(all(inner, type));
            }
        }
        return found;
    }

    private void put(String key, Object value) {
        String text;
        if (value instanceof Rectangle r) {
            text = r.x + "," + r.y + "," + r.width + "," + r.height;
        } else if (value instanceof Rectangle2D r) {
            text = r.getX() + "," + r.getY() + "," + r.getWidth() + "," + r.getHeight();
        } else {
            text = String.valueOf(value);
        }
        synchronized (report) {
            report.setProperty(key, text);
        }
    }

    private static <T> T onSwing(java.util.function.Supplier<T> get) throws InterruptedException {
        AtomicReference<T> result = new AtomicReference<>();
        GuiLauncher.onSwing(() -> result.set(get.get()));
        return result.get();
    }

    /** Lets Swing lay out and paint what the last steps changed. */
    private static void settle() throws InterruptedException {
        for (int i = 0; i < 4; i++) {
            GuiLauncher.onSwing(() -> { });
            Thread.sleep(200);
        }
    }
}
