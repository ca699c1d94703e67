package org.govsim.model.metrics;

import java.io.Serializable;
import java.util.List;

/**
 * One run's figures compound by compound (compounds.csv): each compound's index and name (empty unless a scenario
 * named it as a case), and its values under {@code columns}, in the catalogue's order. No wall-clock figure.
 */
public record CompoundResults(List<String> columns, List<String> names, double[][] values) implements Serializable {

    public CompoundResults {
        columns = List.copyOf(columns);
        names = List.copyOf(names);
    }

    public int compounds() {
        return values.length;
    }

    /** A column's value for compound {@code c}. */
    public double value(int c, String column) {
        int k = columns.indexOf(column);
        if (k < 0) {
            throw new IllegalArgumentException("compounds.csv has no column " + column);
        }
        return values[c][k];
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CompoundResults r && r.columns.equals(columns) && r.names.equals(names)
                && java.util.Arrays.deepEquals(r.values, values);
    }

    @Override
    public int hashCode() {
        return columns.hashCode() * 31 + java.util.Arrays.deepHashCode(values);
    }
}
