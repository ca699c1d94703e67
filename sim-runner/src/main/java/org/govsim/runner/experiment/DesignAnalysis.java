package org.govsim.runner.experiment;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.govsim.runner.scenario.ExperimentDesign;

/**
 * The analysis a design is made for, on a whole batch's runs.csv (one run's folder, or the merge of its shards):
 * Sobol indices with intervals for SOBOL ({@link SobolAnalysis}), elementary effects and their chart for MORRIS
 * ({@link MorrisAnalysis}); nothing for the other designs. The one entry point for {@code govsim run} and
 * {@code govsim merge}.
 */
public final class DesignAnalysis {
    private DesignAnalysis() {
    }

    /**
     * What an analysis wrote and what to print.
     *
     * @param summary the table (and any warnings) for the terminal; empty when the design has no analysis
     * @param files   the files written into the folder, for the manifest's list of outputs
     */
    public record Written(String summary, List<String> files) {
        public static final Written NONE = new Written("", List.of());

        public Written {
            files = List.copyOf(files);
        }
    }

    /** Whether a design, named as plan.json names it (or REPLICATIONS), has an analysis of its own. */
    static boolean hasAnalysis(String design) {
        return design.equals(ExperimentDesign.SOBOL.name())
                || design.equals(ExperimentDesign.MORRIS.name());
    }

    /** Writes the design's analysis of {@code dir}/runs.csv, which must hold the whole plan's runs (failed ones may be missing). */
    public static Written write(Path dir, ExperimentPlan plan) throws IOException {
        return switch (plan.spec().design()) {
            case SOBOL -> SobolAnalysis.write(dir, plan);
            case MORRIS -> MorrisAnalysis.write(dir, plan);
            case FACTORIAL, ONE_AT_A_TIME, LATIN_HYPERCUBE, TABLE -> Written.NONE;
        };
    }
}
