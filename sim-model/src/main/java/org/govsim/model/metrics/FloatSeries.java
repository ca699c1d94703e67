package org.govsim.model.metrics;

import java.io.Serializable;
import java.util.Arrays;

/** A growable array of floats for exact order statistics (median, 90th percentile) of resolution times. */
public final class FloatSeries implements Serializable {
    private static final long serialVersionUID = 1L;

    private float[] values = new float[1024];
    private int size;
    private double sum;

    public void add(double v) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = (float) v;
        sum += v;
    }

    public int size() {
        return size;
    }

    public double mean() {
        return size == 0 ? Double.NaN : sum / size;
    }

    /** The p-quantile (0..1) by linear interpolation between order statistics (R's type 7); NaN when empty. */
    public double quantile(double p) {
        return quantiles(p)[0];
    }

    /**
     * Several quantiles from one sort: an L year settles ~300,000 issues, and a sort per quantile was a tenth of a
     * replication's time in a batch.
     */
    public double[] quantiles(double... ps) {
        double[] q = new double[ps.length];
        if (size == 0) {
            Arrays.fill(q, Double.NaN);
            return q;
        }
        float[] sorted = Arrays.copyOf(values, size);
        Arrays.sort(sorted);
        for (int i = 0; i < ps.length; i++) {
            double h = (size - 1) * ps[i];
            int lo = (int) Math.floor(h);
            int hi = Math.min(size - 1, lo + 1);
            q[i] = sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
        }
        return q;
    }
}
