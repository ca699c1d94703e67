package org.govsim.runner.scenario;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.govsim.model.world.CaseCompound;

/**
 * What one scenario file says on its own, before its parent is read: metadata, the parameter values it sets
 * (already type- and range-checked, in file order) and the problems found in it.
 *
 * @param name       the {@code name} key, or null when absent
 * @param description the {@code description} key, or null when absent
 * @param parent     the {@code extends} text as written, or null
 * @param parentLine the line of the {@code extends} key, 0 when absent
 * @param experiment the checked {@code experiment} block, or null when absent (or invalid: then problems say why)
 * @param cases      the named case compounds of its {@code cases} block, or null when it has none
 * @param lines      the line of every key it sets: each parameter path, and the top-level keys such as {@code cases}
 * @param notScenario why the file is no scenario at all (its top level is not a mapping, it is not YAML, none of its
 *                   keys is a scenario's), without quoting it; null for a scenario file, however many problems it has
 */
record ScenarioFile(Path file, String name, String description, String parent, int parentLine,
                    Map<String, Object> settings, ExperimentSpec experiment, List<CaseCompound> cases, List<ScenarioProblem> problems,
                    Map<String, Integer> lines, String notScenario) {

    /** The line where this file sets {@code key}, or 0 when it does not. */
    int lineOf(String key) {
        return lines.getOrDefault(key, 0);
    }
}
