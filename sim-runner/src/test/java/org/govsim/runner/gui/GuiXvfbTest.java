package org.govsim.runner.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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

/**
 * The real GUI on a virtual X display: {@code govsim gui} opens MASON's Console on the baseline (40 compounds,
 * for speed), plays a simulated month, and saves MASON's snapshot of the map, in which the compounds show more
 * than one colour. The test starts its own Xvfb and runs the command in a separate JVM with DISPLAY set, so it
 * runs under {@code mvn verify} like any other test; where Xvfb is not installed it is skipped, saying so.
 */
class GuiXvfbTest {
    private static final List<String> SMALL = List.of("--set", "district.compounds=40");

    @TempDir
    Path tmp;

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void theConsoleOpensOnTheBaselineRunsAMonthAndTheMapShowsCompoundsInSeveralColours() throws Exception {
        Path xvfb = onPath("Xvfb");
        Assumptions.assumeTrue(xvfb != null,
                "Xvfb is not installed (Debian: apt-get install xvfb xauth): the GUI test under a virtual display is skipped");
        Path map = tmp.resolve("map.png");
        try (VirtualDisplay display = VirtualDisplay.start(xvfb)) {
            List<String> args = new ArrayList<>(List.of("gui", GuiFixtures.baselineFile().toString()));
            args.addAll(SMALL);
            args.addAll(List.of("--autoplay", "30", "--snapshot", map.toString()));
            Child child = runGovsim(display.name(), args);
            assertEquals(0, child.exitCode(), "govsim gui failed:\n" + child.err());
            Matcher day = Pattern.compile("saved at day (\\d+)").matcher(child.out());
            assertTrue(day.find(), child.out());
            assertTrue(Integer.parseInt(day.group(1)) >= 30, "at least a simulated month: " + child.out());
        }

        BufferedImage image = ImageIO.read(map.toFile());
        // the district the GUI built: replication 0 of base seed 1 of the same scenario, built again here
        Scenario scenario = new ScenarioLoader().load(GuiFixtures.baselineFile())
                .withOverrides(List.of("district.compounds=40"));
        District district = GuiRun.replication(scenario, 1, 0).newDistrict();
        district.start();
        MapLayout layout = MapLayout.of(district.compounds());
        assertEquals((int) DistrictWithUI.DISPLAY_WIDTH, image.getWidth(), "the snapshot is the whole display");
        assertEquals((int) DistrictWithUI.DISPLAY_HEIGHT, image.getHeight(), "the snapshot is the whole display");

        double[] at = DistrictMapPortrayal.placement(layout, new Rectangle2D.Double(0, 0, image.getWidth(), image.getHeight()),
                DistrictWithUI.DISPLAY_WIDTH, DistrictWithUI.LEGEND_HEIGHT);
        Set<String> colours = new TreeSet<>();
        int background = DistrictMapPortrayal.BACKGROUND.getRGB() & 0xFFFFFF;
        for (int c = 0; c < layout.compounds(); c++) {
            Rectangle2D.Double tile = layout.tile(c);
            int x = (int) Math.round(at[0] + (tile.x + tile.width / 2) * at[2]);
            int y = (int) Math.round(at[1] + (tile.y + tile.height / 2) * at[2]);
            int rgb = image.getRGB(x, y) & 0xFFFFFF;
            assertFalse(rgb == background, "compound " + c + "'s tile is drawn at (" + x + ", " + y + ")");
            colours.add(String.format("#%06x", rgb));
        }
        assertTrue(colours.size() > 1, "the compounds show more than one colour: " + colours);
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

    /** Runs {@code govsim ARGS} in a new JVM on the test's class path, with DISPLAY set, within a minute and a half. */
    private Child runGovsim(String display, List<String> args) throws IOException, InterruptedException {
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=false", "-cp", classPath, "org.govsim.runner.cli.GovsimCommand"));
        command.addAll(args);
        Path out = tmp.resolve("gui.out");
        Path err = tmp.resolve("gui.err");
        ProcessBuilder pb = new ProcessBuilder(command).directory(tmp.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile());
        pb.environment().put("DISPLAY", display);
        Process p = pb.start();
        if (!p.waitFor(90, TimeUnit.SECONDS)) {
            p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            fail("govsim gui did not finish within 90 s:\n" + Files.readString(err));
        }
        return new Child(p.exitValue(), Files.readString(out), Files.readString(err));
    }

    /** An Xvfb server on a free display number (Xvfb picks it and reports it), stopped on close. */
    private record VirtualDisplay(Process process, String name) implements AutoCloseable {

        static VirtualDisplay start(Path xvfb) throws IOException, InterruptedException {
            Process p = new ProcessBuilder(xvfb.toString(), "-displayfd", "1", "-screen", "0", "1600x1000x24", "-nolisten", "tcp")
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
