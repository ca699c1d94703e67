package org.govsim.runner.calibration;

import java.util.List;

/**
 * What the model can measure, as far as targets need to know before anything runs: the metric names and the
 * named compounds. {@link ModelSimulator} answers for the model; tests answer for toy models.
 */
public interface ModelVocabulary {

    /** The district-level metrics (the runs.csv columns), in column order. */
    List<String> runMetrics();

    /** The compounds a {@code compound:} target may name (empty when the model names none). */
    List<String> compoundNames();

    /** The compound-level metrics (the compounds.csv columns), empty when there are none. */
    List<String> compoundMetrics();

    /** Why {@code compound:} targets cannot be used, when {@link #compoundNames()} is empty. */
    String compoundsUnavailable();

    /** Whether a metric is a total over the observed window, which {@code per: year} may scale to one year. */
    boolean isWindowTotal(String metric);
}
