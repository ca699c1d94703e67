package org.govsim.runner.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.awt.Rectangle;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.govsim.model.District;
import org.govsim.runner.scenario.Scenario;
import org.govsim.runner.scenario.ScenarioLoader;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The real GUI on a virtual X display of a laptop's size. Each test starts its own Xvfb and runs the GUI in a
 * separate JVM with DISPLAY set, so it runs under {@code mvn verify} like any other test; where Xvfb is not
 * installed it is skipped, saying so. Without a window manager a window's bounds are its frame's, so "not
 * covered" is checked on the bounds the GUI gave its windows.
 */
class GuiXvfbTest {
    private static final String SMALL = "district.compounds=40";

    @TempDir
    Path tmp;

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void theConsoleOpensOnTheBaselineRunsAMonthAndTheMapShowsCompoundsInSeveralColours() throws Exception {
        Path map = tmp.resolve("map.png");
        try (VirtualDisplay display = VirtualDisplay.start(xvfbOrSkip(), "1366x768x24")) {
            Child child = run(display.name(), List.of("org.govsim.runner.cli.GovsimCommand", "gui",
                    GuiFixtures.baselineFile().toString(), "--set", SMALL, "--autoplay", "30", "--snapshot", map.toString()));
            assertEquals(0, child.exitCode(), "govsim gui failed:\n" + child.err());
            Matcher day = Pattern.compile("saved at day (\\d+)").matcher(child.out());
            assertTrue(day.find(), child.out());
            assertTrue(Integer.parseInt(day.group(1)) >= 30, "at least a simulated month: " + child.out());
        }
        BufferedImage image = ImageIO.read(map.toFile());
        Set<String> colours = tileColours(image);
        assertTrue(colours.size() > 1, "the compounds show more than one colour: " + colours);
    }

    /**
     * The colour at the centre of every compound's tile in a snapshot of the map (the whole display at zoom 1:
     * the map laid out for the display's shape above the legend band).
     */
    private static Set<String> tileColours(BufferedImage image) throws Exception {
        Scenario scenario = new ScenarioLoader().load(GuiFixtures.baselineFile()).withOverrides(List.of(SMALL));
        District district = GuiRun.replication(scenario, 1, 0).newDistrict();
        district.start();
        double aspect = image.getWidth() / (image.getHeight() - MapLegend.HEIGHT);
        MapLayout layout = MapLayout.of(district.compounds(), aspect);
        double[] at = DistrictMapPortrayal.placement(layout, new Rectangle2D.Double(0, 0, image.getWidth(), image.getHeight()),
                MapLegend.HEIGHT);
        Set<String> colours = new TreeSet<>();
        int background = DistrictMapPortrayal.BACKGROUND.getRGB() & 0xFFFFFF;
        for (int c = 0; c < layout.compounds(); c++) {
            Rectangle2D.Double tile = layout.tile(c);
            int x = (int) Math.round(at[0] + (tile.x + tile.width / 2) * at[2]);
            int y = (int) Math.round(at[1] + (tile.y + tile.height * 0.75) * at[2]); // below the markers
            int rgb = image.getRGB(x, y) & 0xFFFFFF;
            assertFalse(rgb == background, "compound " + c + "'s tile is drawn at (" + x + ", " + y + ")");
            colours.add(String.format("#%06x", rgb));
        }
        return colours;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"1366x768x24", "1600x900x24"})
    @Timeout(value = 180, unit = TimeUnit.SECONDS)
    void onALaptopScreenNoWindowCoversTheMapAndEveryChartShowsItsAxesWhole(String screen) throws Exception {
        Path out = tmp.resolve("probe");
        try (VirtualDisplay display = VirtualDisplay.start(xvfbOrSkip(), screen)) {
            Child child = run(display.name(), List.of(GuiProbe.class.getName(), out.toString(),
                    GuiFixtures.baselineFile().toString(), "120", SMALL, "run.burnInDays=60"));
            assertEquals(0, child.exitCode(), "the probe failed:\n" + child.err());
        }
        Properties r = new Properties();
        try (InputStream in = Files.newInputStream(out.resolve("report.properties"))) {
            r.load(in);
        }
        Rectangle screenBounds = rect(r, "screen");
        String[] size = screen.split("x");
        assertEquals(new Rectangle(0, 0, Integer.parseInt(size[0]), Integer.parseInt(size[1])), screenBounds);

        for (String stage : List.of("before", "played", "replayed")) {
            Rectangle console = rect(r, stage + ".console");
            Rectangle map = rect(r, stage + ".map");
            Rectangle charts = rect(r, stage + ".charts");
            for (Rectangle w : List.of(console, map, charts)) {
                assertTrue(screenBounds.contains(w), stage + ": " + w + " lies on the screen");
            }
            assertFalse(map.intersects(console) || map.intersects(charts), stage + ": nothing covers the map " + map
                    + " (Console " + console + ", charts " + charts + ")");
            assertEquals("1", r.getProperty(stage + ".consoleTabRuns"), stage + ": the Console's tabs in one row");
            assertEquals("Model", r.getProperty(stage + ".consoleTab"), "the Console opens on the levers");
            checkCharts(r, stage);
            assertEquals("false", r.getProperty(stage + ".modelTab.horizontalScroll"), "the Model tab never scrolls sideways");
            assertEquals("0", r.getProperty(stage + ".modelTab.editorsOutside"), stage + ": every value's editor is in view");
            assertTrue(Integer.parseInt(r.getProperty(stage + ".modelTab.labelsShown")) > 20, "the Model tab shows its rows");
            assertTrue(r.getProperty(stage + ".title").contains("baseline"), r.getProperty(stage + ".title"));
        }
        // the Model tab's names at the Console's width: a long one may be cut (the tooltip has it), most are whole
        String cut = r.getProperty("played.modelTab.labelsCut");
        int shown = Integer.parseInt(r.getProperty("played.modelTab.labelsShown"));
        int cutCount = cut.isEmpty() ? 0 : cut.split("\\|").length;
        assertTrue(cutCount * 5 <= shown, cutCount + " of " + shown + " names cut short: " + cut);

        assertEquals("0.0", r.getProperty("before.figuresDay"), "before Play the map shows the run's day 0");
        assertTrue(tileColours(ImageIO.read(out.resolve("before-map.png").toFile())).size() >= 1, "and draws every tile");
        assertTrue(r.getProperty("played.clock").matches("day 1[2-9]\\d"), "the clock reads as a day: " + r.getProperty("played.clock"));
        for (int i = 0; i < 5; i++) {
            assertEquals("false", r.getProperty("played.line." + i + ".previous"), "the first run has no previous run");
            assertEquals("true", r.getProperty("replayed.line." + i + ".previous"), "after Stop and Play, chart " + i
                    + " keeps the first run, faint");
            assertTrue(Integer.parseInt(r.getProperty("replayed.line." + i + ".points")) > 0, "and draws the new one");
        }
        assertEquals("true", r.getProperty("lever.accepted"));
    }

    @Test
    @Timeout(value = 150, unit = TimeUnit.SECONDS)
    void aReopenedCheckpointIsDrawnBeforePlayUnderItsScenariosNameAndPlayContinuesIt() throws Exception {
        Scenario scenario = new ScenarioLoader().load(GuiFixtures.baselineFile())
                .withOverrides(List.of(SMALL, "run.burnInDays=30"));
        District saved = GuiRun.replication(scenario, 1, 0).newDistrict();
        saved.start();
        while (saved.schedule.getTime() < 90) {
            saved.schedule.step(saved);
        }
        Path file = tmp.resolve("day90.checkpoint");
        try (java.io.OutputStream o = Files.newOutputStream(file)) {
            saved.writeToCheckpoint(o);
        }
        Path out = tmp.resolve("probe");
        try (VirtualDisplay display = VirtualDisplay.start(xvfbOrSkip(), "1366x768x24")) {
            Child child = run(display.name(), List.of(GuiProbe.class.getName(), out.toString(), file.toString(), "120"));
            assertEquals(0, child.exitCode(), "the probe failed:\n" + child.err());
        }
        Properties r = new Properties();
        try (InputStream in = Files.newInputStream(out.resolve("report.properties"))) {
            r.load(in);
        }
        assertTrue(Double.parseDouble(r.getProperty("before.figuresDay")) >= 90, "before Play: the saved day, "
                + r.getProperty("before.figuresDay"));
        assertTrue(Integer.parseInt(r.getProperty("before.line.0.points")) >= 2, "and the months it had recorded, in the charts");
        String title = r.getProperty("before.title");
        assertTrue(title.contains("baseline, replication 0, saved at day 90"), "the scenario's name, kept in the checkpoint: " + title);
        assertTrue(Double.parseDouble(r.getProperty("played.figuresDay")) >= 120, "Play continues the saved run");
        assertEquals("false", r.getProperty("played.line.0.previous"), "continuing is not a new run: no faint line");
        assertTrue(Integer.parseInt(r.getProperty("played.line.0.points")) > Integer.parseInt(r.getProperty("before.line.0.points")));
    }

    /** Each chart the probe saw: its panel inside its window, unscaled, its plot and axes inside the panel, a plot of some size. */
    private static void checkCharts(Properties r, String stage) {
        int seen = 0;
        for (int i = 0; i < 6; i++) {
            String key = stage + ".chart." + i;
            if (r.getProperty(key + ".panel") == null) {
                continue;
            }
            seen++;
            String title = r.getProperty(key + ".title");
            Rectangle panel = rect(r, key + ".panel");
            Rectangle content = rect(r, key + ".content");
            assertTrue(content.contains(panel), stage + ", " + title + ": the chart " + panel + " inside its window " + content);
            assertEquals(new Rectangle(0, 0, panel.width, panel.height), rect(r, key + ".visible"), title + ": all of it in view");
            assertEquals("1.0", r.getProperty(key + ".scaleX"), title + ": drawn at its size, not scaled");
            Rectangle2D plot = rect2d(r, key + ".plot");
            Rectangle2D data = rect2d(r, key + ".data");
            Rectangle2D whole = new Rectangle2D.Double(0, 0, panel.width, panel.height);
            assertTrue(whole.contains(plot), stage + ", " + title + ": the plot and its axes " + plot + " inside the chart " + whole);
            assertTrue(plot.contains(data), title);
            assertTrue(data.getWidth() >= 250 && data.getHeight() >= 150, stage + ", " + title + ": a plot of at least 250 by 150, not "
                    + data.getWidth() + " by " + data.getHeight());
        }
        assertEquals(6, seen, stage + ": every chart was shown on one page or another");
    }

    private static Rectangle rect(Properties r, String key) {
        String v = r.getProperty(key);
        assertTrue(v != null, "the probe reported " + key);
        String[] p = v.split(",");
        return new Rectangle(Integer.parseInt(p[0]), Integer.parseInt(p[1]), Integer.parseInt(p[2]), Integer.parseInt(p[3]));
    }

    private static Rectangle2D rect2d(Properties r, String key) {
        String v = r.getProperty(key);
        assertTrue(v != null, "the probe reported " + key);
        String[] p = v.split(",");
        return new Rectangle2D.Double(Double.parseDouble(p[0]), Double.parseDouble(p[1]), Double.parseDouble(p[2]),
                Double.parseDouble(p[3]));
    }

    private static Path xvfbOrSkip() {
        Path xvfb = onPath("Xvfb");
        Assumptions.assumeTrue(xvfb != null,
                "Xvfb is not installed (Debian: apt-get install xvfb xauth): the GUI tests under a virtual display are skipped");
        return xvfb;
    }

    private static Path onPath(String program) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path p = Path.of(dir, program);
            if (!dir.isEmpty() && Files.isExecutable(p)) {
                return p;
            }
        }
        return null;
    }

    private record Child(int exitCode, String out, String err) {
    }

    /** Runs a main class in a new JVM on the test's class path, with DISPLAY set, within two minutes. */
    private Child run(String display, List<String> mainAndArgs) throws IOException, InterruptedException {
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=false", "-cp", classPath));
        command.addAll(mainAndArgs);
        Path out = Files.createTempFile(tmp, "gui", ".out");
        Path err = Files.createTempFile(tmp, "gui", ".err");
        ProcessBuilder pb = new ProcessBuilder(command).directory(tmp.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile());
        pb.environment().put("DISPLAY", display);
        Process p = pb.start();
        if (!p.waitFor(150, TimeUnit.SECONDS)) {
            p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            fail("the GUI did not finish within 150 s:\n" + Files.readString(err));
        }
        return new Child(p.exitValue(), Files.readString(out), Files.readString(err));
    }

    /** An Xvfb server of a given screen on a free display number (Xvfb picks it and reports it), stopped on close. */
    private record VirtualDisplay(Process process, String name) implements AutoCloseable {

        static VirtualDisplay start(Path xvfb, String screen) throws IOException, InterruptedException {
            Process p = new ProcessBuilder(xvfb.toString(), "-displayfd", "1", "-screen", "0", screen, "-nolisten", "tcp")
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            CompletableFuture<String> number = CompletableFuture.supplyAsync(() -> {
                try {
                    return new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.US_ASCII)).readLine();
                } catch (IOException e) {
                    return null;
                }
            });
            try {
                String n = number.get(15, TimeUnit.SECONDS);
                if (n == null || !n.trim().matches("\\d+")) {
                    throw new IllegalStateException("Xvfb did not start (it printed " + n + ")");
                }
                return new VirtualDisplay(p, ":" + n.trim());
            } catch (ExecutionException | TimeoutException e) {
                p.destroyForcibly();
                throw new IllegalStateException("Xvfb did not report its display within 15 s", e);
            }
        }

        @Override
        public void close() throws InterruptedException {
            process.destroy();
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }
}
