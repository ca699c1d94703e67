package org.govsim.runner.analysis;

import java.util.ArrayList;
import java.util.List;

/**
 * The Patient Rule Induction Method's peeling (Friedman and Fisher 1999, "Bump hunting in high-dimensional data",
 * Statistics and Computing 9:123), as scenario discovery uses it (Bryant and Lempert 2010): a box in the space of
 * the uncertain parameters where a condition holds (here: the draws where an option's verdict flips). Starting
 * from the box that holds every draw, each step peels the share {@link #ALPHA} of the draws still inside off the
 * low or the high end of one parameter, the peel that leaves the highest share of flipped draws inside; peeling
 * stops when fewer than {@link #MIN_SUPPORT} of the draws (and at least 3) would remain or every draw inside has
 * flipped. Of the boxes along the way the one with the largest density × coverage is kept (density: the share of
 * its draws that flipped; coverage: the share of all flipped draws inside it). The pasting step is left out: with
 * tens of draws it rarely moves a bound.
 */
final class Prim {
    /** The share of the box's draws each peel removes (Friedman and Fisher's α, 0.05–0.1). */
    static final double ALPHA = 0.1;
    /** The smallest share of all draws a box may hold. */
    static final double MIN_SUPPORT = 0.1;

    private Prim() {
    }

    /**
     * @param names  the parameters
     * @param x      per draw, each parameter's value (draws with a NaN value are left out)
     * @param target per draw, whether the condition holds
     * @return the box, or null when no draw meets the condition or no parameter varies
     */
    static PrimBox box(List<String> names, double[][] x, boolean[] target) {
        List<Integer> inside = new ArrayList<>();
        int positives = 0;
        for (int i = 0; i < x.length; i++) {
            if (defined(x[i])) {
                inside.add(i);
                positives += target[i] ? 1 : 0;
            }
        }
        int p = names.size();
        if (positives == 0 || p == 0 || inside.isEmpty()) {
            return null;
        }
        double[] lo = new double[p];
        double[] hi = new double[p];
        for (int j = 0; j < p; j++) {
            lo[j] = Double.POSITIVE_INFINITY;
            hi[j] = Double.NEGATIVE_INFINITY;
            for (int i : inside) {
                lo[j] = Math.min(lo[j], x[i][j]);
                hi[j] = Math.max(hi[j], x[i][j]);
            }
        }
        double[] fullLo = lo.clone();
        double[] fullHi = hi.clone();
        int total = inside.size();
        int minimum = Math.max(3, (int) Math.ceil(MIN_SUPPORT * total));
        PrimBox best = box(names, lo, hi, fullLo, fullHi, inside, target, positives, total);
        while (density(inside, target) < 1) {
            List<Integer> bestInside = null;
            double bestDensity = -1;
            int bestDim = -1;
            boolean bestLow = false;
            for (int j = 0; j < p; j++) {
                for (boolean low : new boolean[] {true, false}) {
                    List<Integer> kept = peel(inside, x, j, low);
                    if (kept.size() < minimum || kept.size() == inside.size()) {
                        continue;
                    }
                    double dens = density(kept, target);
                    if (dens > bestDensity || dens == bestDensity && kept.size() > bestInside.size()) {
                        bestDensity = dens;
                        bestInside = kept;
                        bestDim = j;
                        bestLow = low;
                    }
                }
            }
            if (bestInside == null) {
                break;
            }
            inside = bestInside;
            double bound = bestLow ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
            for (int i : inside) {
                bound = bestLow ? Math.min(bound, x[i][bestDim]) : Math.max(bound, x[i][bestDim]);
            }
            if (bestLow) {
                lo[bestDim] = bound;
            } else {
                hi[bestDim] = bound;
            }
            PrimBox candidate = box(names, lo, hi, fullLo, fullHi, inside, target, positives, total);
            if (candidate.density() * candidate.coverage() > best.density() * best.coverage()) {
                best = candidate;
            }
        }
        return best;
    }

    /** The draws left after removing the share ALPHA (at least one, and every draw tied with the last removed) from one end. */
    private static List<Integer> peel(List<Integer> inside, double[][] x, int j, boolean low) {
        List<Integer> sorted = new ArrayList<>(inside);
        sorted.sort((a, b) -> low ? Double.compare(x[a][j], x[b][j]) : Double.compare(x[b][j], x[a][j]));
        int remove = Math.max(1, (int) Math.floor(ALPHA * inside.size()));
        double cut = x[sorted.get(remove - 1)][j];
        List<Integer> kept = new ArrayList<>();
        for (int i : inside) {
            boolean beyond = low ? x[i][j] > cut : x[i][j] < cut;
            if (beyond) {
                kept.add(i);
            }
        }
        return kept;
    }

    private static double density(List<Integer> inside, boolean[] target) {
        int n = 0;
        for (int i : inside) {
            n += target[i] ? 1 : 0;
        }
        return inside.isEmpty() ? 0 : (double) n / inside.size();
    }

    private static PrimBox box(List<String> names, double[] lo, double[] hi, double[] fullLo, double[] fullHi, List<Integer> inside,
                               boolean[] target, int positives, int total) {
        List<PrimBox.Limit> limits = new ArrayList<>();
        for (int j = 0; j < names.size(); j++) {
            if (lo[j] > fullLo[j] || hi[j] < fullHi[j]) {
                limits.add(new PrimBox.Limit(names.get(j), lo[j] > fullLo[j] ? lo[j] : Double.NaN, hi[j] < fullHi[j] ? hi[j] : Double.NaN));
            }
        }
        double dens = density(inside, target);
        return new PrimBox(limits, dens, dens * inside.size() / positives, (double) inside.size() / total);
    }

    private static boolean defined(double[] row) {
        for (double v : row) {
            if (Double.isNaN(v)) {
                return false;
            }
        }
        return true;
    }
}
