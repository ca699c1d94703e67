package org.govsim.runner.uncertainty;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.govsim.runner.experiment.DesignPoints;
import org.govsim.runner.scenario.ExperimentDesign;
import org.govsim.runner.scenario.ExperimentFactor;
import org.govsim.runner.scenario.ExperimentSpec;
import org.govsim.runner.scenario.Scenario;
import org.govsim.runner.scenario.ScenarioException;
import org.govsim.runner.scenario.ScenarioLoader;
import org.govsim.runner.scenario.ScenarioProblem;

/**
 * K draws over ranges: a scenario file whose {@code experiment:} block is a LATIN_HYPERCUBE design with
 * {@code uncertainties:} ranges and {@code samples: K} (no policies); only that block is read. The draws are the
 * points that design draws (the same Latin hypercube {@code govsim run} would run, from the same base seed);
 * {@code --draws} replaces {@code samples}.
 */
public final class RangeDraws {
    private RangeDraws() {
    }

    public static ParameterDraws read(Path file, Integer draws, long seed) throws ScenarioException {
        Scenario s = new ScenarioLoader().load(file);
        ExperimentSpec e = s.experiment();
        if (e == null || e.design() != ExperimentDesign.LATIN_HYPERCUBE || !e.policies().isEmpty() || e.uncertainties().isEmpty()) {
            throw new ScenarioException(new ScenarioProblem(file, 0, "experiment", "an uncertainty source needs an experiment: block with "
                    + "design: LATIN_HYPERCUBE, uncertainties: given as ranges ({min: .., max: ..}), samples: K and no policies"
                    + (e == null ? "; this file has no experiment block" : "")));
        }
        int k = draws != null ? draws : e.samples();
        if (k < 3) {
            throw new ScenarioException(new ScenarioProblem(file, 0, "experiment.samples", "an uncertainty source needs at least 3 draws "
                    + "(the spread between draws cannot be measured from fewer), got " + k));
        }
        ExperimentSpec spec = new ExperimentSpec(ExperimentDesign.LATIN_HYPERCUBE, e.replications(), k, 0, 0, List.of(), e.uncertainties(),
                null, List.of(), List.of(), e.file());
        List<Object[]> points = DesignPoints.of(spec, s.values(), seed);
        List<String> paths = e.uncertainties().stream().map(ExperimentFactor::path).toList();
        String ranges = String.join(", ", e.uncertainties().stream().map(f -> f.path() + " in [" + f.min() + ", " + f.max() + "]").toList());
        return new ParameterDraws(paths, points, String.format(Locale.ROOT, "%d draws of a Latin hypercube over %s, from %s (seed %d)", k,
                ranges, file.getFileName(), seed));
    }

    /** The replications per draw the source's experiment block asks for. */
    public static int replications(Path file) throws ScenarioException {
        ExperimentSpec e = new ScenarioLoader().load(file).experiment();
        return e == null ? ExperimentSpec.DEFAULT_REPLICATIONS : e.replications();
    }
}
