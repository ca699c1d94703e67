package org.govsim.runner.experiment;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.govsim.runner.scenario.ExperimentDesign;

/**
 * The analyses of a whole batch, made once its runs.csv holds every run of the plan: by a batch that finished
 * unsharded, and by {@code govsim merge} once the shards are joined. The one place both call, so that an analysis
 * added here (today: Sobol indices of a SOBOL design) is made the same way either way.
 */
public final class BatchAnalyses {
    private BatchAnalyses() {
    }

    /** What the analyses wrote and what to print. */
    public record Written(List<String> files, String text) {
        static final Written NONE = new Written(List.of(), null);
    }

    /** Writes the analyses of the finished batch in {@code dir}; its runs.csv must hold the whole plan. */
    public static Written write(Path dir, ExperimentPlan plan) throws IOException {
        if (!plan.isExperiment() || plan.spec().design() != ExperimentDesign.SOBOL) {
            return Written.NONE;
        }
        List<String> files = new ArrayList<>();
        String text = SobolAnalysis.write(dir, plan);
        files.add(SobolAnalysis.FILE);
        return new Written(files, text);
    }
}
