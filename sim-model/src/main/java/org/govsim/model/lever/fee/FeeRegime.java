package org.govsim.model.lever.fee;

import ec.util.MersenneTwisterFast;
import java.util.List;
import org.govsim.model.actors.FeeContract;
import org.govsim.model.lever.Lever;
import org.govsim.model.lever.LeverContext;
import org.govsim.model.lever.LeverMetrics;
import org.govsim.model.metrics.CompoundFigure;
import org.govsim.model.metrics.MetricDef;
import org.govsim.model.param.ParamConstraints;
import org.govsim.model.param.ParamDef;
import org.govsim.model.param.ParamValues;
import org.govsim.model.world.Compound;

/**
 * The property-fee regime lever: puts the companies of a share of compounds under a commission, trust or
 * fee-quality-linked (信酬制) contract instead of the flat one. Everything else follows from the contract:
 * the company's best effort, its quality, the dispute rate that depends on effort, and the owners'
 * willingness to pay where the contract is transparent.
 */
public final class FeeRegime implements Lever<FeeSettings> {
    private static final long serialVersionUID = 1L;

    @Override
    public String name() {
        return "property.contract";
    }

    @Override
    public String title() {
        return "Property-fee regime (信酬制 fee-quality linkage)";
    }

    @Override
    public List<ParamDef> parameters() {
        return FeeSettings.declare();
    }

    @Override
    public List<ParamConstraints.Constraint> constraints() {
        // the linked share is released from ratingMin to ratingTarget: the two must leave room for a slope
        return List.of(new ParamConstraints.Constraint(List.of("property.ratingTarget", "property.ratingMin", "property.contract"),
                v -> !"LINKED".equals(v.choice("property.contract")) || v.real("property.ratingTarget") >= v.real("property.ratingMin") + 0.01,
                "property.ratingTarget at least property.ratingMin + 0.01 when property.contract is LINKED"));
    }

    @Override
    public List<MetricDef> metrics() {
        return List.of(LeverMetrics.flag("reformed_contract", "company under the reformed fee contract", "实行改革后的物业合同",
                "the scenario's regime (commission, trust or fee-quality linkage) instead of the flat contract"));
    }

    /** A case compound's {@code contract: true} puts its company under the regime, {@code false} keeps it flat. */
    static final String CASE_KEY = "contract";

    @Override
    public List<String> caseKeys() {
        return List.of(CASE_KEY);
    }

    @Override
    public FeeSettings settings(ParamValues values) {
        return FeeSettings.from(values);
    }

    @Override
    public void install(FeeSettings s, LeverContext context) {
        MersenneTwisterFast rng = context.stream();
        boolean[] reformed = new boolean[context.compounds().length];
        context.figure("reformed_contract", new CompoundFigure.Flags(reformed));
        double slope = context.core().property().perceivedCollectionSlope();
        for (Compound c : context.compounds()) {
            boolean under = s.share() >= 1 || rng.nextDouble() < s.share();
            double named = c.caseAttribute(CASE_KEY);
            if (!Double.isNaN(named)) {
                under = named > 0;
            }
            if (!under) {
                continue;
            }
            FeeContract contract = switch (s.regime()) {
                case "COMMISSION" -> new CommissionContract(s.commissionRate(), false);
                case "TRUST" -> new CommissionContract(s.commissionRate(), s.transparency());
                case "LINKED" -> new LinkedContract(s, slope, c.ownersCommittee(), rng);
                default -> throw new IllegalStateException("no contract " + s.regime());
            };
            c.company().setContract(contract);
            reformed[c.index()] = true;
        }
    }
}
