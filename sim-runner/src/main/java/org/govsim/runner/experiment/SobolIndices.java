package org.govsim.runner.experiment;

/**
 * First-order and total Sobol sensitivity indices from a model's outputs on Saltelli's sample
 * ({@link SaltelliOutputs}), over N base rows (or a resample of them, for {@link SobolBootstrap}).
 *
 * <p>With f<sub>0</sub> the mean and V the variance of f(A) and f(B) pooled (2N values):
 * first order by Saltelli et al. (2010, Comput. Phys. Commun. 181:259, table 2 (b)) on centred outputs,
 * S<sub>i</sub> = mean((f(B) − f<sub>0</sub>)·(f(AB<sub>i</sub>) − f(A))) / V; total by Jansen (1999, table 2 (f) there),
 * S<sub>Ti</sub> = mean((f(A) − f(AB<sub>i</sub>))²) / (2V).
 *
 * <p>Why centre: without f<sub>0</sub> the first-order estimator is still unbiased, but each term carries
 * f<sub>0</sub>·(f(AB<sub>i</sub>) − f(A)), whose spread grows with the output's mean. On metrics whose mean is
 * tens of times their spread (a district's fee collection rate, its disputes per 1,000 households) that term
 * swamps the signal: uncentred, a 64-point design gave S<sub>1</sub> = 6.34 and ΣS<sub>1</sub> = 12.3. Subtracting
 * f<sub>0</sub> leaves the expectation unchanged (up to O(1/N)) and removes that term; the total estimator uses
 * only differences and needs no centring.
 */
public final class SobolIndices {
    private final double[] firstOrder;
    private final double[] total;
    private final double variance;

    private SobolIndices(double[] firstOrder, double[] total, double variance) {
        this.firstOrder = firstOrder;
        this.total = total;
        this.variance = variance;
    }

    /** The indices from every base row; NaN when the output does not vary (V = 0) or there are fewer than two rows. */
    public static SobolIndices estimate(SaltelliOutputs o) {
        int[] rows = new int[o.rows()];
        for (int j = 0; j < rows.length; j++) {
            rows[j] = j;
        }
        return estimate(o, rows);
    }

    /** The indices from the given base rows, which may repeat (a bootstrap resample). */
    static SobolIndices estimate(SaltelliOutputs o, int[] rows) {
        int n = rows.length;
        int k = o.factors();
        double[] fA = o.fA();
        double[] fB = o.fB();
        double f0 = 0;
        for (int j : rows) {
            f0 += fA[j] + fB[j];
        }
        f0 /= 2.0 * n;
        double v = 0;
        for (int j : rows) {
            v += (fA[j] - f0) * (fA[j] - f0) + (fB[j] - f0) * (fB[j] - f0);
        }
        v /= 2.0 * n;
        double[] s1 = new double[k];
        double[] st = new double[k];
        boolean defined = n >= 2 && v > 0;
        for (int i = 0; i < k; i++) {
            double[] fABi = o.fAB()[i];
            double first = 0;
            double tot = 0;
            for (int j : rows) {
                double d = fABi[j] - fA[j];
                first += (fB[j] - f0) * d;
                tot += d * d;
            }
            s1[i] = defined ? first / n / v : Double.NaN;
            st[i] = defined ? tot / (2.0 * n) / v : Double.NaN;
        }
        return new SobolIndices(s1, st, n >= 2 ? v : Double.NaN);
    }

    public double firstOrder(int i) {
        return firstOrder[i];
    }

    public double total(int i) {
        return total[i];
    }

    /** V, the variance of f(A) and f(B) pooled: the denominator of every index. */
    public double variance() {
        return variance;
    }
}
