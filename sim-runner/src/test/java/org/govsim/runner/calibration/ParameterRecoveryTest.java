package org.govsim.runner.calibration;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.govsim.model.ModelCatalog;
import org.govsim.model.param.ParamValues;
import org.govsim.runner.experiment.ReplicationSeeds;
import org.govsim.runner.experiment.Shard;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Parameter recovery on the real model: targets made from runs at known values, then calibrated from wide priors;
 * the posterior's 90% interval must cover each known value and be narrower than its prior (else covering would prove
 * nothing). A small district (48 compounds, one observed year after a 90-day burn-in) keeps the test near 20 seconds
 * on two threads (at most 900 simulations).
 */
class ParameterRecoveryTest {
    /** the district: double-reporting volunteers, the flat contract */
    private static final ParamValues SMALL = ModelCatalog.defaults()
            .with("district.compounds", 48).with("run.days", 360).with("run.burnInDays", 90)
            .with("volunteers.enabled", true).with("volunteers.organisations", 6).with("volunteers.members", 120);
    /** the volunteers' take-up (seen in their hours), the hours an event takes (seen in events for those hours), fee payment */
    private static final List<Prior> FREE = List.of(
            new Prior("volunteers.acceptIntercept", -3, 2, false, 0),
            new Prior("volunteers.hoursPerEvent", 4, 40, false, 0),
            new Prior("payment.intercept", -2.5, 0, false, 0));
    private static final double[] TRUTH = {-0.5, 16, -1.2};

    @TempDir
    Path tmp;

    @Test
    void theKnownValuesLieInsideTheirPosteriorIntervals() throws Exception {
        ModelSimulator model = new ModelSimulator(SMALL);
        List<Target> shapes = List.of(
                new Target("volunteer hours a year", "volunteer_hours", null, true, new Observation.Point(1, 1), Map.of(), "", Map.of()),
                new Target("service events a year", "service_events", null, true, new Observation.Point(1, 1), Map.of(), "", Map.of()),
                new Target("fee collection", "fee_collection_rate", null, false, new Observation.Point(1, 1), Map.of(), "", Map.of()));
        // the observed figures: the mean of 4 runs at the known values, on seeds the calibration does not use
        long[] seeds = new long[4];
        for (int r = 0; r < seeds.length; r++) {
            seeds[r] = ReplicationSeeds.seed(20_260_101L, r);
        }
        double[][] observed = model.simulator(FREE, shapes).simulate(TRUTH, seeds);
        // each figure's sd: 10% of a count (twice the run-to-run spread of a count this size, about 5%), 0.01 of collection
        double[] sd = {0.10, 0.10, 0};
        List<Target> targets = new java.util.ArrayList<>();
        for (int k = 0; k < shapes.size(); k++) {
            double y = Distance.mean(observed[k]);
            assertTrue(y > 0, shapes.get(k).name() + " is observed: " + y);
            Target s = shapes.get(k);
            targets.add(new Target(s.name(), s.metric(), null, s.perYear(), new Observation.Point(y, sd[k] > 0 ? sd[k] * y : 0.01),
                    Map.of(), "", Map.of()));
        }
        AbcSmc abc = new AbcSmc(new PriorBox(FREE), targets, model.simulator(FREE, targets), new AbcSmc.Settings(60, 14, 0.02, 1, 7, 2));
        AbcSmc.Result r = abc.run(tmp, "recovery", false, Shard.ALL, AbcSmc.Listener.NONE);
        PosteriorSummary posterior = PosteriorSummary.of(FREE, r.populations().get(r.populations().size() - 1));
        for (int k = 0; k < FREE.size(); k++) {
            Prior p = FREE.get(k);
            String at = p.path() + ": known " + TRUTH[k] + ", 90% interval [" + posterior.low()[k] + ", " + posterior.high()[k] + "] after "
                    + r.populations().size() + " generations (" + r.stopReason() + "), targets " + targets.stream().map(Target::observation).toList();
            assertTrue(posterior.low()[k] <= TRUTH[k] && TRUTH[k] <= posterior.high()[k], at);
            assertTrue(posterior.high()[k] - posterior.low()[k] < 0.6 * (p.max() - p.min()), at + " is narrower than the prior");
        }
    }
}
