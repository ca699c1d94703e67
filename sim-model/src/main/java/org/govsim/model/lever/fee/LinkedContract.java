package org.govsim.model.lever.fee;

import ec.util.MersenneTwisterFast;
import org.apache.commons.math3.special.Erf;
import org.govsim.model.actors.FeeContract;
import org.govsim.model.actors.OwnersCommittee;
import org.govsim.model.actors.PropertyConfig;

/**
 * Fee-quality linkage, the trust-remuneration contract (信酬制, "达标再结账"), piloted at Qiongyuan Plaza
 * in Meilan (article Q12-Q14): a share β of the collected fee is released only according to the owners'
 * public rating of quality, Q̂ = q + ε with ε ~ N(0, σ_A²) and σ_A = σ₀ (1 − w Q_oc) (a better owners'
 * committee rates more precisely); the score is s(Q̂) = clamp((Q̂ − Q_min)/(Q_target − Q_min), 0, 1).
 * The marginal revenue of effort becomes β·F·ρ/(Q_target − Q_min) (LEN logic, domain-notes §4.5.3), so
 * the company's best effort rises with β; the rating is published (transparency).
 */
final class LinkedContract implements FeeContract {
    private static final long serialVersionUID = 1L;

    private final double beta;
    private final double ratingNoise;
    private final double committeePrecision;
    private final double ratingMin;
    private final double ratingTarget;
    private final double perceivedCollectionSlope;
    private final boolean transparent;
    private final OwnersCommittee committee;
    private final MersenneTwisterFast rng;

    LinkedContract(FeeSettings s, double perceivedCollectionSlope, OwnersCommittee committee, MersenneTwisterFast rng) {
        this.beta = s.beta();
        this.ratingNoise = s.ratingNoise();
        this.committeePrecision = s.committeePrecision();
        this.ratingMin = s.ratingMin();
        this.ratingTarget = s.ratingTarget();
        this.perceivedCollectionSlope = perceivedCollectionSlope;
        this.transparent = s.transparency();
        this.committee = committee;
        this.rng = rng;
    }

    /** The spread of the owners' rating around the quality delivered. */
    private double ratingSd() {
        return ratingNoise * (1 - committeePrecision * committee.quality());
    }

    @Override
    public double revenue(double billed, double collected, double quality) {
        double rated = quality + ratingSd() * rng.nextGaussian();
        double score = Math.max(0, Math.min(1, (rated - ratingMin) / (ratingTarget - ratingMin)));
        return collected * ((1 - beta) + beta * score);
    }

    /**
     * Solves MR(e) = c·e by bisection. The expected score's slope is the chance that the noisy rating falls
     * inside the linear part, [Φ((Q_t − e)/σ) − Φ((Q_min − e)/σ)] / (Q_t − Q_min), so effort pays off less
     * once the company is likely to be rated above target: an interior optimum, not a corner.
     */
    @Override
    public double bestEffort(double billedPerHousehold, double collectionRate, PropertyConfig config) {
        double sigma = Math.max(1e-6, ratingSd());
        double lo = 0;
        double hi = 1;
        for (int i = 0; i < 40; i++) {
            double e = (lo + hi) / 2;
            double inside = phi((ratingTarget - e) / sigma) - phi((ratingMin - e) / sigma);
            double marginal = beta * billedPerHousehold * collectionRate * inside / (ratingTarget - ratingMin)
                    + (1 - beta) * billedPerHousehold * perceivedCollectionSlope;
            if (marginal > config.effortCost() * e) {
                lo = e;
            } else {
                hi = e;
            }
        }
        return (lo + hi) / 2;
    }

    private static double phi(double z) {
        return 0.5 * (1 + Erf.erf(z / Math.sqrt(2)));
    }

    @Override
    public boolean transparent() {
        return transparent;
    }

    @Override
    public String name() {
        return "LINKED";
    }
}
