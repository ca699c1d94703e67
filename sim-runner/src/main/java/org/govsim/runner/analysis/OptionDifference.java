package org.govsim.runner.analysis;

/**
 * One option against the baseline on one metric: the difference option − baseline with its 95% interval
 * (from the t distribution: paired, or Welch), the same relative to the baseline's mean, the test that judged it
 * and its p-value before and after Holm's adjustment, and the standardised effect size.
 *
 * @param option       the option's label
 * @param metric       the metric
 * @param paired       whether replications were paired (common random numbers)
 * @param nOption      the option's replications used
 * @param nBaseline    the baseline's replications used (equal to nOption when paired: the pairs)
 * @param baselineMean the baseline's mean over the replications used
 * @param optionMean   the option's mean over the replications used
 * @param difference   optionMean − baselineMean (paired: the mean of the differences), with its interval and t-test
 * @param relative     the difference ÷ the baseline's mean (the baseline mean taken as fixed); NaN when that mean is 0
 * @param relativeLow  the interval's lower end ÷ the baseline's mean
 * @param relativeHigh the interval's upper end ÷ the baseline's mean
 * @param test         the test that gave the p-value
 * @param statistic    its statistic: t, or R's V (signed rank) or W (rank sum)
 * @param p            its two-sided p-value; NaN when no test could be made
 * @param pHolm        p adjusted by Holm's method over all the comparison's tests
 * @param effectSize   Cohen's d_z (paired) or d (unpaired)
 * @param skewness     the sample skewness that decided the test: of the differences (paired) or the larger in absolute value of the two samples
 */
public record OptionDifference(String option, String metric, boolean paired, int nOption, int nBaseline, double baselineMean,
                               double optionMean, MeanDifference difference, double relative, double relativeLow,
                               double relativeHigh, Test test, double statistic, double p, double pHolm, double effectSize,
                               double skewness) {

    /** The test behind a p-value. */
    public enum Test {
        PAIRED_T("paired t"), WELCH_T("Welch t"), SIGNED_RANK("Wilcoxon signed-rank"), RANK_SUM("Mann-Whitney U"),
        NONE("no test");

        private final String label;

        Test(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public OptionDifference withHolm(double adjusted) {
        return new OptionDifference(option, metric, paired, nOption, nBaseline, baselineMean, optionMean, difference, relative,
                relativeLow, relativeHigh, test, statistic, p, adjusted, effectSize, skewness);
    }

    /** "d_z" or "d". */
    public String effectSizeKind() {
        return paired ? "d_z" : "d";
    }

    /** Whether the difference is significant at 5% after Holm's adjustment. */
    public boolean significant() {
        return pHolm < 0.05;
    }
}
