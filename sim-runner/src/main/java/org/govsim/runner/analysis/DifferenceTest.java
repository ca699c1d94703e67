package org.govsim.runner.analysis;

import java.util.Map;
import org.govsim.model.metrics.MetricDef;

/**
 * One option against its baseline on one metric, before the comparison's adjustment ({@link #of}) and after it
 * ({@link #finish}). The interval and the p-value come from the t distribution (paired, or Welch); when the data
 * are skewed by {@link Samples#skewed}, a rank test is made beside it (Wilcoxon signed-rank of the paired
 * differences, or Mann–Whitney U) as a check ({@link RankCheck}). Data without variation (all differences equal)
 * are not tested: the test is {@link OptionDifference.Test#NONE}.
 */
final class DifferenceTest {
    private DifferenceTest() {
    }

    static OptionDifference of(ScenarioResults baseline, ScenarioResults option, MetricDef metric, Pairing pairing) {
        return pairing.paired() ? paired(baseline, option, metric, pairing) : unpaired(baseline, option, metric);
    }

    /**
     * The difference at the comparison's simultaneous level, with its adjusted p-value, the rank check's reading
     * and the verdict (from the draws when there are any).
     */
    static OptionDifference finish(OptionDifference d, Simultaneous s, UncertainDifference uncertain) {
        double[] interval = d.difference().interval(s.level());
        boolean excludesZero = interval[0] > 0 || interval[1] < 0;
        RankCheck rank = d.rank().adjusted(s, excludesZero);
        Verdict verdict;
        if (uncertain != null) {
            verdict = Verdict.of(d.metric(), uncertain.mean(), uncertain.low(), uncertain.high());
        } else {
            verdict = Verdict.of(d.metric(), d.difference().estimate(), interval[0], interval[1]);
            if (rank.status() == RankCheck.Status.DISAGREES && verdict != Verdict.NEGLIGIBLE) {
                verdict = Verdict.UNCLEAR;
            }
        }
        return new OptionDifference(d.option(), d.baseline(), d.metric(), d.paired(), d.nOption(), d.nBaseline(), d.baselineMean(),
                d.optionMean(), d.difference(), s.level(), interval[0], interval[1], d.test(), d.p(), s.adjust(d.p()), rank,
                d.effectSize(), d.skewness(), uncertain, verdict);
    }

    private static OptionDifference paired(ScenarioResults baseline, ScenarioResults option, MetricDef metric, Pairing pairing) {
        int n = pairing.pairs().size();
        double[] x = new double[n];
        double[] y = new double[n];
        Map<Pairing.Key, ScenarioResults.Run> opt = Pairing.index(option);
        Map<Pairing.Key, ScenarioResults.Run> base = Pairing.index(baseline);
        for (int i = 0; i < n; i++) {
            Pairing.Key k = pairing.pairs().get(i);
            double a = opt.get(k).metric(metric.column());
            double b = base.get(k).metric(metric.column());
            boolean both = !Double.isNaN(a) && !Double.isNaN(b);
            x[i] = both ? a : Double.NaN;
            y[i] = both ? b : Double.NaN;
        }
        double[] d = Samples.differences(x, y);
        MetricStatistics xs = MetricStatistics.of(x);
        MetricStatistics ys = MetricStatistics.of(y);
        if (d.length < 2) {
            return untested(baseline, option, metric, true, xs, ys);
        }
        MeanDifference diff = MeanDifference.ofDifferences(d);
        if (Double.isNaN(diff.p())) {
            return result(baseline, option, metric, true, xs, ys, diff, OptionDifference.Test.NONE, RankCheck.NONE, Double.NaN, Double.NaN);
        }
        RankCheck rank = RankCheck.NONE;
        if (Samples.skewed(d)) {
            RankTest r = RankTest.signedRankOfDifferences(d);
            rank = RankCheck.raw("Wilcoxon signed-rank", r, RankTest.smallestSignedRankP(r.n()));
        }
        return result(baseline, option, metric, true, xs, ys, diff, OptionDifference.Test.PAIRED_T, rank, EffectSize.dz(x, y),
                Samples.skewness(d));
    }

    private static OptionDifference unpaired(ScenarioResults baseline, ScenarioResults option, MetricDef metric) {
        double[] x = Samples.defined(option.values(metric.column()));
        double[] y = Samples.defined(baseline.values(metric.column()));
        MetricStatistics xs = MetricStatistics.of(x);
        MetricStatistics ys = MetricStatistics.of(y);
        if (x.length < 2 || y.length < 2) {
            return untested(baseline, option, metric, false, xs, ys);
        }
        MeanDifference diff = MeanDifference.welch(x, y);
        if (Double.isNaN(diff.p())) {
            return result(baseline, option, metric, false, xs, ys, diff, OptionDifference.Test.NONE, RankCheck.NONE, Double.NaN, Double.NaN);
        }
        double sx = Samples.skewness(x);
        double sy = Samples.skewness(y);
        double skew = Double.isNaN(sx) || Math.abs(sy) > Math.abs(sx) ? sy : sx;
        RankCheck rank = RankCheck.NONE;
        if (Samples.skewed(x) || Samples.skewed(y)) {
            rank = RankCheck.raw("Mann-Whitney U", RankTest.rankSum(x, y), RankTest.smallestRankSumP(x.length, y.length));
        }
        return result(baseline, option, metric, false, xs, ys, diff, OptionDifference.Test.WELCH_T, rank, EffectSize.cohensD(x, y), skew);
    }

    private static OptionDifference untested(ScenarioResults baseline, ScenarioResults option, MetricDef metric, boolean paired,
                                             MetricStatistics xs, MetricStatistics ys) {
        MeanDifference diff = new MeanDifference(xs.mean() - ys.mean(), Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, paired);
        return result(baseline, option, metric, paired, xs, ys, diff, OptionDifference.Test.NONE, RankCheck.NONE, Double.NaN, Double.NaN);
    }

    private static OptionDifference result(ScenarioResults baseline, ScenarioResults option, MetricDef metric, boolean paired,
                                           MetricStatistics xs, MetricStatistics ys, MeanDifference diff, OptionDifference.Test test,
                                           RankCheck rank, double effect, double skew) {
        return new OptionDifference(option.label(), baseline.label(), metric, paired, xs.n(), ys.n(), ys.mean(), xs.mean(), diff,
                Double.NaN, Double.NaN, Double.NaN, test, test == OptionDifference.Test.NONE ? Double.NaN : diff.p(), Double.NaN, rank,
                effect, skew, null, null);
    }
}
