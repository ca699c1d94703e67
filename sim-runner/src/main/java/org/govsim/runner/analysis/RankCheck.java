package org.govsim.runner.analysis;

/**
 * A rank test made beside the t interval when the data are skewed ({@link Samples#skewed}): Wilcoxon's signed-rank
 * test of the paired differences, or the Mann–Whitney U test of two independent samples. The verdict rests on the
 * t interval; the rank test can only withhold it (a skewed difference the rank test does not confirm is unclear).
 * It is never asked to decide when it cannot: with few replications its smallest attainable p-value, after the
 * comparison's adjustment, is above 5% (the signed-rank test with 6 pairs cannot go below 0.031, 0.56 after an
 * adjustment for 18 tests), and then the check says so instead.
 *
 * @param test      "Wilcoxon signed-rank" or "Mann-Whitney U"; empty when no check was made
 * @param statistic R's V or W
 * @param p         its p-value, unadjusted
 * @param smallestP the smallest p-value the test can give with these sample sizes
 * @param pAdjusted p after the comparison's adjustment
 * @param status    what the check says
 */
public record RankCheck(String test, double statistic, double p, double smallestP, double pAdjusted, Status status) {

    /** What a rank check says about the verdict. */
    public enum Status {
        /** the data are not skewed: the t interval alone decides */
        NOT_NEEDED,
        /** the rank test agrees with the interval (both find a difference, or neither) */
        AGREES,
        /** the interval excludes zero but the rank test finds no difference: the verdict is withheld */
        DISAGREES,
        /** the rank test could not pass with so few values: the interval decides, and the report says so */
        TOO_FEW
    }

    public static final RankCheck NONE = new RankCheck("", Double.NaN, Double.NaN, Double.NaN, Double.NaN, Status.NOT_NEEDED);

    /** A check before the adjustment is known. */
    static RankCheck raw(String test, RankTest r, double smallestP) {
        return new RankCheck(test, r.statistic(), r.p(), smallestP, Double.NaN, Status.NOT_NEEDED);
    }

    /** The check after the adjustment, given whether the interval excludes zero. */
    RankCheck adjusted(Simultaneous s, boolean intervalExcludesZero) {
        if (test.isEmpty()) {
            return this;
        }
        double adjusted = s.adjust(p);
        Status st;
        if (s.adjust(smallestP) >= Simultaneous.ALPHA) {
            st = Status.TOO_FEW;
        } else if (intervalExcludesZero && !(adjusted < Simultaneous.ALPHA)) {
            st = Status.DISAGREES;
        } else {
            st = Status.AGREES;
        }
        return new RankCheck(test, statistic, p, smallestP, adjusted, st);
    }
}
