package org.govsim.runner.experiment;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The analyses of a whole batch, made once its runs.csv holds every run of the plan: by a batch that finished
 * unsharded, and by {@code govsim merge} once the shards are joined. The one place both call, so that an analysis
 * added here (today: the design's own, {@link DesignAnalysis}) is made the same way either way.
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
        if (!plan.isExperiment()) {
            return Written.NONE;
        }
        DesignAnalysis.Written design = DesignAnalysis.write(dir, plan);
        return design.files().isEmpty() ? Written.NONE : new Written(new ArrayList<>(design.files()), design.summary());
    }
}
