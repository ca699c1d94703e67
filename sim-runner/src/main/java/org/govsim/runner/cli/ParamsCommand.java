package org.govsim.runner.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.govsim.model.param.ParamDef;
import org.govsim.model.param.ParamValues;
import org.govsim.runner.scenario.Scenario;
import org.govsim.runner.scenario.ScenarioException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code govsim params}: every parameter with its value in a scenario, unit, range and source. */
@Command(name = "params", mixinStandardHelpOptions = true,
        description = "List every parameter: path, value (in the scenario, or the default), unit, allowed values, source.",
        footer = {"", "Examples:", "  govsim params                              # defaults",
                "  govsim params scenarios/baseline.yaml", "  govsim params --markdown > docs/parameters.md",
                "  govsim params scenarios/baseline.yaml --set levels.branch.coverage=1"})
public final class ParamsCommand implements Callable<Integer> {

    @Parameters(arity = "0..1", paramLabel = "SCENARIO", description = "Scenario file; without it, the defaults.")
    Path file;

    @Option(names = "--markdown", description = "Print a Markdown table (for docs/ODD.md) instead of plain columns.")
    boolean markdown;

    @Option(names = "--changed", description = "Only parameters whose value differs from the default.")
    boolean changedOnly;

    @Mixin
    ScenarioOptions scenarioOptions;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        ParamValues values;
        try {
            values = file == null
                    ? Scenario.defaults().withOverrides(scenarioOptions.assignments()).values()
                    : scenarioOptions.load(file).values();
        } catch (ScenarioException e) {
            spec.commandLine().getErr().println(e.getMessage());
            return GovsimCommand.BAD_INPUT;
        }
        PrintWriter out = spec.commandLine().getOut();
        if (markdown) {
            out.println("| Parameter | Value | Unit | Allowed | Source | Meaning |");
            out.println("|---|---|---|---|---|---|");
        } else {
            out.printf(Locale.ROOT, "%-52s %-12s %-22s %-34s %s%n", "PATH", "VALUE", "UNIT", "ALLOWED", "SOURCE");
        }
        for (ParamDef d : values.catalog().all()) {
            Object v = values.get(d.path());
            if (changedOnly && v.equals(d.defaultValue())) {
                continue;
            }
            String value = ParamDef.format(v);
            if (markdown) {
                out.printf(Locale.ROOT, "| `%s` | %s | %s | %s | %s | %s |%n", d.path(), value, d.unit(), d.allowed(),
                        d.source(), d.description());
            } else {
                out.printf(Locale.ROOT, "%-52s %-12s %-22s %-34s %s%n", d.path(), value, d.unit(), d.allowed(), d.source());
            }
        }
        return GovsimCommand.OK;
    }
}
