package org.govsim.runner.gui;

import org.govsim.model.ModelCatalog;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.awt.geom.Rectangle2D;
import java.io.File;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import javax.swing.JComboBox;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.SwingUtilities;
import org.govsim.model.District;
import org.govsim.model.param.ParamCatalog;
import org.govsim.model.param.ParamValues;
import org.govsim.runner.output.CheckpointReader;
import sim.display.Controller;
import sim.display.Display2D;
import sim.display.GUIState;
import sim.engine.SimState;
import sim.engine.Steppable;
import sim.portrayal.Inspector;
import sim.portrayal.SimpleInspector;

/**
 * The MASON GUI of a {@link District} (HeatBugs' {@code HeatBugsWithUI}): the district map, the live charts,
 * and the parameters of the next run in the Console's Model tab. It builds the district the way a headless
 * replication does, from the parameters and the Console's seed, and only reads it, so the same parameters and
 * seed give the same figures in the GUI and in {@code govsim run}.
 *
 * <p>One Console step is one simulated day: the model's events of the day run, then the GUI's own steppables
 * (the map, the charts, inspectors) once. The run stops at the end of the observed window, as a headless run
 * does. A run saved from the Console's File menu (a MASON checkpoint) can be reopened there or with
 * {@code govsim gui --checkpoint FILE}, and continues exactly as it would have.
 */
public class DistrictWithUI extends GUIState {
    /** Width of the map display at scale 1, pixels. */
    static final double DISPLAY_WIDTH = 640;
    /** Height of the legend band under the map at scale 1, pixels. */
    static final double LEGEND_HEIGHT = 64;
    /** Height of the map display at scale 1: the map at its aspect ratio, and the legend band under it. */
    static final double DISPLAY_HEIGHT = DISPLAY_WIDTH / MapLayout.ASPECT + LEGEND_HEIGHT;

    private final ParameterSheet sheet;
    private String title;
    private District pending;
    private DistrictFigures figures;
    private Display2D display;
    private JFrame displayFrame;
    private DistrictMapPortrayal map;
    private DistrictCharts charts;

    /** MASON's convention: a GUI on every default parameter (replication 0 of base seed 1). */
    public DistrictWithUI() {
        this(GuiRun.defaults());
    }

    public DistrictWithUI(GuiRun run) {
        super(run.newDistrict());
        this.title = run.title();
        this.sheet = new ParameterSheet(run.values());
    }

    /** A GUI that continues a saved district when Play is first pressed (later Plays start fresh runs of its parameters). */
    public static DistrictWithUI resuming(District saved, String title) {
        GuiDistrict d = (GuiDistrict) saved;
        DistrictWithUI gui = new DistrictWithUI(new GuiRun(title, d.values(), saved.seed()));
        gui.pending = saved;
        return gui;
    }

    public static String getName() {
        return "govsim: residential compound governance";
    }

    public static Object getInfo() {
        return "<html><body style='font-family:sans-serif'><h2>govsim</h2>"
                + "<p>A district of communities and compounds whose households raise issues that the property company, "
                + "grid workers, party branches, communities and departments settle, or fail to.</p>"
                + "<p><b>Map</b>: each outlined block is a community, each tile in it a compound (area by households), coloured by the "
                + "figure chosen in <i>Colour by</i>: green where things go well, red where they do not. Dots mark a party "
                + "branch, a deliberation hall and advisors. Click a compound to inspect it; any number in an inspector can "
                + "be charted from its menu.</p>"
                + "<p><b>Charts</b>: the run's monthly figures, as timeseries.csv has them (after the shaded burn-in), and the "
                + "ages of open issues.</p>"
                + "<p><b>Model tab</b>: live figures, then every parameter of the <i>next</i> run, with its allowed range. "
                + "Change a lever, press Stop and Play: the same seed meets the same luck, so the difference is the lever's.</p>"
                + "<p>One step is one simulated day. File &gt; Save keeps the run in a checkpoint to reopen later.</p>"
                + "</body></html>";
    }

    /** The district being watched. */
    public District district() {
        return (District) state;
    }

    /** The figures of the last simulated day, or null before a run starts. */
    public DistrictFigures figures() {
        return figures;
    }

    /** The parameters the next Play will use. */
    public ParamValues nextParameters() {
        return sheet.values();
    }

    /** Changes a parameter of the next run, as the Model tab does; false when the value is not allowed. */
    public boolean setNextParameter(String path, Object value) {
        return sheet.set(path, value);
    }

    public String title() {
        return title;
    }

    // ---------------------------------------------------------------- windows

    @Override
    public void init(Controller controller) {
        super.init(controller);
        try {
            buildMap(controller);
            charts = new DistrictCharts(this);
        } catch (RuntimeException | Error e) {
            GuiLog.error("the GUI's windows could not be built", e);
            throw e;
        }
    }

    private void buildMap(Controller controller) {
        display = new Display2D(DISPLAY_WIDTH, DISPLAY_HEIGHT, this);
        display.setBackdrop(DistrictMapPortrayal.BACKGROUND);
        map = new DistrictMapPortrayal(DISPLAY_WIDTH, LEGEND_HEIGHT, CompoundMarker.standard());
        display.attach(map, "District map");

        JComboBox<MapMetric> colourBy = new JComboBox<>(MapMetric.values());
        colourBy.setToolTipText("What the compounds' colours show");
        colourBy.addActionListener(e -> {
            map.setMetric((MapMetric) colourBy.getSelectedItem());
            display.repaint();
        });
        display.header.add(new JLabel("  Colour by "));
        display.header.add(colourBy);

        // MASON inspects on a double click; a single click on a compound should be enough
        display.insideDisplay.addMouseListener(new MouseAdapter() {
            @Override
            public void mouseClicked(MouseEvent e) {
                if (e.getClickCount() == 1 && SwingUtilities.isLeftMouseButton(e)) {
                    display.createInspectors(new Rectangle2D.Double(e.getX(), e.getY(), 1, 1), DistrictWithUI.this);
                }
            }
        });

        displayFrame = display.createFrame();
        displayFrame.setTitle("District map");
        controller.registerFrame(displayFrame);
        displayFrame.setVisible(true);
    }

    @Override
    public void quit() {
        super.quit();
        if (displayFrame != null) {
            displayFrame.dispose();
        }
        if (charts != null) {
            charts.dispose();
        }
        displayFrame = null;
        display = null;
        charts = null;
    }

    /** The map window (null without init). */
    public JFrame mapFrame() {
        return displayFrame;
    }

    /** The chart windows (empty without init). */
    public List<JFrame> chartFrames() {
        return charts == null ? List.of() : charts.frames();
    }

    /** Writes the map as the display shows it now to a PNG file (MASON's snapshot). Call on Swing's thread. */
    public void snapshotMap(File file) throws IOException {
        synchronized (state.schedule) {
            display.takeSnapshot(file, Display2D.TYPE_PNG);
        }
    }

    // ---------------------------------------------------------------- runs

    @Override
    public void start() {
        try {
            if (pending != null) {
                District saved = pending;
                pending = null;
                load(saved); // continue the saved run; the Console has just reseeded only the placeholder
                return;
            }
            // a new run of the sheet's parameters on the seed the Console has just set
            state = GuiRun.build(state.seed(), sheet.values(), title);
            super.start();
            watch();
        } catch (RuntimeException | Error e) {
            GuiLog.error("the run could not start", e);
            throw e;
        }
    }

    @Override
    public void load(SimState saved) {
        try {
            super.load(saved);
            District d = district();
            sheet.reset(((GuiDistrict) d).values());
            watch();
        } catch (RuntimeException | Error e) {
            GuiLog.error("the saved run could not be opened", e);
            throw e;
        }
    }

    /** File &gt; Open: the checkpoint is read through govsim's filter (MASON's own reader would build any class it names). */
    @Override
    public boolean readNewStateFromCheckpoint(File file) throws Exception {
        SimState saved = CheckpointReader.read(file.toPath());
        if (!validSimState(saved)) {
            return false;
        }
        finish();
        load(saved);
        return true;
    }

    @Override
    public boolean validSimState(SimState candidate) {
        return candidate instanceof GuiDistrict;
    }

    /** Starts watching the district in {@code state}: figures, map, charts, and a refresh after every day. */
    private void watch() {
        District d = district();
        OpenIssueRegister register = new OpenIssueRegister();
        d.pipeline().watch(register);
        figures = new DistrictFigures(d, register);
        figures.refresh();
        scheduleRepeatingImmediatelyAfter(new DayEnd());
        if (map != null) {
            map.show(figures, MapLayout.of(d.compounds()), title);
            display.reset();
            display.repaint();
        }
        if (charts != null) {
            charts.reset(d.metrics().months(), d.config().core().run().burnInDays(), d.config().core().run().endDay());
        }
    }

    /** After each simulated day: refresh the figures the map, inspectors and charts read. */
    private final class DayEnd implements Steppable {
        private static final long serialVersionUID = 1L;

        @Override
        public void step(SimState s) {
            if (figures == null || figures.district() != s) {
                return;
            }
            figures.refresh();
            if (charts != null) {
                charts.update(district(), figures);
            }
        }
    }

    /**
     * Runs one simulated day: the GUI's before-steppables, the model's events up to the first time stamp at or
     * after the next midnight, then the GUI's after-steppables (as {@link GUIState#step()} does for one time
     * stamp). The model sees the same sequence of {@code schedule.step} calls as {@link District#advanceToEnd()}
     * makes, and stops where it stops. Returns false when the run has ended.
     */
    @Override
    public boolean step() {
        District d = district();
        try {
            synchronized (d.schedule) {
                if (d.hasEnded()) {
                    return false;
                }
                double dayEnd = Math.floor(Math.max(0, d.schedule.getTime())) + 1;
                runQueued(false);
                boolean more;
                do {
                    more = d.schedule.step(d);
                } while (more && !d.hasEnded() && d.schedule.getTime() < dayEnd);
                runQueued(true);
                return more && !d.hasEnded();
            }
        } catch (RuntimeException | Error e) {
            GuiLog.error("the run stopped at day " + d.schedule.getTime(), e);
            return false;
        }
    }

    /** Runs (and clears) the steppables queued before or after the next step, as GUIState.step does. */
    private void runQueued(boolean afterStep) {
        Steppable[] queued = afterStep ? Arrays.copyOf(after, afterSize) : Arrays.copyOf(before, beforeSize);
        if (afterStep) {
            afterSize = 0;
        } else {
            beforeSize = 0;
        }
        for (Steppable s : queued) {
            s.step(state); // repeating steppables queue themselves again
        }
    }

    // ---------------------------------------------------------------- Model tab

    @Override
    public Inspector getInspector() {
        Inspector inspector = new SimpleInspector(ParameterProperties.of(sheet, () -> figures), this,
                "Live figures, then the parameters of the next run (applied at Play)", getMaximumPropertiesForInspector());
        inspector.setVolatile(true);
        return inspector;
    }

    @Override
    public int getMaximumPropertiesForInspector() {
        return ModelCatalog.parameters().all().size() + 16; // one page: every parameter and the live figures
    }
}
