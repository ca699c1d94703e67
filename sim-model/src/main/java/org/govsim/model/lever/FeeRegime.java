package org.govsim.model.lever;

import ec.util.MersenneTwisterFast;
import org.govsim.model.District;
import org.govsim.model.actors.CommissionContract;
import org.govsim.model.actors.FeeContract;
import org.govsim.model.actors.LinkedContract;
import org.govsim.model.param.ParamValues;
import org.govsim.model.world.Compound;

/**
 * The property-fee regime lever: puts the companies of a share of compounds under a commission, trust or
 * fee-quality-linked (信酬制) contract instead of the flat one. Everything else follows from the contract:
 * the company's best effort, its quality, the dispute rate that depends on effort, and the owners'
 * willingness to pay where the contract is transparent.
 */
public final class FeeRegime implements Lever {
    private static final long serialVersionUID = 1L;

    private final String regime;
    private final double share;
    private final double commissionRate;
    private final double beta;
    private final double ratingNoise;
    private final double ratingMin;
    private final double ratingTarget;
    private final boolean transparency;

    public FeeRegime(ParamValues p) {
        this.regime = p.choice("property.contract");
        this.share = p.real("property.contractShare");
        this.commissionRate = p.real("property.commissionRate");
        this.beta = p.real("property.linkageBeta");
        this.ratingNoise = p.real("property.ratingNoise");
        this.ratingMin = p.real("property.ratingMin");
        this.ratingTarget = Math.max(p.real("property.ratingTarget"), p.real("property.ratingMin") + 0.01);
        this.transparency = p.bool("property.transparency");
    }

    @Override
    public String name() {
        return "property.contract";
    }

    @Override
    public void install(District district) {
        MersenneTwisterFast rng = district.streams().lever(name());
        double slope = district.config().property().perceivedCollectionSlope();
        for (Compound c : district.compounds()) {
            if (share < 1 && rng.nextDouble() >= share) {
                continue;
            }
            FeeContract contract = switch (regime) {
                case "COMMISSION" -> new CommissionContract(commissionRate, false);
                case "TRUST" -> new CommissionContract(commissionRate, transparency);
                case "LINKED" -> new LinkedContract(beta, ratingNoise, ratingMin, ratingTarget, slope, transparency, c, rng);
                default -> throw new IllegalStateException("no contract " + regime);
            };
            c.company().setContract(contract);
        }
    }
}
