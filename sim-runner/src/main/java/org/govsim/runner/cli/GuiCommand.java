package org.govsim.runner.cli;

import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.govsim.model.District;
import org.govsim.runner.gui.Autopilot;
import org.govsim.runner.gui.DisplayCheck;
import org.govsim.runner.gui.DistrictWithUI;
import org.govsim.runner.gui.GuiLauncher;
import org.govsim.runner.gui.GuiRun;
import org.govsim.runner.gui.ReplaySource;
import org.govsim.runner.output.CheckpointReader;
import org.govsim.runner.scenario.Scenario;
import org.govsim.runner.scenario.ScenarioException;
import org.govsim.runner.scenario.ScenarioProblem;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import sim.display.Console;
import sim.engine.SimState;

/** {@code govsim gui}: watch a run in MASON's Console, with the district map, live charts and inspectors. */
@Command(name = "gui", mixinStandardHelpOptions = true,
        description = "Open MASON's Console on a scenario and watch the district run: a map of the compounds coloured "
                + "by open issues, disputes, satisfaction or fee collection; live charts; inspectors; the parameters "
                + "of the next run in the Model tab. The same parameters and seed give the same figures as `govsim run`.",
        footer = {"", "Examples:",
                "  govsim gui scenarios/baseline.yaml         # replication 0 of govsim run's",
                "  govsim gui                                 # choose a scenario file",
                "  govsim gui scenarios/advisors.yaml --set district.compounds=80 --replication 3",
                "  govsim gui --replay results/baseline-20261126-235507 --run 7",
                "  govsim gui --checkpoint saved.checkpoint   # a run saved with File > Save",
                "  xvfb-run -a govsim gui scenarios/baseline.yaml --autoplay 90 --snapshot m.png",
                "", "Exit codes: 0 the GUI was closed (or the snapshots were saved), 1 it failed,",
                "2 bad input, no display or no scenario chosen (nothing is opened)."})
public final class GuiCommand implements Callable<Integer> {

    @Parameters(index = "0", arity = "0..1", paramLabel = "SCENARIO", description = "Scenario file (YAML); a file chooser opens without one.")
    Path scenarioFile;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "N", description = "Base seed, as given to `govsim run` (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--replication", defaultValue = "0", paramLabel = "I",
            description = "Which replication of that base seed to watch (default: ${DEFAULT-VALUE}).")
    int replication;

    @Option(names = "--replay", paramLabel = "RESULTS_DIR", description = "Watch a run of a finished batch: the folder `govsim run` wrote.")
    Path replayDir;

    @Option(names = "--run", paramLabel = "ID", description = "With --replay: the run's runId in manifest.json.")
    Integer runId;

    @Option(names = "--checkpoint", paramLabel = "FILE", description = "Reopen a run saved with the Console's File > Save.")
    Path checkpoint;

    @Option(names = "--autoplay", paramLabel = "DAYS", description = "Press Play at once and pause at this simulated day.")
    Double autoplayDays;

    @Option(names = "--snapshot", paramLabel = "PNG", description = "With --autoplay: save the map there when paused, then quit.")
    Path snapshot;

    @Option(names = "--screenshot", paramLabel = "PNG", description = "With --autoplay: save the whole screen there when paused, then quit.")
    Path screenshot;

    @Mixin
    ScenarioOptions scenarioOptions;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException, IOException {
        PrintWriter err = spec.commandLine().getErr();
        checkOptionCombinations();
        DistrictWithUI gui;
        try {
            gui = prepare(err);
        } catch (ScenarioException e) {
            err.println(e.getMessage());
            return GovsimCommand.BAD_INPUT;
        }
        if (gui == null) {
            return GovsimCommand.BAD_INPUT;
        }
        Optional<String> noDisplay = DisplayCheck.problem();
        if (noDisplay.isPresent()) {
            err.println(noDisplay.get());
            return GovsimCommand.BAD_INPUT;
        }
        return launch(gui, err);
    }

    private void checkOptionCombinations() {
        CommandLine cl = spec.commandLine();
        int sources = (scenarioFile != null ? 1 : 0) + (replayDir != null ? 1 : 0) + (checkpoint != null ? 1 : 0);
        if (sources > 1) {
            throw new CommandLine.ParameterException(cl, "give one of SCENARIO, --replay or --checkpoint");
        }
        if (replayDir != null && runId == null) {
            throw new CommandLine.ParameterException(cl, "--replay needs --run ID (the runId in its manifest.json)");
        }
        if (runId != null && replayDir == null) {
            throw new CommandLine.ParameterException(cl, "--run goes with --replay RESULTS_DIR");
        }
        if ((replayDir != null || checkpoint != null) && !scenarioOptions.assignments().isEmpty()) {
            throw new CommandLine.ParameterException(cl, "--set and --days change a scenario; a replay or a checkpoint "
                    + "runs as it was saved (change parameters in the Model tab instead)");
        }
        if ((snapshot != null || screenshot != null) && autoplayDays == null) {
            throw new CommandLine.ParameterException(cl, "--snapshot and --screenshot need --autoplay DAYS");
        }
        if (replication < 0) {
            throw new CommandLine.ParameterException(cl, "--replication must be at least 0, got " + replication);
        }
    }

    /** The GUI for the run asked for; null (after a message) when the chooser was cancelled or there is no display. */
    private DistrictWithUI prepare(PrintWriter err) throws ScenarioException, InterruptedException, IOException {
        if (replayDir != null) {
            return new DistrictWithUI(ReplaySource.load(replayDir, runId));
        }
        if (checkpoint != null) {
            return resume(checkpoint);
        }
        Path file = scenarioFile;
        if (file == null) {
            Optional<String> noDisplay = DisplayCheck.problem();
            if (noDisplay.isPresent()) {
                err.println(noDisplay.get());
                return null;
            }
            Optional<Path> chosen = GuiLauncher.chooseScenario();
            if (chosen.isEmpty()) {
                err.println("govsim gui: no scenario chosen");
                return null;
            }
            file = chosen.get();
        }
        Scenario scenario = scenarioOptions.load(file);
        return new DistrictWithUI(GuiRun.replication(scenario, seed, replication));
    }

    private static DistrictWithUI resume(Path file) throws ScenarioException {
        if (!Files.isRegularFile(file)) {
            throw problem(file, "not found");
        }
        SimState saved;
        try {
            saved = CheckpointReader.read(file); // filtered: a checkpoint is read only as what a district holds
        } catch (CheckpointReader.Refused e) {
            throw new ScenarioException(new ScenarioProblem(null, 0, null, e.getMessage()));
        }
        if (!(saved instanceof District district) || !DistrictWithUI.canReopen(saved)) {
            throw problem(file, "holds a " + saved.getClass().getSimpleName() + ", not a district saved from govsim gui "
                    + "(File > Save), which keeps the parameters the Model tab shows");
        }
        // the title it was run under (scenario and replication), its day, and the file
        return DistrictWithUI.resuming(district, DistrictWithUI.checkpointTitle(district) + " (" + file.getFileName() + ")");
    }

    private static ScenarioException problem(Path file, String message) {
        return new ScenarioException(new ScenarioProblem(file, 0, null, message));
    }

    private int launch(DistrictWithUI gui, PrintWriter err) throws InterruptedException, IOException {
        Console console = GuiLauncher.open(gui);
        CountDownLatch closed = new CountDownLatch(1);
        console.addWindowListener(new WindowAdapter() {
            @Override
            public void windowClosed(WindowEvent e) {
                closed.countDown();
            }
        });
        if (autoplayDays != null) {
            Autopilot.playUntil(console, autoplayDays, Duration.ofMinutes(10));
            if (snapshot != null || screenshot != null) {
                if (snapshot != null) {
                    Autopilot.snapshotMap(gui, snapshot);
                }
                if (screenshot != null) {
                    Autopilot.screenshot(screenshot);
                }
                List<String> saved = new ArrayList<>();
                if (snapshot != null) {
                    saved.add("map " + snapshot);
                }
                if (screenshot != null) {
                    saved.add("screen " + screenshot);
                }
                spec.commandLine().getOut().printf("saved at day %.0f: %s%n", Math.max(0, gui.district().schedule.getTime()),
                        String.join(", ", saved));
                spec.commandLine().getOut().flush();
                return GovsimCommand.OK;
            }
        }
        closed.await(); // MASON exits the JVM when its last Console closes; this returns if it does not
        return GovsimCommand.OK;
    }
}
