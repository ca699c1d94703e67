package org.govsim.model.metrics;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * What one run produced: its summary figures (one row of runs.csv, in a fixed column order), the monthly series,
 * and each compound's figures (compounds.csv). Holds no wall-clock figure, so that reruns are byte-identical.
 */
public record RunResult(Map<String, Double> summary, List<MonthlySnapshot> months, CompoundResults compounds) implements Serializable {
}
