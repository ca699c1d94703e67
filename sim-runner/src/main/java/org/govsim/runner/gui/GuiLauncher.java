package org.govsim.runner.gui;

import java.awt.GraphicsEnvironment;
import java.awt.Rectangle;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.InvocationTargetException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import javax.swing.JFileChooser;
import javax.swing.JFrame;
import javax.swing.SwingUtilities;
import javax.swing.filechooser.FileNameExtensionFilter;
import sim.display.Console;

/** Opens MASON's Console on a {@link DistrictWithUI} and places its windows side by side on the screen. */
public final class GuiLauncher {
    private GuiLauncher() {
    }

    /** Opens the Console (on Swing's thread) with the map and charts, and returns it. */
    public static Console open(DistrictWithUI gui) throws InterruptedException {
        AtomicReference<Console> console = new AtomicReference<>();
        onSwing(() -> {
            Console c = withoutJava3dWarning(() -> new Console(gui));
            c.setIncrementSeedOnStop(false); // Stop then Play replays the same seed: a changed lever meets the same luck
            c.setNewMenuAllowed(false);      // MASON's "New Simulation" lists its demos, not scenarios
            c.setTitle("govsim: " + gui.title());
            arrange(c, gui.mapFrame(), gui.chartFrames());
            c.setVisible(true);
            console.set(c);
        });
        return console.get();
    }

    /** Asks for a scenario file, starting in ./scenarios when there is one; empty when the user cancels. */
    public static Optional<Path> chooseScenario() throws InterruptedException {
        AtomicReference<Path> chosen = new AtomicReference<>();
        onSwing(() -> {
            Path start = Files.isDirectory(Path.of("scenarios")) ? Path.of("scenarios") : Path.of(".");
            JFileChooser chooser = new JFileChooser(start.toAbsolutePath().toFile());
            chooser.setDialogTitle("govsim gui: choose a scenario");
            chooser.setFileFilter(new FileNameExtensionFilter("Scenarios (*.yaml, *.yml)", "yaml", "yml"));
            if (chooser.showOpenDialog(null) == JFileChooser.APPROVE_OPTION) {
                chosen.set(chooser.getSelectedFile().toPath());
            }
        });
        return Optional.ofNullable(chosen.get());
    }

    /** Console on the left, the map next to it, the charts in a grid on the rest of the screen. */
    static void arrange(JFrame console, JFrame map, List<JFrame> charts) {
        Rectangle screen = GraphicsEnvironment.getLocalGraphicsEnvironment().getMaximumWindowBounds();
        int consoleWidth = Math.min(520, (int) (screen.width * 0.27)); // room for the parameters' paths in the Model tab
        int consoleHeight = Math.min(screen.height, 720);
        int x = screen.x + consoleWidth;
        if (map != null) {
            map.pack();
            // a little slack, so that the display's scroll pane does not show scroll bars
            int w = Math.min(map.getWidth() + 24, screen.width - consoleWidth);
            int h = Math.min(map.getHeight() + 24, screen.height);
            map.setBounds(x, screen.y, w, h);
            consoleHeight = Math.max(consoleHeight, h);
            x += w;
        }
        console.setBounds(screen.x, screen.y, consoleWidth, consoleHeight);
        if (charts.isEmpty()) {
            return;
        }
        int room = screen.x + screen.width - x;
        if (room < 320) { // no room beside the map: stack the charts over the right-hand side
            for (int i = 0; i < charts.size(); i++) {
                charts.get(i).setBounds(screen.x + screen.width - 480 - 24 * i, screen.y + 24 * i, 480, 360);
            }
            return;
        }
        int columns = room >= 2 * 320 ? 2 : 1;
        int rows = (charts.size() + columns - 1) / columns;
        int w = room / columns;
        // MASON draws a chart 1.5 times as wide as high, under a row of settings
        int h = Math.min(screen.height / rows, (int) ((w - 20) / 1.5) + 44);
        for (int i = 0; i < charts.size(); i++) {
            charts.get(i).setBounds(x + (i % columns) * w, screen.y + (i / columns) * h, w, h);
        }
        console.setSize(consoleWidth, Math.max(consoleHeight, Math.min(screen.height, rows * h)));
    }

    /**
     * Builds something while MASON loads its list of demo simulations, dropping the warning it prints when the
     * (unused, excluded) Java3D demos cannot load; anything else it prints passes through.
     */
    private static <T> T withoutJava3dWarning(Supplier<T> build) {
        PrintStream err = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            return build.get();
        } finally {
            System.setErr(err);
            for (String line : captured.toString(StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("WARNING: Not all classes loaded")) {
                    err.println(line);
                }
            }
        }
    }

    static void onSwing(Runnable r) throws InterruptedException {
        if (SwingUtilities.isEventDispatchThread()) {
            r.run();
            return;
        }
        try {
            SwingUtilities.invokeAndWait(r);
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        }
    }
}
