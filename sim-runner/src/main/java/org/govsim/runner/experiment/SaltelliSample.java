package org.govsim.runner.experiment;

import org.apache.commons.math3.random.SobolSequenceGenerator;

/**
 * The sample behind variance-based sensitivity indices (Saltelli 2002; Saltelli et al. 2010, Comput. Phys.
 * Commun. 181:259): N points of a 2k-dimensional Sobol sequence give two independent matrices A (the first k
 * coordinates) and B (the last k); AB<sub>i</sub> is A with column i taken from B. The sample lists, for each
 * base row j, A<sub>j</sub>, B<sub>j</sub>, then AB<sub>1,j</sub> … AB<sub>k,j</sub>: N(k + 2) points in all.
 * The sequence's first point (the origin) is skipped, as is usual.
 */
public final class SaltelliSample {
    private SaltelliSample() {
    }

    /** Points per base row: A, B and one AB per factor. */
    public static int block(int k) {
        return k + 2;
    }

    public static double[][] of(int n, int k) {
        SobolSequenceGenerator sobol = new SobolSequenceGenerator(2 * k);
        sobol.skipTo(1);
        double[][] points = new double[n * block(k)][];
        for (int j = 0; j < n; j++) {
            double[] ab = sobol.nextVector();
            double[] a = new double[k];
            double[] b = new double[k];
            System.arraycopy(ab, 0, a, 0, k);
            System.arraycopy(ab, k, b, 0, k);
            int at = j * block(k);
            points[at] = a;
            points[at + 1] = b;
            for (int i = 0; i < k; i++) {
                double[] abi = a.clone();
                abi[i] = b[i];
                points[at + 2 + i] = abi;
            }
        }
        return points;
    }
}
