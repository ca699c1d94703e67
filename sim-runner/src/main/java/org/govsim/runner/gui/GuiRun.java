package org.govsim.runner.gui;

import java.util.Locale;
import org.govsim.model.District;
import org.govsim.model.param.ParamValues;
import org.govsim.runner.experiment.ReplicationSeeds;
import org.govsim.runner.scenario.Scenario;

/**
 * The run a GUI opens on: the resolved parameters of a scenario and a seed, with a title for its windows. The
 * district is built exactly as {@code govsim run} builds a replication ({@code new District(seed, new
 * ModelConfig(values))}), so a replication watched in the GUI and run headless give the same figures.
 *
 * @param title  what the windows say the run is, e.g. "baseline, replication 0"
 * @param values every parameter, as the scenario (and any --set) resolved them
 * @param seed   the run's seed (replication i of a batch with base seed s runs on {@link ReplicationSeeds#seed})
 * @param replay for a replayed batch run, what it must end as (null otherwise)
 */
public record GuiRun(String title, ParamValues values, long seed, ReplayCheck replay) {

    public GuiRun(String title, ParamValues values, long seed) {
        this(title, values, seed, null);
    }

    /** Replication {@code replication} of a scenario run with base seed {@code baseSeed}, as {@code govsim run} seeds it. */
    public static GuiRun replication(Scenario scenario, long baseSeed, int replication) {
        return new GuiRun(String.format(Locale.ROOT, "%s, replication %d", scenario.name(), replication),
                scenario.values(), ReplicationSeeds.seed(baseSeed, replication));
    }

    /** Every parameter at its default, replication 0 of base seed 1 (what the Console's no-argument constructor gets). */
    public static GuiRun defaults() {
        return replication(Scenario.defaults(), 1, 0);
    }

    /** A new, unstarted district of these parameters and this seed. */
    public District newDistrict() {
        return build(seed, values, title);
    }

    /** The one way the GUI builds a district: the same as a headless replication, with its values and title kept. */
    static District build(long seed, ParamValues values, String title) {
        return new GuiDistrict(seed, values, title);
    }
}
