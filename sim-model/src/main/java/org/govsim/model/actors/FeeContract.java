package org.govsim.model.actors;

import java.io.Serializable;

/**
 * How a property company is paid (物业服务合同). A contract turns the month's billing and collection into the
 * company's revenue, and tells the company how much one more unit of effort is worth to it, from which the
 * company chooses its effort. The flat contract (包干) is the baseline; other regimes (commission, trust,
 * fee-quality linkage 信酬制) are levers that install a different contract.
 */
public interface FeeContract extends Serializable {

    /** Revenue of the month, yuan, given what was billed and collected and the quality delivered. */
    double revenue(double billed, double collected, double quality);

    /**
     * The effort the company would choose this month: where its marginal revenue of effort equals the
     * marginal cost c·e, unless the contract says otherwise (a commission contract reimburses costs).
     */
    double bestEffort(double billedPerHousehold, double collectionRate, PropertyConfig config);

    /** True when the contract publishes accounts and ratings to owners (raises their willingness to pay). */
    default boolean transparent() {
        return false;
    }

    /** Name for outputs and inspectors. */
    String name();
}
