package org.govsim.model.lever;

import ec.util.MersenneTwisterFast;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;
import org.govsim.model.world.Compound;

/** Chooses the compounds a lever applies to: at random, or by a score with ties broken by index. */
public final class CompoundPicker {
    private CompoundPicker() {
    }

    /** Up to {@code count} eligible compounds in random order (a partial Fisher-Yates shuffle on the lever's stream). */
    public static List<Compound> random(Compound[] all, Predicate<Compound> eligible, int count, MersenneTwisterFast rng) {
        List<Compound> pool = new ArrayList<>();
        for (Compound c : all) {
            if (eligible.test(c)) {
                pool.add(c);
            }
        }
        int n = Math.min(count, pool.size());
        for (int i = 0; i < n; i++) {
            int j = i + rng.nextInt(pool.size() - i);
            Compound t = pool.get(i);
            pool.set(i, pool.get(j));
            pool.set(j, t);
        }
        return new ArrayList<>(pool.subList(0, n));
    }

    /** Up to {@code count} eligible compounds with the highest score. */
    public static List<Compound> top(Compound[] all, Predicate<Compound> eligible, int count, ToDoubleFunction<Compound> score) {
        List<Compound> pool = new ArrayList<>();
        for (Compound c : all) {
            if (eligible.test(c)) {
                pool.add(c);
            }
        }
        pool.sort(Comparator.comparingDouble(score).reversed().thenComparingInt(Compound::index));
        return new ArrayList<>(pool.subList(0, Math.min(count, pool.size())));
    }
}
