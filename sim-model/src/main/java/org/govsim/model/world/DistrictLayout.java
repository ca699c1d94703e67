package org.govsim.model.world;

import ec.util.MersenneTwisterFast;
import java.io.Serializable;

/**
 * The sizes and grouping of the district before any agent exists: households per compound (lognormal with
 * the configured mean and CV), which compounds are old, which community and which grid each belongs to.
 * Grids are built greedily from neighbouring compounds of one community until they reach the grid size.
 */
public final class DistrictLayout implements Serializable {
    private static final long serialVersionUID = 1L;

    final int[] households;
    final boolean[] old;
    final int[] community;
    final int[] grid;
    final int communities;
    final int grids;

    DistrictLayout(WorldConfig w, MersenneTwisterFast rng) {
        int n = w.compounds();
        households = new int[n];
        old = new boolean[n];
        community = new int[n];
        grid = new int[n];
        double cv = w.householdsPerCompoundCv();
        double sigma2 = Math.log(1 + cv * cv);
        double mu = Math.log(w.householdsPerCompoundMean()) - sigma2 / 2;
        for (int c = 0; c < n; c++) {
            double size = Math.exp(mu + Math.sqrt(sigma2) * rng.nextGaussian());
            households[c] = Math.max(w.minHouseholdsPerCompound(), (int) Math.round(size));
            old[c] = rng.nextDouble() < w.oldCompoundShare();
            community[c] = c / w.compoundsPerCommunity();
        }
        communities = n == 0 ? 0 : community[n - 1] + 1;
        int g = -1;
        int filled = Integer.MAX_VALUE;
        for (int c = 0; c < n; c++) {
            boolean newCommunity = c == 0 || community[c] != community[c - 1];
            if (newCommunity || filled >= w.householdsPerGrid()) {
                g++;
                filled = 0;
            }
            grid[c] = g;
            filled += households[c];
        }
        grids = g + 1;
    }

    public int totalHouseholds() {
        long sum = 0;
        for (int h : households) {
            sum += h;
        }
        return Math.toIntExact(sum);
    }
}
