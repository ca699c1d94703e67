package org.govsim.runner.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import org.govsim.model.engine.RandomStreams;
import org.govsim.model.param.ParamValues;
import org.govsim.runner.scenario.DesignSize;
import org.govsim.runner.scenario.ExperimentFactor;
import org.govsim.runner.scenario.ExperimentSpec;

/**
 * Turns an experiment into its points: the grid of the policies' listed values, crossed with one sample of the
 * uncertainties that every policy point shares (so policies are compared on the same draws). Points are
 * policy-major: point p = policy index × sample size + sample index. Each point is the values of
 * {@link ExperimentSpec#factorPaths()}, in that order.
 */
public final class DesignPoints {
    /** The stream, derived from the experiment's base seed, that a Latin hypercube or Morris's trajectories are drawn from. */
    private static final long DESIGN_STREAM = 0xD_E516_0000L;

    private DesignPoints() {
    }

    public static List<Object[]> of(ExperimentSpec spec, ParamValues base, long baseSeed) {
        DesignSize size = DesignSize.of(spec);
        if (size.points() > DesignSize.MAX_POINTS) {
            // the scenario's validation refuses such a design with what to lower; this guards specs built another way
            throw new IllegalArgumentException(size.refusal().map(DesignSize.Refusal::message).orElse("the design is too large"));
        }
        List<Object[]> policies = grid(spec.policies());
        List<Object[]> sample = switch (spec.design()) {
            case FACTORIAL -> grid(spec.uncertainties());
            case ONE_AT_A_TIME -> oneAtATime(spec.uncertainties(), base);
            case LATIN_HYPERCUBE -> scaled(spec.uncertainties(),
                    LatinHypercube.sample(spec.samples(), spec.uncertainties().size(),
                            new SplittableRandom(RandomStreams.derive(baseSeed, DESIGN_STREAM))));
            case SOBOL -> scaled(spec.uncertainties(), SaltelliSample.of(spec.samples(), spec.uncertainties().size()));
            case MORRIS -> scaled(spec.uncertainties(), morris(spec, baseSeed).points());
            case TABLE -> spec.tableRows().stream().map(List::toArray).toList();
        };
        List<Object[]> points = new ArrayList<>(policies.size() * sample.size());
        for (Object[] policy : policies) {
            for (Object[] draw : sample) {
                Object[] point = new Object[policy.length + draw.length];
                System.arraycopy(policy, 0, point, 0, policy.length);
                System.arraycopy(draw, 0, point, policy.length, draw.length);
                points.add(point);
            }
        }
        return points;
    }

    /** Morris's trajectories of a MORRIS design, in unit coordinates: the same for the plan and for its analysis. */
    public static MorrisTrajectories morris(ExperimentSpec spec, long baseSeed) {
        return MorrisTrajectories.of(spec.trajectories(), spec.uncertainties().size(), spec.levels(),
                new SplittableRandom(RandomStreams.derive(baseSeed, DESIGN_STREAM)));
    }

    /** Sample size: how many points each policy point meets. */
    public static int sampleSize(ExperimentSpec spec, int points) {
        return (int) (points / DesignSize.of(spec).policyPoints());
    }

    /** Every combination of the listed values, the last factor changing fastest; one empty point for no factors. */
    static List<Object[]> grid(List<ExperimentFactor> factors) {
        List<Object[]> points = new ArrayList<>();
        points.add(new Object[0]);
        for (ExperimentFactor f : factors) {
            List<Object[]> next = new ArrayList<>(points.size() * f.levels().size());
            for (Object[] p : points) {
                for (Object level : f.levels()) {
                    Object[] q = java.util.Arrays.copyOf(p, p.length + 1);
                    q[p.length] = level;
                    next.add(q);
                }
            }
            points = next;
        }
        return points;
    }

    /** The scenario's own values first, then each factor at each listed value that differs from the scenario's. */
    static List<Object[]> oneAtATime(List<ExperimentFactor> factors, ParamValues base) {
        Object[] centre = new Object[factors.size()];
        for (int i = 0; i < factors.size(); i++) {
            centre[i] = base.get(factors.get(i).path());
        }
        List<Object[]> points = new ArrayList<>();
        points.add(centre);
        for (int i = 0; i < factors.size(); i++) {
            for (Object level : factors.get(i).levels()) {
                if (!same(level, centre[i])) {
                    Object[] p = centre.clone();
                    p[i] = level;
                    points.add(p);
                }
            }
        }
        return points;
    }

    private static boolean same(Object level, Object value) {
        if (level instanceof Number a && value instanceof Number b) {
            return a.doubleValue() == b.doubleValue();
        }
        return Objects.equals(level, value);
    }

    private static List<Object[]> scaled(List<ExperimentFactor> factors, double[][] unit) {
        List<Object[]> points = new ArrayList<>(unit.length);
        for (double[] u : unit) {
            Object[] p = new Object[factors.size()];
            for (int i = 0; i < p.length; i++) {
                p[i] = factors.get(i).at(u[i]);
            }
            points.add(p);
        }
        return points;
    }
}
