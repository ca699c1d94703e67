package org.govsim.runner.bench;

import java.util.List;
import org.govsim.model.issue.IssueType;
import org.govsim.model.param.ParamValues;

/**
 * How cost grows, each as observed ÷ ideal so that 1.00 is linear: run time of L over M against the ratio of
 * their residents; three years over one against 3; all issue rates doubled over the same district against
 * the ratio of issues that arrived (which is close to 2).
 */
public record ScalingRatios(Ratio residents, Ratio years, Ratio issueRate) {

    /** One comparison: the observed ratio of costs and the ratio linear growth would give. */
    public record Ratio(String what, double observed, double ideal) {
        public double normalised() {
            return observed / ideal;
        }

        Ratio withObserved(double value) {
            return new Ratio(what, value, ideal);
        }

        /** Within {@code tolerance} of ideal (0.15 for 15%). */
        public boolean linear(double tolerance) {
            return Math.abs(normalised() - 1) <= tolerance;
        }
    }

    /**
     * From rounds in which M, L, L over 3 times the years and L with doubled issue rates were timed in turn: each
     * round's ratios, then the median over rounds. A ratio within a round compares runs seconds apart, so load
     * from elsewhere that comes and goes between rounds cancels, which a ratio of medians taken over all rounds
     * does not do.
     */
    public static ScalingRatios paired(List<Timing> m, List<Timing> l, List<Timing> lThreeYears, List<Timing> lDoubledRates) {
        int n = m.size();
        if (n == 0 || l.size() != n || lThreeYears.size() != n || lDoubledRates.size() != n) {
            throw new IllegalArgumentException("one timing of each per round, and at least one round");
        }
        double[][] observed = new double[3][n];
        ScalingRatios first = null;
        for (int i = 0; i < n; i++) {
            ScalingRatios round = of(m.get(i), l.get(i), lThreeYears.get(i), lDoubledRates.get(i));
            first = first == null ? round : first;
            observed[0][i] = round.residents().observed();
            observed[1][i] = round.years().observed();
            observed[2][i] = round.issueRate().observed();
        }
        return new ScalingRatios(first.residents().withObserved(BatchThroughput.median(observed[0])),
                first.years().withObserved(BatchThroughput.median(observed[1])),
                first.issueRate().withObserved(BatchThroughput.median(observed[2])));
    }

    /** From one timing of each: M and L (the same years), L over 3 times the years, and L with doubled issue rates. */
    public static ScalingRatios of(Timing m, Timing l, Timing lThreeYears, Timing lDoubledRates) {
        return new ScalingRatios(
                new Ratio("L / M (residents)", l.runSeconds() / m.runSeconds(), (double) l.residents() / m.residents()),
                new Ratio("L: " + lThreeYears.years() + " years / " + l.years() + " (years)", lThreeYears.runSeconds() / l.runSeconds(),
                        (double) lThreeYears.years() / l.years()),
                new Ratio("L: issue rates x2 / x1 (issues)", lDoubledRates.runSeconds() / l.runSeconds(),
                        (double) lDoubledRates.issues() / l.issues()));
    }

    /** Every issue type's arrival rate doubled (capped at the parameter's upper bound, 10,000). */
    public static ParamValues doubledRates(ParamValues p) {
        ParamValues out = p;
        for (IssueType type : IssueType.values()) {
            String path = "issues." + type.key() + ".ratePer1000HouseholdsMonth";
            out = out.with(path, Math.min(10_000, 2 * p.real(path)));
        }
        return out;
    }
}
