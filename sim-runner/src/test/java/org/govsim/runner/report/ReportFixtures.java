package org.govsim.runner.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import org.govsim.runner.analysis.Comparison;
import org.govsim.runner.analysis.ResultsException;
import org.govsim.runner.analysis.ResultsFixture;
import org.govsim.runner.analysis.ResultsReader;

/** Comparisons of hand-made results folders, with every kind of chart, for the report's tests. */
final class ReportFixtures {
    static final List<String> METRICS = List.of("property_disputes_per_1000hh_month", "resolution_days_mean", "satisfaction_mean");

    private ReportFixtures() {
    }

    /**
     * A baseline and two options on three metrics with resolution-time columns and 6 months of series; with
     * {@code levers}, the options set levels.branch.coverage on the command line (0.5 and 1), so a tornado is drawn.
     */
    static Comparison threeScenarios(Path dir, boolean levers) throws IOException, ResultsException {
        ResultsFixture base = scenario("baseline", 0, 1.0).resolved("levels.branch.coverage", "0.1");
        ResultsFixture fees = scenario("fee-quality-linkage", -1.6, 0.97).resolved("levels.branch.coverage", levers ? "0.5" : "0.1")
                .resolved("property.feeYuanPerM2Month", "1.8");
        ResultsFixture branches = scenario("branches <everywhere>", -0.4, 1.01).resolved("levels.branch.coverage", levers ? "1.0" : "0.1");
        if (levers) {
            fees.parameter("levels.branch.coverage", "0.5");
            branches.parameter("levels.branch.coverage", "1");
        }
        return Comparison.of(ResultsReader.readAll(List.of(base.write(dir.resolve("base")), fees.write(dir.resolve("fees")),
                branches.write(dir.resolve("branches")))), null, METRICS);
    }

    private static ResultsFixture scenario(String name, double shift, double scale) {
        double[] extra = {0.7, -1.6, -0.2, -1.2, -0.1, 3.4, 3.7, 0.8, 0.0, 2.0};
        double[] disputes = new double[10];
        double[] mean = new double[10];
        double[] median = new double[10];
        double[] p90 = new double[10];
        double[] satisfaction = new double[10];
        // each replication's common part (its luck, shared by every scenario) plus the scenario's effect and its own noise
        SplittableRandom noise = new SplittableRandom(name.hashCode());
        for (int i = 0; i < 10; i++) {
            disputes[i] = 24 + extra[i] * 0.3 + shift + noise.nextGaussian() * 0.3;
            mean[i] = (7.4 + 0.1 * extra[i]) * scale + noise.nextGaussian() * 0.03;
            median[i] = (2.8 + 0.02 * extra[i]) * scale + noise.nextGaussian() * 0.01;
            p90[i] = (14.7 + 0.2 * extra[i]) * scale + noise.nextGaussian() * 0.1;
            satisfaction[i] = 0.544 - shift * 0.002 + 0.0003 * extra[i] + noise.nextGaussian() * 0.0005;
        }
        return ResultsFixture.scenario(name).baseSeed(3).months(6).metric("property_disputes_per_1000hh_month", disputes)
                .metric("resolution_days_mean", mean).metric("resolution_days_median", median).metric("resolution_days_p90", p90)
                .metric("satisfaction_mean", satisfaction).resolved("run.days", "720");
    }
}
