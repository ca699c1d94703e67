package org.govsim.runner.gui;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.govsim.model.param.ParamDef;
import org.govsim.model.param.ParamValues;
import org.govsim.runner.scenario.Scenario;
import org.govsim.runner.scenario.ScenarioException;
import org.govsim.runner.scenario.ScenarioLoader;
import org.govsim.runner.scenario.ScenarioProblem;

/**
 * One replication of a finished batch, from the folder {@code govsim run} wrote: its seed from
 * {@code manifest.json} and its parameters from {@code scenario.resolved.yaml}, checked against the parameters
 * the manifest recorded, so that the GUI watches exactly the run that was made.
 */
public final class ReplaySource {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ReplaySource() {
    }

    /**
     * The run {@code runId} of the batch in {@code dir}.
     *
     * @throws ScenarioException with a message for the user when the folder, the manifest, the run or the
     *                           resolved scenario is missing or does not match
     */
    public static GuiRun load(Path dir, int runId) throws ScenarioException {
        Path manifestFile = dir.resolve("manifest.json");
        Path scenarioFile = dir.resolve("scenario.resolved.yaml");
        if (!Files.isRegularFile(manifestFile)) {
            throw problem(manifestFile, "not found: --replay needs the folder `govsim run` wrote (with manifest.json "
                    + "and scenario.resolved.yaml)");
        }
        JsonNode manifest;
        try {
            manifest = JSON.readTree(manifestFile.toFile());
        } catch (IOException e) {
            throw problem(manifestFile, "cannot be read as JSON: " + e.getMessage());
        }
        JsonNode run = findRun(manifest, runId);
        if (run == null) {
            throw problem(manifestFile, "has no run " + runId + "; its runs: " + runIds(manifest));
        }
        if (!run.path("seed").canConvertToLong()) {
            throw problem(manifestFile, "run " + runId + " has no seed");
        }
        Scenario scenario = new ScenarioLoader().load(scenarioFile);
        checkParameters(scenario.values(), manifest.path("parameters"), manifestFile, scenarioFile);
        String name = manifest.path("scenario").path("name").asText(scenario.name());
        ReplayCheck check;
        try {
            check = ReplayCheck.read(dir, runId);
        } catch (IOException e) {
            throw problem(dir.resolve("compounds.csv"), "cannot be read: " + e.getMessage());
        }
        return new GuiRun(name + ", run " + runId + " of " + dir.getFileName(), scenario.values(), run.path("seed").asLong(), check);
    }

    private static JsonNode findRun(JsonNode manifest, int runId) {
        for (JsonNode run : manifest.path("runs")) {
            if (run.path("runId").asInt(-1) == runId) {
                return run;
            }
        }
        return null;
    }

    private static String runIds(JsonNode manifest) {
        List<String> ids = new ArrayList<>();
        for (JsonNode run : manifest.path("runs")) {
            ids.add(run.path("runId").asText());
        }
        if (ids.isEmpty()) {
            return "none";
        }
        return ids.size() <= 12 ? String.join(", ", ids) : ids.get(0) + " to " + ids.get(ids.size() - 1);
    }

    /** Every parameter the manifest recorded must have the value the resolved scenario gives it. */
    private static void checkParameters(ParamValues values, JsonNode recorded, Path manifestFile, Path scenarioFile)
            throws ScenarioException {
        List<ScenarioProblem> problems = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = recorded.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            ParamDef def = values.catalog().find(e.getKey()).orElse(null);
            if (def == null) {
                problems.add(new ScenarioProblem(manifestFile, 0, e.getKey(), "is not a parameter of this version of govsim; "
                        + "the batch was run by another version and cannot be replayed exactly"));
                continue;
            }
            Object now = values.get(def.path());
            if (!sameValue(def, e.getValue(), now)) {
                problems.add(new ScenarioProblem(scenarioFile, 0, def.path(), "is " + ParamDef.format(now)
                        + " but the batch ran with " + e.getValue().asText() + " (manifest.json); the replay would not be that run"));
            }
        }
        if (!problems.isEmpty()) {
            throw new ScenarioException(problems);
        }
    }

    private static boolean sameValue(ParamDef def, JsonNode recorded, Object now) {
        return switch (def.type()) {
            case INT -> recorded.canConvertToInt() && recorded.asInt() == (Integer) now;
            case REAL -> recorded.isNumber() && recorded.asDouble() == (Double) now;
            case BOOL -> recorded.isBoolean() && recorded.asBoolean() == (Boolean) now;
            case CHOICE -> recorded.isTextual() && recorded.asText().equals(now);
        };
    }

    private static ScenarioException problem(Path file, String message) {
        return new ScenarioException(new ScenarioProblem(file, 0, null, message));
    }
}
