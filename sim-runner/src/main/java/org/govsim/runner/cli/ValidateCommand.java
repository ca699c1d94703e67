package org.govsim.runner.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.govsim.runner.calibration.CalibrationFile;
import org.govsim.runner.scenario.ScenarioException;
import org.govsim.runner.scenario.ScenarioLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code govsim validate}: checks scenario files without running them. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check scenario files (keys, types, ranges, extends) without running them.",
        footer = {"", "Examples:", "  govsim validate scenarios/baseline.yaml", "  govsim validate scenarios/*.yaml",
                "", "Exit codes: 0 all valid, 2 at least one file is invalid."})
public final class ValidateCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "SCENARIO", description = "Scenario files (YAML).")
    List<Path> files;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        int bad = 0;
        ScenarioLoader loader = new ScenarioLoader();
        for (Path f : files) {
            try {
                loader.load(f);
                CalibrationFile.check(f);
                spec.commandLine().getOut().println("ok       " + f);
            } catch (ScenarioException e) {
                bad++;
                spec.commandLine().getErr().println(e.getMessage());
            }
        }
        if (bad > 0) {
            spec.commandLine().getErr().println(bad + " of " + files.size() + " scenario files are invalid");
            return GovsimCommand.BAD_INPUT;
        }
        return GovsimCommand.OK;
    }
}
