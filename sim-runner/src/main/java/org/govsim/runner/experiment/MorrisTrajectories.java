package org.govsim.runner.experiment;

import java.util.SplittableRandom;

/**
 * Morris's (1991, Technometrics 33:161) one-factor-at-a-time trajectories on a grid of p levels {0, 1/(p−1), …, 1}
 * in each of k unit coordinates. A trajectory is k + 1 points: a random start, then each factor moved once, in a
 * random order, by Δ = p / (2(p − 1)) up or down; consecutive points differ in that factor alone, so their outputs
 * give one elementary effect of it. The start level of a factor that moves up is drawn from the lower half of the
 * grid and one that moves down from the upper half, so every point stays on the grid and, with p even, every level
 * is visited equally often (Morris's B* = (J x* + (Δ/2)((2B − J)D* + J))P*, with D* the directions and P* the order).
 */
public final class MorrisTrajectories {
    private final int k;
    private final double delta;
    private final double[][] points;
    private final int[] factor;
    private final double[] step;

    private MorrisTrajectories(int k, double delta, double[][] points, int[] factor, double[] step) {
        this.k = k;
        this.delta = delta;
        this.points = points;
        this.factor = factor;
        this.step = step;
    }

    /** The step Δ = p / (2(p − 1)), as a fraction of each factor's range. */
    public static double delta(int levels) {
        return levels / (2.0 * (levels - 1));
    }

    /**
     * r trajectories of k factors on {@code levels} levels (even, at least 2), drawn from {@code random}: per trajectory
     * the k start levels, the k directions, then the order (Fisher–Yates), so the same generator gives the same paths.
     */
    public static MorrisTrajectories of(int r, int k, int levels, SplittableRandom random) {
        if (r < 1 || k < 1 || levels < 2 || levels % 2 != 0) {
            throw new IllegalArgumentException("Morris trajectories need r >= 1, k >= 1 and an even number of levels >= 2, got r = " + r
                    + ", k = " + k + ", levels = " + levels);
        }
        int half = levels / 2;
        double top = levels - 1.0;
        double[][] points = new double[r * (k + 1)][];
        int[] factor = new int[r * k];
        double[] step = new double[r * k];
        for (int t = 0; t < r; t++) {
            int[] level = new int[k];
            int[] direction = new int[k];
            for (int j = 0; j < k; j++) {
                level[j] = random.nextInt(half);
            }
            for (int j = 0; j < k; j++) {
                direction[j] = random.nextBoolean() ? 1 : -1;
                if (direction[j] < 0) {
                    level[j] += half;
                }
            }
            int[] order = new int[k];
            for (int j = 0; j < k; j++) {
                order[j] = j;
            }
            for (int j = k - 1; j > 0; j--) {
                int s = random.nextInt(j + 1);
                int swap = order[j];
                order[j] = order[s];
                order[s] = swap;
            }
            points[t * (k + 1)] = unit(level, top);
            for (int m = 1; m <= k; m++) {
                int j = order[m - 1];
                level[j] += direction[j] * half;
                points[t * (k + 1) + m] = unit(level, top);
                factor[t * k + m - 1] = j;
                step[t * k + m - 1] = direction[j] * half / top;
            }
        }
        return new MorrisTrajectories(k, delta(levels), points, factor, step);
    }

    private static double[] unit(int[] level, double top) {
        double[] x = new double[level.length];
        for (int j = 0; j < x.length; j++) {
            x[j] = level[j] / top;
        }
        return x;
    }

    public int trajectories() {
        return factor.length / k;
    }

    public int factors() {
        return k;
    }

    public double delta() {
        return delta;
    }

    /** Every point in unit coordinates, trajectory by trajectory: point m of trajectory t is at t(k + 1) + m. */
    public double[][] points() {
        double[][] copy = new double[points.length][];
        for (int i = 0; i < points.length; i++) {
            copy[i] = points[i].clone();
        }
        return copy;
    }

    /** The factor that moves from point m − 1 to point m (m in 1..k) of trajectory t. */
    public int factorAt(int t, int m) {
        return factor[t * k + m - 1];
    }

    /** That move in unit coordinates: +Δ or −Δ. */
    public double stepAt(int t, int m) {
        return step[t * k + m - 1];
    }
}
