package org.govsim.model.world;

import ec.util.MersenneTwisterFast;
import java.util.List;
import java.io.Serializable;

/**
 * The sizes and grouping of the district before any agent exists: households per compound (lognormal with
 * the configured mean and CV), which compounds are old, and which community each belongs to. Grids are laid out
 * once the buildings exist ({@link GridLayout}).
 */
public final class DistrictLayout implements Serializable {
    private static final long serialVersionUID = 1L;

    final int[] households;
    final boolean[] old;
    final int[] community;
    final int communities;
    /** the case compound placed at each index, or null */
    final CaseCompound[] caseAt;

    DistrictLayout(WorldConfig w, MersenneTwisterFast rng) {
        int n = w.compounds();
        households = new int[n];
        old = new boolean[n];
        community = new int[n];
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
        caseAt = new CaseCompound[n];
    }

    /**
     * Puts the named case compounds in place of drawn ones, spread evenly over the district (so they fall in
     * different communities), after every compound's size and kind are drawn, so that naming cases changes no other
     * compound's size or kind (the households and buildings drawn after a case, from the same stream, do change).
     */
    void place(List<CaseCompound> cases) {
        int n = households.length;
        for (int i = 0; i < cases.size(); i++) {
            int c = (int) ((i + 0.5) * n / cases.size());
            CaseCompound k = cases.get(i);
            households[c] = k.households();
            old[c] = k.old();
            caseAt[c] = k;
        }
    }

    public int totalHouseholds() {
        long sum = 0;
        for (int h : households) {
            sum += h;
        }
        return Math.toIntExact(sum);
    }
}
