package org.govsim.runner.gui;

import java.awt.Component;
import java.awt.Container;
import java.awt.GraphicsEnvironment;
import java.awt.Rectangle;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.InvocationTargetException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import javax.swing.JFileChooser;
import javax.swing.JFrame;
import javax.swing.JTabbedPane;
import javax.swing.SwingUtilities;
import javax.swing.filechooser.FileNameExtensionFilter;
import sim.display.Console;

/** Opens MASON's Console on a {@link DistrictWithUI} and places its windows side by side on the screen ({@link WindowPlan}). */
public final class GuiLauncher {
    /** The Console's width when its tabs cannot be measured, pixels. */
    private static final int CONSOLE_WIDTH = 440;

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
            DayClock.install(c);
            arrange(c, gui.mapFrame(), gui.chartFrame());
            showModelTab(c); // the levers, rather than MASON's About page
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

    /** The Console on the left, the map next to it, the charts on the right: {@link WindowPlan}. */
    static WindowPlan arrange(JFrame console, JFrame map, JFrame charts) {
        Rectangle screen = GraphicsEnvironment.getLocalGraphicsEnvironment().getMaximumWindowBounds();
        WindowPlan plan = WindowPlan.of(screen, widthForOneRowOfTabs(console, screen.height));
        console.setBounds(plan.console());
        if (map != null) {
            map.setBounds(plan.map());
            map.validate();
        }
        if (charts != null) {
            charts.setBounds(plan.charts());
            charts.validate();
        }
        console.validate();
        return plan;
    }

    /** Selects the Console's Model tab. */
    static void showModelTab(JFrame console) {
        JTabbedPane tabs = find(console.getContentPane(), JTabbedPane.class);
        if (tabs != null && tabs.indexOfTab("Model") >= 0) {
            tabs.setSelectedIndex(tabs.indexOfTab("Model"));
        }
    }

    /** The Console's tabs (About, Console, Displays, Inspectors, Model), or null. */
    static JTabbedPane consoleTabs(JFrame console) {
        return find(console.getContentPane(), JTabbedPane.class);
    }

    /** The narrowest width at which the Console shows its tabs in one row (MASON wraps them onto two). */
    static int widthForOneRowOfTabs(JFrame console, int height) {
        JTabbedPane tabs = find(console.getContentPane(), JTabbedPane.class);
        if (tabs == null) {
            return CONSOLE_WIDTH;
        }
        if (!console.isDisplayable()) {
            console.pack(); // a window lays out its components only once it is displayable
        }
        for (int w = 360; w <= 720; w += 10) {
            console.setSize(w, height);
            console.validate();
            if (tabs.getTabRunCount() <= 1) {
                return w + 10; // a little slack: a font that renders a pixel wider must not wrap them again
            }
        }
        return 720;
    }

    private static <T> T find(Container root, Class<T> type) {
        for (Component c : root.getComponents()) {
            if (type.isInstance(c)) {
                return type.cast(c);
            }
            if (c instanceof Container inner) {
                T found = find(inner, type);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
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
