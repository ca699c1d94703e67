package org.govsim.runner.analysis;

import java.util.List;

/**
 * One option against the baseline on one metric, before Holm's adjustment. The interval always comes from the
 * t distribution (paired, or Welch); the p-value from that t-test, or from a rank test when the data are skewed
 * by {@link Samples#skewed}: the paired differences (Wilcoxon signed-rank) or either sample (Mann–Whitney U). Data
 * without variation (all differences equal) are not tested: the test is {@link OptionDifference.Test#NONE}.
 */
final class DifferenceTest {
    private DifferenceTest() {
    }

    static OptionDifference of(ScenarioResults baseline, ScenarioResults option, String metric, Pairing pairing) {
        return pairing.paired() ? paired(baseline, option, metric, pairing.replications()) : unpaired(baseline, option, metric);
    }

    private static OptionDifference paired(ScenarioResults baseline, ScenarioResults option, String metric, List<Integer> replications) {
        int n = replications.size();
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            int r = replications.get(i);
            double a = option.replication(r).orElseThrow().metric(metric);
            double b = baseline.replication(r).orElseThrow().metric(metric);
            boolean both = !Double.isNaN(a) && !Double.isNaN(b);
            x[i] = both ? a : Double.NaN;
            y[i] = both ? b : Double.NaN;
        }
        double[] d = Samples.differences(x, y);
        MetricStatistics xs = MetricStatistics.of(x);
        MetricStatistics ys = MetricStatistics.of(y);
        if (d.length < 2) {
            return untested(option, metric, true, xs, ys);
        }
        MeanDifference diff = MeanDifference.ofDifferences(d);
        if (Double.isNaN(diff.p())) {
            return result(option, metric, true, xs, ys, diff, OptionDifference.Test.NONE, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        double skew = Samples.skewness(d);
        OptionDifference.Test test;
        double statistic;
        double p;
        if (Samples.skewed(d)) {
            RankTest rank = RankTest.signedRankOfDifferences(d);
            test = OptionDifference.Test.SIGNED_RANK;
            statistic = rank.statistic();
            p = rank.p();
        } else {
            test = OptionDifference.Test.PAIRED_T;
            statistic = diff.t();
            p = diff.p();
        }
        return result(option, metric, true, xs, ys, diff, test, statistic, p, EffectSize.dz(x, y), skew);
    }

    private static OptionDifference unpaired(ScenarioResults baseline, ScenarioResults option, String metric) {
        double[] x = Samples.defined(option.values(metric));
        double[] y = Samples.defined(baseline.values(metric));
        MetricStatistics xs = MetricStatistics.of(x);
        MetricStatistics ys = MetricStatistics.of(y);
        if (x.length < 2 || y.length < 2) {
            return untested(option, metric, false, xs, ys);
        }
        MeanDifference diff = MeanDifference.welch(x, y);
        if (Double.isNaN(diff.p())) {
            return result(option, metric, false, xs, ys, diff, OptionDifference.Test.NONE, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        double sx = Samples.skewness(x);
        double sy = Samples.skewness(y);
        double skew = Double.isNaN(sx) || Math.abs(sy) > Math.abs(sx) ? sy : sx;
        OptionDifference.Test test;
        double statistic;
        double p;
        if (Samples.skewed(x) || Samples.skewed(y)) {
            RankTest rank = RankTest.rankSum(x, y);
            test = OptionDifference.Test.RANK_SUM;
            statistic = rank.statistic();
            p = rank.p();
        } else {
            test = OptionDifference.Test.WELCH_T;
            statistic = diff.t();
            p = diff.p();
        }
        return result(option, metric, false, xs, ys, diff, test, statistic, p, EffectSize.cohensD(x, y), skew);
    }

    private static OptionDifference untested(ScenarioResults option, String metric, boolean paired, MetricStatistics xs,
                                             MetricStatistics ys) {
        double estimate = xs.mean() - ys.mean();
        MeanDifference diff = new MeanDifference(estimate, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, paired);
        return result(option, metric, paired, xs, ys, diff, OptionDifference.Test.NONE, Double.NaN, Double.NaN, Double.NaN,
                Double.NaN);
    }

    private static OptionDifference result(ScenarioResults option, String metric, boolean paired, MetricStatistics xs,
                                           MetricStatistics ys, MeanDifference diff, OptionDifference.Test test, double statistic,
                                           double p, double effect, double skew) {
        double base = ys.mean();
        boolean relative = base != 0 && !Double.isNaN(base);
        return new OptionDifference(option.label(), metric, paired, xs.n(), ys.n(), base, xs.mean(), diff,
                relative ? diff.estimate() / Math.abs(base) : Double.NaN, relative ? diff.ciLow() / Math.abs(base) : Double.NaN,
                relative ? diff.ciHigh() / Math.abs(base) : Double.NaN, test, statistic, p, Double.NaN, effect, skew);
    }
}
