package org.govsim.runner.analysis;

import org.govsim.model.metrics.MetricDef;

/**
 * One option against its baseline on one metric: the difference option − baseline with its interval at the
 * comparison's simultaneous level ({@link Simultaneous}: the t interval, paired or Welch), the t-test's p-value
 * before and after the same adjustment, a rank test beside it when the data are skewed, the standardised effect
 * size, the difference across parameter draws when the runs were made on draws ({@link UncertainDifference}), and
 * the verdict ({@link Verdict}): from the draws' interval when there are draws, else from the t interval.
 *
 * @param option       the option's label
 * @param baseline     its baseline's label
 * @param metric       the metric's declaration
 * @param paired       whether runs were paired (the same district on the same seeds: common random numbers)
 * @param nOption      the option's runs used
 * @param nBaseline    the baseline's runs used (equal to nOption when paired: the pairs)
 * @param baselineMean the baseline's mean over the runs used
 * @param optionMean   the option's mean over the runs used
 * @param difference   optionMean − baselineMean (paired: the mean of the differences), with its 95% t interval and test
 * @param level        the confidence of {@code low} and {@code high}
 * @param low          the interval's lower end at {@code level}
 * @param high         its upper end
 * @param test         the t-test behind p
 * @param p            its two-sided p-value; NaN when no test could be made
 * @param pAdjusted    p after the comparison's adjustment (Bonferroni)
 * @param rank         the rank test made beside it when the data are skewed
 * @param effectSize   Cohen's d_z (paired) or d (unpaired)
 * @param skewness     the sample skewness that decided whether to check by ranks
 * @param uncertain    the difference across parameter draws, or null when the runs were not made on draws
 * @param verdict      what it means for a planner
 */
public record OptionDifference(String option, String baseline, MetricDef metric, boolean paired, int nOption, int nBaseline,
                               double baselineMean, double optionMean, MeanDifference difference, double level, double low,
                               double high, Test test, double p, double pAdjusted, RankCheck rank, double effectSize,
                               double skewness, UncertainDifference uncertain, Verdict verdict) {

    /** The test behind a p-value. */
    public enum Test {
        PAIRED_T("paired t", "配对t检验"), WELCH_T("Welch t", "Welch t检验"), NONE("no test", "无检验");

        private final String label;
        private final String labelZh;

        Test(String label, String labelZh) {
            this.label = label;
            this.labelZh = labelZh;
        }

        public String label() {
            return label;
        }

        public String label(Language lang) {
            return lang.pick(label, labelZh);
        }
    }

    /** The metric's column. */
    public String column() {
        return metric.column();
    }

    /** The estimate the verdict rests on: across draws when there are draws, else over replications. */
    public double estimate() {
        return uncertain != null ? uncertain.mean() : difference.estimate();
    }

    /** The lower end of the interval the verdict rests on. */
    public double verdictLow() {
        return uncertain != null ? uncertain.low() : low;
    }

    /** The upper end of the interval the verdict rests on. */
    public double verdictHigh() {
        return uncertain != null ? uncertain.high() : high;
    }

    /** The difference ÷ the baseline's mean (the baseline mean taken as fixed); NaN when that mean is 0. */
    public double relative() {
        return relative(estimate());
    }

    public double relativeLow() {
        return relative(verdictLow());
    }

    private double relative(double v) {
        return baselineMean == 0 || Double.isNaN(baselineMean) ? Double.NaN : v / Math.abs(baselineMean);
    }

    /** "d_z" or "d". */
    public String effectSizeKind() {
        return paired ? "d_z" : "d";
    }

    /** Whether the interval over replications excludes zero: a difference beyond simulation noise. */
    public boolean significant() {
        return low > 0 || high < 0;
    }
}
