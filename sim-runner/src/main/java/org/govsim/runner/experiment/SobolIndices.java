package org.govsim.runner.experiment;

/**
 * First-order and total Sobol sensitivity indices from model outputs on Saltelli's sample
 * ({@link SaltelliSample}): f(A), f(B) and f(AB<sub>i</sub>) over N base rows. First order by Saltelli et al.
 * (2010, Comput. Phys. Commun. 181:259, table 2 (b)): S<sub>i</sub> = mean(f(B)·(f(AB<sub>i</sub>) − f(A))) / V;
 * total by Jansen (1999): S<sub>Ti</sub> = mean((f(A) − f(AB<sub>i</sub>))²) / (2V); V is the variance of
 * f(A) and f(B) pooled.
 */
public final class SobolIndices {
    private final double[] firstOrder;
    private final double[] total;

    private SobolIndices(double[] firstOrder, double[] total) {
        this.firstOrder = firstOrder;
        this.total = total;
    }

    /** @param fAB fAB[i][j]: the output at row j of AB<sub>i</sub> */
    public static SobolIndices estimate(double[] fA, double[] fB, double[][] fAB) {
        int n = fA.length;
        if (fB.length != n || n < 2) {
            throw new IllegalArgumentException("f(A) and f(B) need the same length of at least 2, got " + n + " and " + fB.length);
        }
        double mean = 0;
        for (int j = 0; j < n; j++) {
            mean += fA[j] + fB[j];
        }
        mean /= 2 * n;
        double var = 0;
        for (int j = 0; j < n; j++) {
            var += (fA[j] - mean) * (fA[j] - mean) + (fB[j] - mean) * (fB[j] - mean);
        }
        var /= 2 * n;
        int k = fAB.length;
        double[] s1 = new double[k];
        double[] st = new double[k];
        for (int i = 0; i < k; i++) {
            double first = 0;
            double tot = 0;
            for (int j = 0; j < n; j++) {
                first += fB[j] * (fAB[i][j] - fA[j]);
                tot += (fA[j] - fAB[i][j]) * (fA[j] - fAB[i][j]);
            }
            s1[i] = var > 0 ? first / n / var : Double.NaN;
            st[i] = var > 0 ? tot / (2.0 * n) / var : Double.NaN;
        }
        return new SobolIndices(s1, st);
    }

    /** Indices from outputs in {@link SaltelliSample}'s order: per base row, A, B, AB<sub>1</sub> … AB<sub>k</sub>. */
    public static SobolIndices fromSample(double[] y, int k) {
        int block = SaltelliSample.block(k);
        int n = y.length / block;
        double[] fA = new double[n];
        double[] fB = new double[n];
        double[][] fAB = new double[k][n];
        for (int j = 0; j < n; j++) {
            fA[j] = y[j * block];
            fB[j] = y[j * block + 1];
            for (int i = 0; i < k; i++) {
                fAB[i][j] = y[j * block + 2 + i];
            }
        }
        return estimate(fA, fB, fAB);
    }

    public double firstOrder(int i) {
        return firstOrder[i];
    }

    public double total(int i) {
        return total[i];
    }
}
