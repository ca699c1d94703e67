package org.govsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.apache.commons.math3.distribution.ChiSquaredDistribution;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.stat.inference.ChiSquareTest;
import org.govsim.model.ModelConfig;
import org.govsim.model.issue.IssueType;
import org.govsim.model.metrics.MonthlySnapshot;
import org.govsim.model.metrics.RunResult;
import org.govsim.model.param.ParamValues;
import org.junit.jupiter.api.Test;

/** Arrivals are Poisson with the declared rates. */
class ArrivalProcessTest {
    /** Types whose rates have no state dependence once old compounds are excluded. */
    private static final Map<IssueType, Double> RATES = Map.of(
            IssueType.PARKING, 2.0, IssueType.SECURITY, 1.0, IssueType.EV_CHARGING, 0.8,
            IssueType.ILLEGAL_CONSTRUCTION, 0.3, IssueType.THROWN_OBJECTS, 0.3, IssueType.ELDERLY_CARE, 0.05);
    private static final int DAYS = 3600;
    private static final double P_MIN = 0.001;

    private static ParamValues poissonDistrict() {
        ParamValues p = TestParams.silent()
                .with("district.compounds", 30)
                .with("district.oldCompoundShare", 0.0)
                .with("run.burnInDays", 0)
                .with("run.days", DAYS);
        for (Map.Entry<IssueType, Double> e : RATES.entrySet()) {
            p = p.with("issues." + e.getKey().key() + ".ratePer1000HouseholdsMonth", e.getValue());
        }
        return p;
    }

    @Test
    void countsByTypeFitTheirRates() {
        RunResult r = new District(7, new ModelConfig(poissonDistrict())).run();
        double households = r.summary().get("households");
        double months = DAYS / 30.0;
        List<IssueType> types = List.copyOf(new java.util.TreeMap<>(RATES).keySet());
        long[] observed = new long[types.size()];
        double[] expected = new double[types.size()];
        double expectedTotal = 0;
        long total = 0;
        for (int i = 0; i < types.size(); i++) {
            IssueType t = types.get(i);
            observed[i] = Math.round(r.summary().get(t.column() + "_per_1000hh_month") * households / 1000 * months);
            expected[i] = RATES.get(t) * households / 1000 * months;
            expectedTotal += expected[i];
            total += observed[i];
        }
        // Pearson goodness of fit of the split across types (5 df); rejects at p < 0.001 only.
        double p = new ChiSquareTest().chiSquareTest(expected, observed);
        assertTrue(p > P_MIN, "type split does not fit the rates: p = " + p);
        // The total is Poisson(ΛT): a two-sided z test at the same level.
        double z = (total - expectedTotal) / Math.sqrt(expectedTotal);
        double pTotal = 2 * (1 - new NormalDistribution().cumulativeProbability(Math.abs(z)));
        assertTrue(pTotal > P_MIN, "total " + total + " vs expected " + expectedTotal + ": p = " + pTotal);
    }

    @Test
    void monthlyCountsAreNeitherOverNorUnderDispersed() {
        RunResult r = new District(11, new ModelConfig(poissonDistrict())).run();
        double households = r.summary().get("households");
        List<MonthlySnapshot> months = r.months();
        double[] counts = months.stream().mapToDouble(m -> Math.round(m.values().get("issues_per_1000hh") * households / 1000)).toArray();
        double mean = java.util.Arrays.stream(counts).average().orElseThrow();
        double d = 0;
        for (double c : counts) {
            d += (c - mean) * (c - mean) / mean;
        }
        // Index of dispersion: Σ(x − x̄)²/x̄ ~ χ²(n − 1) for Poisson counts. Regular (clock-like) arrivals would
        // give D near 0 and clustered ones D far above n; both tails are tested at p < 0.001 in all.
        ChiSquaredDistribution chi = new ChiSquaredDistribution(counts.length - 1);
        double cdf = chi.cumulativeProbability(d);
        assertTrue(cdf > P_MIN / 2 && cdf < 1 - P_MIN / 2, "dispersion index " + d + " over " + counts.length + " months, cdf " + cdf);
        assertEquals(DAYS / 30, counts.length);
    }

    @Test
    void zeroRatesGiveNoIssues() {
        RunResult r = new District(3, new ModelConfig(TestParams.silent().with("district.compounds", 20))).run();
        assertEquals(0.0, r.summary().get("issues_arrived"));
        assertEquals(0.0, r.summary().get("disputes_per_1000hh_month"));
        assertTrue(r.summary().get("households") > 0);
    }
}
