package org.govsim.model.actors;


/**
 * The flat contract (包干制): the company keeps what it collects. Effort pays off only through the collection
 * rate, which responds weakly and late, so the company's perceived marginal revenue of effort is small
 * (the moral hazard of domain-notes §4.5.3).
 */
public record FlatContract(double perceivedCollectionSlope) implements FeeContract {

    @Override
    public double revenue(double billed, double collected, double quality) {
        return collected;
    }

    @Override
    public double bestEffort(double billedPerHousehold, double collectionRate, PropertyConfig config) {
        return billedPerHousehold * perceivedCollectionSlope / config.effortCost();
    }

    @Override
    public String name() {
        return "FLAT";
    }
}
