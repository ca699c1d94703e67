package org.govsim.runner.calibration;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One generation of adaptive population Monte Carlo ABC (Lenormand, Jabot & Deffuant 2013, "Adaptive approximate
 * Bayesian computation for complex models", Computational Statistics 28:2777; the algorithm OpenMOLE and EasyABC
 * use). With P the particles kept (α = 1/2 of the pool): the first generation draws 2P points from the prior and
 * keeps the P closest; each later one proposes P new points from the kept ones ({@link Perturbation}), weights them
 * by prior over proposal density, pools them with the P kept, and keeps the P closest of the 2P. The tolerance ε is
 * the largest kept distance (the α-quantile of the pool), so it falls as fast as the model allows; the acceptance
 * rate is the share of new points within the previous ε, and the run stops when it falls below a threshold.
 * Ties of distance keep the older particle, then the lower index, so the result depends on nothing but the draws.
 */
final class AdaptiveStep {
    private static final Comparator<Particle> CLOSEST_FIRST = Comparator.comparingDouble(Particle::distance)
            .thenComparingInt(Particle::generation).thenComparingInt(Particle::index);

    private AdaptiveStep() {
    }

    /** The first generation: draws from the prior (weight 1), the closest {@code keep} kept. */
    static Population first(List<Particle> drawn, int keep) {
        List<Particle> kept = closest(drawn, keep);
        return new Population(1, kept.get(kept.size() - 1).distance(), Double.NaN, 1, drawn.size(), kept);
    }

    /**
     * A later generation.
     *
     * @param previous the last population
     * @param kernel   the proposal built from it
     * @param boxMass  the kernel's mass inside the prior box
     * @param proposed the generation's new particles, their weights still unset
     * @param keep     P
     */
    static Population next(Population previous, Perturbation kernel, double boxMass, List<Particle> proposed, int keep) {
        List<Particle> pool = new ArrayList<>(previous.particles());
        int within = 0;
        for (Particle p : proposed) {
            pool.add(p.withWeight(kernel.weight(p.theta(), boxMass)));
            if (p.distance() <= previous.tolerance()) {
                within++;
            }
        }
        List<Particle> kept = closest(pool, keep);
        return new Population(previous.generation() + 1, kept.get(kept.size() - 1).distance(), within / (double) proposed.size(),
                boxMass, proposed.size(), kept);
    }

    private static List<Particle> closest(List<Particle> pool, int keep) {
        List<Particle> sorted = new ArrayList<>(pool);
        sorted.sort(CLOSEST_FIRST);
        return List.copyOf(sorted.subList(0, Math.min(keep, sorted.size())));
    }
}
