package org.govsim.runner.gui;

import java.io.File;
import java.io.IOException;
import java.util.Arrays;
import javax.swing.JFrame;
import javax.swing.SwingUtilities;
import org.govsim.model.District;
import org.govsim.model.param.ParamValues;
import org.govsim.runner.output.CheckpointReader;
import sim.display.Controller;
import sim.display.GUIState;
import sim.engine.SimState;
import sim.engine.Steppable;
import sim.portrayal.Inspector;

/**
 * The MASON GUI of a {@link District} (HeatBugs' {@code HeatBugsWithUI}): the district map, the live charts,
 * and the parameters of the next run in the Console's Model tab. It builds the district the way a headless
 * replication does, from the parameters and the Console's seed, and only reads it, so the same parameters and
 * seed give the same figures in the GUI and in {@code govsim run}.
 *
 * <p>Before Play the map shows the district the first Play will start (built with the same seed, so it is
 * that district at day 0) or the reopened checkpoint as it was saved, with the checkpoint's charts so far. A
 * district the GUI builds keeps its parameters and title ({@link GuiDistrict}), so a checkpoint reopens with
 * its Model tab and its scenario's name.
 *
 * <p>One Console step is one simulated day: the model's events of the day run, then the GUI's own steppables
 * (the map, the charts, inspectors) once. The run stops at the end of the observed window, as a headless run
 * does. A run saved from the Console's File menu (a MASON checkpoint) can be reopened there or with
 * {@code govsim gui --checkpoint FILE}, and continues exactly as it would have.
 */
public class DistrictWithUI extends GUIState {
    private final ParameterSheet sheet;
    private volatile String title;
    private District pending;
    private volatile DistrictFigures figures;
    private MapWindow map;
    private ChartBoard charts;
    /** a replayed batch run: what it must end as, its parameters and seed; the verdict is said once per run */
    private final GuiRun replay;
    private boolean replayJudged;

    /** MASON's convention: a GUI on every default parameter (replication 0 of base seed 1). */
    public DistrictWithUI() {
        this(GuiRun.defaults());
    }

    public DistrictWithUI(GuiRun run) {
        super(run.newDistrict());
        this.title = run.title();
        this.sheet = new ParameterSheet(run.values());
        this.replay = run.replay() == null ? null : run;
    }

    /**
     * A GUI that continues a saved district when Play is first pressed (later Plays start fresh runs of its
     * parameters).
     *
     * @throws IllegalArgumentException when the district was not saved from the GUI ({@link #canReopen})
     */
    public static DistrictWithUI resuming(District saved, String title) {
        if (!(saved instanceof GuiDistrict d)) {
            throw new IllegalArgumentException("not a district saved from govsim gui");
        }
        DistrictWithUI gui = new DistrictWithUI(new GuiRun(title, d.values(), saved.seed()));
        gui.pending = saved;
        return gui;
    }

    /** Whether a checkpoint's district can be reopened: one saved from the GUI, which keeps its parameters and title. */
    public static boolean canReopen(SimState saved) {
        return saved instanceof GuiDistrict;
    }

    /** What a saved district is called: the title it was run under (scenario and replication) and its day. */
    public static String checkpointTitle(District saved) {
        String day = ", saved at day " + (long) Math.floor(Math.max(0, saved.schedule.getTime()));
        return (saved instanceof GuiDistrict d ? d.title() : "a saved run") + day;
    }

    public static String getName() {
        return "govsim: residential compound governance";
    }

    public static Object getInfo() {
        return "<html><body style='font-family:sans-serif'><h2>govsim</h2>"
                + "<p>A district of communities and compounds whose households raise issues that the property company, "
                + "grid workers, party branches, communities and departments settle, or fail to.</p>"
                + "<p><b>Map</b>: each outlined block is a community, each tile in it a compound (area by households), coloured by the "
                + "figure chosen in <i>Colour by</i> on a fixed scale: darker is worse. Marks show a party branch (circle), a "
                + "deliberation hall (square) and advisors (triangle). Click a compound to inspect it; any number in an "
                + "inspector can be charted from its menu. Zoom in with <i>Scale</i> to see the communities' labels.</p>"
                + "<p><b>Charts</b>: the run's monthly figures, as timeseries.csv has them (after the shaded burn-in), and the "
                + "ages of open issues. After Stop and Play the previous run stays as faint lines.</p>"
                + "<p><b>Model tab</b>: the district now, then the parameters of the <i>next</i> run, grouped by lever, with a "
                + "search box. Change a lever, press Stop and Play: the same seed meets the same luck, so the difference "
                + "from the faint lines is the lever's.</p>"
                + "<p>One step is one simulated day. File &gt; Save keeps the run in a checkpoint to reopen later.</p>"
                + "</body></html>";
    }

    /** The district being watched. */
    public District district() {
        return (District) state;
    }

    /** The figures of the district shown (the last simulated day, or the district waiting for Play); null without one. */
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
            map = new MapWindow(this, controller);
            charts = new ChartBoard(this);
            showBeforePlay();
        } catch (RuntimeException | Error e) {
            GuiLog.error("the GUI's windows could not be built", e);
            throw e;
        }
    }

    /**
     * Shows the district the first Play will run: the saved one, or one built now from the parameters and the
     * seed the Console will give Play (so it is that run's day 0). It is only read, never stepped.
     */
    private void showBeforePlay() {
        District shown = pending;
        if (shown == null) {
            shown = GuiRun.build(state.seed(), sheet.values(), title);
            shown.start();
        }
        figures = new DistrictFigures(shown, null);
        figures.refresh();
        map.show(figures, title, false);
        charts.reset(shown.metrics().months(), shown.config().core().run().burnInDays(),
                shown.config().core().run().endDay(), true);
        if (controller != null) {
            controller.refresh(); // the Model tab's figures of "now"
        }
    }

    @Override
    public void quit() {
        super.quit();
        if (map != null) {
            map.dispose();
        }
        if (charts != null) {
            charts.dispose();
        }
        map = null;
        charts = null;
    }

    /** The map window (null without init). */
    public JFrame mapFrame() {
        return map == null ? null : map.frame();
    }

    /** The chart window (null without init). */
    public JFrame chartFrame() {
        return charts == null ? null : charts.frame();
    }

    MapWindow mapWindow() {
        return map;
    }

    ChartBoard chartBoard() {
        return charts;
    }

    /** Writes the map as the display shows it now to a PNG file (MASON's snapshot). Call on Swing's thread. */
    public void snapshotMap(File file) throws IOException {
        map.snapshot(file);
    }

    // ---------------------------------------------------------------- runs

    @Override
    public void start() {
        try {
            if (pending != null) {
                District saved = pending;
                pending = null;
                open(saved); // continue the saved run; the Console has just reseeded only the placeholder
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

    /** A checkpoint opened from the Console's File menu: it replaces whatever was shown, and is named anew. */
    @Override
    public void load(SimState saved) {
        pending = null;
        open(saved);
        retitle(checkpointTitle(district()));
    }

    private void open(SimState saved) {
        try {
            super.load(saved);
            sheet.reset(((GuiDistrict) district()).values());
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

    /** Names the run in the Console's title and on the map. */
    private void retitle(String newTitle) {
        title = newTitle;
        if (controller instanceof JFrame console) {
            SwingUtilities.invokeLater(() -> console.setTitle("govsim: " + newTitle));
        }
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
            map.show(figures, title, true);
        }
        if (charts != null) {
            charts.reset(d.metrics().months(), d.config().core().run().burnInDays(), d.config().core().run().endDay(), false);
        }
    }

    /** After each simulated day: refresh the figures the map, inspectors and charts read. */
    private final class DayEnd implements Steppable {
        private static final long serialVersionUID = 1L;

        @Override
        public void step(SimState s) {
            DistrictFigures f = figures;
            if (f == null || f.district() != s) {
                return;
            }
            f.refresh();
            if (charts != null) {
                charts.update(district(), f);
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
                if (!more || d.hasEnded()) {
                    judgeReplay(d);
                }
                return more && !d.hasEnded();
            }
        } catch (RuntimeException | Error e) {
            GuiLog.error("the run stopped at day " + d.schedule.getTime(), e);
            return false;
        }
    }

    /**
     * At a replay's end, whether it ended as the batch's compounds.csv says; only for the batch's own parameters and
     * seed (MASON keeps a seed's low 32 bits, which are all its generator uses).
     */
    private void judgeReplay(District d) {
        if (replay == null || replayJudged || !(d instanceof GuiDistrict g) || (int) g.seed() != (int) replay.seed() || !g.values().equals(replay.values())) {
            return;
        }
        replayJudged = true;
        GuiLog.info(replay.replay().verdict(d.result().compounds()));
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
        return new ModelTab(sheet, () -> figures);
    }
}
