package org.govsim.runner.bench;

/**
 * How cost grows, each as observed ÷ ideal, so 1.00 is perfectly linear: time per resident of L against M,
 * three years against one, and doubled issue rates against the same district (ideal: cost in proportion to
 * the issues).
 */
public record Scaling(double residents, double years, double issueRate) {

    public static double ratio(double observedCost, double baseCost, double idealFactor) {
        return observedCost / baseCost / idealFactor;
    }

    /** Within the tolerance of ideal (e.g. 0.15 for 15%). */
    public static boolean linear(double normalised, double tolerance) {
        return Math.abs(normalised - 1) <= tolerance;
    }
}
