package org.govsim.runner.gui;

import java.awt.AWTException;
import java.awt.Frame;
import java.awt.GraphicsEnvironment;
import java.awt.Rectangle;
import java.awt.Robot;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import javax.imageio.ImageIO;
import sim.display.Console;

/**
 * Presses the Console's buttons for a script or a test: play until a simulated day, then save the map (MASON's
 * PNG snapshot of the display) and a picture of the whole screen.
 */
public final class Autopilot {
    private Autopilot() {
    }

    /**
     * Plays until the first day at or after {@code days} (or the end of the run) and pauses there.
     *
     * @throws IllegalStateException when the run has not got there within {@code timeout}
     */
    public static void playUntil(Console console, double days, Duration timeout) throws InterruptedException {
        GuiLauncher.onSwing(() -> {
            console.setWhenShouldPauseTime(days);
            console.pressPlay();
        });
        long deadline = System.nanoTime() + timeout.toNanos();
        while (console.getPlayState() == Console.PS_PLAYING) {
            if (System.nanoTime() > deadline) {
                GuiLauncher.onSwing(console::pressPause);
                throw new IllegalStateException("the GUI did not reach day " + days + " within " + timeout.toSeconds()
                        + " s (it is at day " + console.getSimulation().state.schedule.getTime() + ")");
            }
            Thread.sleep(50);
        }
        settle();
    }

    /** Lets Swing finish the repaints and chart updates the last steps queued. */
    private static void settle() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            GuiLauncher.onSwing(() -> { });
            Thread.sleep(150);
        }
    }

    /** Saves the map display as a PNG (Display2D's own snapshot). */
    public static void snapshotMap(DistrictWithUI gui, Path file) throws InterruptedException, IOException {
        AtomicReference<IOException> failure = new AtomicReference<>();
        GuiLauncher.onSwing(() -> {
            try {
                gui.snapshotMap(file.toFile());
            } catch (IOException e) {
                failure.set(e);
            }
        });
        if (failure.get() != null) {
            throw failure.get();
        }
    }

    /** Saves a picture of the screen as a PNG: the part the GUI's windows cover. */
    public static void screenshot(Path file) throws IOException, InterruptedException {
        settle();
        AtomicReference<Rectangle> area = new AtomicReference<>();
        GuiLauncher.onSwing(() -> {
            Rectangle union = null;
            for (Frame frame : Frame.getFrames()) {
                if (frame.isShowing()) {
                    union = union == null ? frame.getBounds() : union.union(frame.getBounds());
                }
            }
            Rectangle screen = GraphicsEnvironment.getLocalGraphicsEnvironment().getDefaultScreenDevice()
                    .getDefaultConfiguration().getBounds();
            area.set(union == null ? screen : union.intersection(screen));
        });
        try {
            BufferedImage image = new Robot().createScreenCapture(area.get());
            if (!ImageIO.write(image, "png", file.toFile())) {
                throw new IOException("no PNG writer");
            }
        } catch (AWTException e) {
            throw new IOException("the screen cannot be captured: " + e.getMessage(), e);
        }
    }
}
