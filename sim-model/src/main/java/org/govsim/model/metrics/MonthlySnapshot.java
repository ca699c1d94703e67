package org.govsim.model.metrics;

import java.io.Serializable;
import java.util.Map;

/** The district's figures for one month of the observed window, in a fixed column order. */
public record MonthlySnapshot(double day, Map<String, Double> values) implements Serializable {
}
