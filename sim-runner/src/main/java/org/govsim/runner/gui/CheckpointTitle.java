package org.govsim.runner.gui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;
import org.govsim.model.District;
import org.govsim.model.param.ParamDef;
import org.govsim.model.param.ParamValues;
import org.govsim.runner.scenario.Scenario;
import org.govsim.runner.scenario.ScenarioException;
import org.govsim.runner.scenario.ScenarioLoader;

/**
 * What the windows call a run reopened from a checkpoint. A checkpoint holds the district, which knows its
 * parameters and seed but not the scenario file they came from; the scenario is recognised as the one of the
 * bundled scenarios ({@code scenarios/*.yaml}) whose values differ from the district's in the fewest
 * parameters, and the title names it with what differs: "baseline with district.compounds=40, seed 8421,
 * saved at day 100".
 */
final class CheckpointTitle {
    /** More differences than this and the run is not called after a scenario. */
    static final int MAX_DIFFERENCES = 4;

    private CheckpointTitle() {
    }

    /** A title for a saved district, recognising its scenario among the files in {@code scenarioDirs}. */
    static String of(District district, List<Path> scenarioDirs) {
        ParamValues values = district.config().values();
        String scenario = recognise(values, scenarioDirs);
        return String.format(Locale.ROOT, "%s, seed %d, saved at day %d", scenario, district.seed(),
                (long) Math.floor(Math.max(0, district.schedule.getTime())));
    }

    /** Where bundled scenarios are looked for: ./scenarios, and the one next to the jar's project. */
    static List<Path> defaultScenarioDirs() {
        List<Path> dirs = new ArrayList<>(List.of(Path.of("scenarios")));
        try {
            // the jar (or the classes folder) is in sim-runner/target/ of the project
            Path code = Path.of(CheckpointTitle.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path project = code.toAbsolutePath().getParent().getParent().getParent();
            dirs.add(project.resolve("scenarios"));
        } catch (Exception e) {
            // no code source (an unusual class loader): ./scenarios only
        }
        return dirs;
    }

    /** "baseline", "baseline with district.compounds=40", or "a saved run" when no scenario is close. */
    static String recognise(ParamValues values, List<Path> scenarioDirs) {
        String best = null;
        List<String> bestDiffs = null;
        for (Path file : scenarioFiles(scenarioDirs)) {
            Scenario s;
            try {
                s = new ScenarioLoader(values.catalog()).load(file);
            } catch (ScenarioException | RuntimeException e) {
                continue; // a scenario this version cannot read is not the one
            }
            List<String> diffs = differences(s.values(), values);
            if (bestDiffs == null || diffs.size() < bestDiffs.size()) {
                best = s.name();
                bestDiffs = diffs;
            }
        }
        if (best == null || bestDiffs.size() > MAX_DIFFERENCES) {
            return "a saved run";
        }
        return bestDiffs.isEmpty() ? best : best + " with " + String.join(", ", bestDiffs);
    }

    /** "path=value" for every parameter whose value in {@code run} differs from the scenario's. */
    static List<String> differences(ParamValues scenario, ParamValues run) {
        List<String> diffs = new ArrayList<>();
        for (ParamDef def : run.catalog().all()) {
            Object v = run.get(def.path());
            if (!Objects.equals(v, scenario.get(def.path()))) {
                diffs.add(def.path() + "=" + ParamDef.format(v));
            }
        }
        return diffs;
    }

    private static List<Path> scenarioFiles(List<Path> dirs) {
        List<Path> files = new ArrayList<>();
        for (Path dir : dirs) {
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> list = Files.list(dir)) {
                list.filter(p -> p.getFileName().toString().endsWith(".yaml")).sorted().forEach(p -> {
                    if (files.stream().noneMatch(f -> sameFile(f, p))) {
                        files.add(p);
                    }
                });
            } catch (IOException e) {
                // an unreadable folder has no scenario to recognise
            }
        }
        return files;
    }

    private static boolean sameFile(Path a, Path b) {
        try {
            return Files.isSameFile(a, b);
        } catch (IOException e) {
            return false;
        }
    }
}
