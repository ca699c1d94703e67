package org.govsim.model.metrics;

/**
 * The month's sums over households and companies, gathered by the monthly billing pass so that observing
 * costs no extra sweep: fees billed and collected, satisfaction and trust totals, company effort.
 */
public record MonthlyAccounts(double billed, double collected, double propertySatisfactionSum,
                              double governanceSatisfactionSum, double trustSum, int households,
                              double effortSum, int companies) {

    public double collectionRate() {
        return billed > 0 ? collected / billed : Double.NaN;
    }

    public double fundingGap() {
        return billed - collected;
    }

    public double propertySatisfactionMean() {
        return propertySatisfactionSum / households;
    }

    public double governanceSatisfactionMean() {
        return governanceSatisfactionSum / households;
    }

    /** Mean of the two satisfactions. */
    public double satisfactionMean() {
        return (propertySatisfactionSum + governanceSatisfactionSum) / (2.0 * households);
    }

    public double trustMean() {
        return trustSum / households;
    }

    public double effortMean() {
        return effortSum / companies;
    }
}
