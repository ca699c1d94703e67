package org.govsim.model;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.govsim.model.ModelConfig;
import org.govsim.model.param.ParamValues;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The queueing core against theory: one issue type, Poisson arrivals, exponential service, one level of c
 * servers, every case settled at the first attempt, nobody leaving: an M/M/c queue, whose mean wait in
 * queue is Erlang C: Wq = C(c, a) / (cμ − λ).
 */
class ErlangCQueueTest {
    private static final int SERVERS = 3;
    private static final int REPLICATIONS = 30;

    @ParameterizedTest(name = "load {0}")
    @CsvSource({"0.5", "0.85"})
    void meanWaitMatchesErlangC(double load) {
        double mu = 1.0; // per day: median ln 2 days gives mean 1 day
        double lambda = load * SERVERS * mu;
        ParamValues p = TestParams.oneCompound(TestParams.silent(), 1000)
                .with("issues.parking.ratePer1000HouseholdsMonth", lambda * 30)
                .with("issues.parking.lowestLevel", "COMMUNITY")
                .with("issues.parking.selfResolveProb", 0.0)
                .with("reporting.baseProb", 1.0)
                .with("reporting.trustWeight", 0.0)
                .with("patience.exitProb", 0.0)
                .with("levels.community.serversPer1000Households", (double) SERVERS)
                .with("levels.community.serviceDistribution", "EXPONENTIAL")
                .with("levels.community.serviceMedianDays", Math.log(2) / mu)
                .with("levels.community.successProb", 1.0)
                .with("run.burnInDays", 300)
                .with("run.days", 36000);
        ModelConfig config = new ModelConfig(p);
        double[] means = new double[REPLICATIONS];
        for (int r = 0; r < REPLICATIONS; r++) {
            means[r] = new District(1000 + r, config).run().summary().get("wait_days_mean");
        }
        double expected = erlangCWait(SERVERS, lambda, mu);
        SampleMean sample = SampleMean.of(means);
        double mean = sample.mean();
        double half = sample.tQuantile(0.9995) * sample.standardError();
        // Replication means are independent and near-normal (each averages thousands of waits), so the 99.9%
        // t interval holds the true mean wait with probability 0.999: a false alarm once in a thousand runs.
        assertTrue(Math.abs(mean - expected) <= half,
                () -> "mean wait " + means.length + " reps: " + String.format("%.4f ± %.4f", mean, half)
                        + ", Erlang C: " + String.format("%.4f", expected));
        // Power: the interval must be narrow enough (under 8% of Wq) that an error of 10% or more, such as
        // serving with c − 1 servers or a wrong service mean, would fall outside it.
        assertTrue(half < 0.08 * expected, "interval too wide to test anything: ±" + half + " around " + expected);
    }

    /** Erlang C mean wait in queue of an M/M/c queue with arrival rate λ and service rate μ per server. */
    static double erlangCWait(int c, double lambda, double mu) {
        double a = lambda / mu;
        double term = 1;
        double sum = 0;
        for (int k = 0; k < c; k++) {
            sum += term;
            term *= a / (k + 1);
        }
        double last = term * c / (c - a);
        double probWait = last / (sum + last);
        return probWait / (c * mu - lambda);
    }
}
