package org.govsim.runner.bench;

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

        /** Within {@code tolerance} of ideal (0.15 for 15%). */
        public boolean linear(double tolerance) {
            return Math.abs(normalised() - 1) <= tolerance;
        }
    }

    /** From warm median timings of M and L (the same years), L over 3 times the years, and L with doubled issue rates. */
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
