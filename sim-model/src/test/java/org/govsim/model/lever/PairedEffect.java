package org.govsim.model.lever;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.govsim.model.District;
import org.govsim.model.ModelCatalog;
import org.govsim.model.ModelConfig;
import org.govsim.model.SampleMean;
import org.govsim.model.param.ParamDef;
import org.govsim.model.param.ParamValues;

/**
 * The direction of a lever's effect with paired seeds (common random numbers): the same seeds run with and
 * without the lever, and a one-sided paired t test on the differences must reject "no effect" at
 * α = 0.001. With 8 pairs the critical t is 4.79; the effects tested here were measured beforehand at
 * several standard errors more than that, so the power is high, and a false alarm happens once in a
 * thousand runs of the test. Each configuration's runs are made once and shared by every claim that uses them.
 */
public final class PairedEffect {
    static final int SEEDS = 8;
    private static final double ALPHA = 0.001;
    private static final Map<ParamValues, Map<String, Double>[]> RUNS = new ConcurrentHashMap<>();

    private PairedEffect() {
    }

    /** A small district that runs in a fraction of a second. */
    public static ParamValues small() {
        return ModelCatalog.defaults().with("district.compounds", 60).with("run.days", 360).with("run.burnInDays", 90);
    }

    public static ParamValues set(ParamValues p, String... assignments) {
        for (String a : assignments) {
            String[] kv = a.split("=", 2);
            ParamDef d = p.catalog().require(kv[0]);
            p = p.with(kv[0], d.parse(kv[1]));
        }
        return p;
    }

    /** The summaries of the configuration's runs on the test seeds. */
    @SuppressWarnings("unchecked")
    static Map<String, Double>[] runs(ParamValues p) {
        return RUNS.computeIfAbsent(p, values -> {
            Map<String, Double>[] out = new Map[SEEDS];
            ModelConfig config = new ModelConfig(values);
            for (int s = 0; s < SEEDS; s++) {
                out[s] = new District(500 + s, config).run().summary();
            }
            return out;
        });
    }

    /** Mean paired difference (with − without) of a metric, after asserting its sign is significant. */
    public static double assertChange(ParamValues without, ParamValues with, String metric, int sign) {
        Map<String, Double>[] a = runs(without);
        Map<String, Double>[] b = runs(with);
        double[] diff = new double[SEEDS];
        for (int s = 0; s < SEEDS; s++) {
            diff[s] = b[s].get(metric) - a[s].get(metric);
        }
        SampleMean sample = SampleMean.of(diff);
        double mean = sample.mean();
        double se = sample.standardError();
        double critical = sample.tQuantile(1 - ALPHA);
        double t = se == 0 ? (mean == 0 ? 0 : Math.signum(mean) * Double.POSITIVE_INFINITY) : mean / se;
        assertTrue(sign * t > critical, () -> String.format("%s should %s: mean paired change %.5g, t = %.3g, critical %.3g",
                metric, sign > 0 ? "rise" : "fall", mean, t, critical));
        return mean;
    }
}
