package org.govsim.model.lever.fee;

import org.govsim.model.actors.FeeContract;
import org.govsim.model.actors.PropertyConfig;

/**
 * The commission contract (酬金制): owners' fees pay the service's costs and the company earns a commission
 * r_c on what is collected. Costs are reimbursed up to the collected budget, so the company spends what the
 * budget allows: effort e with c₀ + c e²/2 = collected per household. With {@code transparent} the owners
 * see the accounts (the trust contract, 信托制), which raises their willingness to pay (domain-notes §4.5.3).
 */
record CommissionContract(double commissionRate, boolean transparent) implements FeeContract {

    @Override
    public double revenue(double billed, double collected, double quality) {
        return commissionRate * collected;
    }

    @Override
    public double bestEffort(double billedPerHousehold, double collectionRate, PropertyConfig config) {
        double budget = billedPerHousehold * collectionRate * (1 - commissionRate) - config.fixedCost();
        return Math.sqrt(2 * Math.max(0, budget) / config.effortCost());
    }

    /** The commission is the company's; only the rest of the fees can pay for service, whatever the complaints push for. */
    @Override
    public double retainedShare(double effort) {
        return 1 - commissionRate;
    }

    @Override
    public String name() {
        return transparent ? "TRUST" : "COMMISSION";
    }
}
