package org.govsim.runner.analysis;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * Holm's (1979) step-down adjustment of p-values for multiple comparisons, as R's
 * {@code p.adjust(p, method = "holm")}: with the m defined p-values sorted ascending, p₍ᵢ₎ becomes
 * max over j ≤ i of min(1, (m − j + 1)·p₍ⱼ₎). NaN p-values (tests that could not be made) stay NaN and are not
 * counted in m. It controls the family-wise error rate under any dependence between the tests.
 */
public final class Holm {
    private Holm() {
    }

    public static double[] adjust(double[] p) {
        double[] adjusted = new double[p.length];
        Arrays.fill(adjusted, Double.NaN);
        Integer[] order = IntStream.range(0, p.length).filter(i -> !Double.isNaN(p[i])).boxed()
                .sorted(Comparator.comparingDouble(i -> p[i])).toArray(Integer[]::new);
        int m = order.length;
        double running = 0;
        for (int rank = 0; rank < m; rank++) {
            int i = order[rank];
            if (p[i] < 0 || p[i] > 1) {
                throw new IllegalArgumentException("p-values must be in [0, 1], got " + p[i] + " at index " + i);
            }
            running = Math.max(running, Math.min(1, (m - rank) * p[i]));
            adjusted[i] = running;
        }
        return adjusted;
    }
}
