package org.govsim.runner.experiment;

import java.util.Arrays;

/**
 * A model's outputs on {@link SaltelliSample}'s points, per base row j: f(A)<sub>j</sub>, f(B)<sub>j</sub> and
 * f(AB<sub>i</sub>)<sub>j</sub> for each factor i. Only complete rows are kept: a row with a value that is not
 * finite (a failed run, a metric with nothing to measure) is dropped whole, since every estimator pairs the
 * values of one row.
 *
 * @param fAB     fAB[i][j]: the output at row j of AB<sub>i</sub>
 * @param dropped the base rows left out as incomplete
 */
public record SaltelliOutputs(double[] fA, double[] fB, double[][] fAB, int dropped) {

    /** The outputs in {@link SaltelliSample}'s order: per base row, A, B, AB<sub>1</sub> … AB<sub>k</sub>. */
    public static SaltelliOutputs of(double[] y, int k) {
        int block = SaltelliSample.block(k);
        if (y.length % block != 0) {
            throw new IllegalArgumentException(y.length + " outputs are not whole rows of " + block + " (k = " + k + ")");
        }
        int n = y.length / block;
        double[] fA = new double[n];
        double[] fB = new double[n];
        double[][] fAB = new double[k][n];
        int kept = 0;
        for (int j = 0; j < n; j++) {
            int at = j * block;
            if (!Arrays.stream(y, at, at + block).allMatch(Double::isFinite)) {
                continue;
            }
            fA[kept] = y[at];
            fB[kept] = y[at + 1];
            for (int i = 0; i < k; i++) {
                fAB[i][kept] = y[at + 2 + i];
            }
            kept++;
        }
        for (int i = 0; i < k; i++) {
            fAB[i] = Arrays.copyOf(fAB[i], kept);
        }
        return new SaltelliOutputs(Arrays.copyOf(fA, kept), Arrays.copyOf(fB, kept), fAB, n - kept);
    }

    /** The complete base rows, N. */
    public int rows() {
        return fA.length;
    }

    public int factors() {
        return fAB.length;
    }
}
