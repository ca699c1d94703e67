package org.govsim.runner.scenario;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * How large an experiment is, counted from its settings without generating a point: points = the policies'
 * combinations × the design's sample of the uncertainties, runs = points × replications. Counts saturate at
 * {@link Long#MAX_VALUE}, so a design of 10<sup>30</sup> points is counted, not wrapped.
 *
 * <p>The limits are what one batch can hold on an ordinary machine: the plan keeps every point's values
 * (about 130 bytes each with five factors, 130 MB at a million) and the executor two to three numbers per run
 * of a shard (about 20 bytes, 200 MB at ten million). Ten million runs of a Meilan-sized district (900 days at
 * about 0.4 s per simulated year on one core, docs/PERFORMANCE.md) are already some 140 core-days; larger studies
 * are several experiments.
 *
 * @param policyPoints the combinations of the policies' listed values (1 without policies)
 * @param samplePoints the points each policy combination meets
 * @param replications per point
 */
public record DesignSize(ExperimentDesign design, List<ExperimentFactor> policies, List<ExperimentFactor> uncertainties, long policyPoints,
                         long samplePoints, long replications) {
    public static final long MAX_POINTS = 1_000_000;
    public static final long MAX_RUNS = 10_000_000;

    /**
     * One setting to lower and the largest value at which the design fits.
     *
     * @param key     the setting's key under {@code experiment}: samples, trajectories, replications, table, the
     *                factor's {@code policies.PATH} / {@code uncertainties.PATH}, or empty when no one setting suffices
     * @param factor  the factor whose list is to shorten, or null
     * @param message what is too large and what to lower it to
     */
    public record Refusal(String key, ExperimentFactor factor, String message) {
    }

    /** The size of a checked experiment. */
    public static DesignSize of(ExperimentSpec spec) {
        return of(spec.design(), spec.policies(), spec.uncertainties(), spec.samples(), spec.trajectories(), spec.tableRows().size(),
                spec.replications());
    }

    /** The size from the settings as read: samples and trajectories as long, so that 10<sup>12</sup> is counted, not refused as a number. */
    public static DesignSize of(ExperimentDesign design, List<ExperimentFactor> policies, List<ExperimentFactor> uncertainties,
                                long samples, long trajectories, long tableRows, long replications) {
        int k = uncertainties.size();
        long sample = switch (design) {
            case FACTORIAL -> combinations(uncertainties);
            // an upper bound: a listed value equal to the scenario's own adds no point
            case ONE_AT_A_TIME -> uncertainties.stream().mapToLong(f -> f.levels().size()).reduce(1, DesignSize::add);
            case LATIN_HYPERCUBE -> samples;
            case SOBOL -> times(samples, k + 2);
            case MORRIS -> times(trajectories, k + 1);
            case TABLE -> tableRows;
        };
        return new DesignSize(design, List.copyOf(policies), List.copyOf(uncertainties), combinations(policies), sample, replications);
    }

    public long points() {
        return times(policyPoints, samplePoints);
    }

    public long runs() {
        return times(points(), replications);
    }

    public boolean fits() {
        return points() <= MAX_POINTS && runs() <= MAX_RUNS;
    }

    /** Why the design is too large and which setting to lower to what; empty when it fits. */
    public Optional<Refusal> refusal() {
        if (fits()) {
            return Optional.empty();
        }
        String size = String.format(Locale.ROOT, "the design has %s points (%s) and %s runs (x %s replication%s); an experiment may have "
                + "at most %s points and %s runs", count(points()), breakdown(uncertainties.size()), count(runs()), count(replications),
                replications == 1 ? "" : "s", count(MAX_POINTS), count(MAX_RUNS));
        if (points() <= MAX_POINTS) {
            return Optional.of(new Refusal("replications", null, size + ": lower replications to at most " + count(MAX_RUNS / points())));
        }
        int k = uncertainties.size();
        Refusal own = switch (design) {
            case LATIN_HYPERCUBE -> setting("samples", 1, 2, size);
            case SOBOL -> setting("samples", k + 2, 2, size);
            case MORRIS -> setting("trajectories", k + 1, 2, size);
            case TABLE -> setting("table", 1, 1, size);
            case FACTORIAL, ONE_AT_A_TIME -> longest("uncertainties", uncertainties, size);
        };
        if (own == null) {
            own = longest("policies", policies, size);
        }
        return Optional.of(own != null ? own : new Refusal("", null, size + ": lower the design's sample and list fewer policy values"));
    }

    /** The sample setting (points = value × perUnit per policy combination) at its largest fitting value, or null below {@code least}. */
    private Refusal setting(String key, long perUnit, long least, String size) {
        long most = largest(times(policyPoints, perUnit));
        if (most < least) {
            return null;
        }
        String what = key.equals("table") ? size + ": the table has " + count(samplePoints) + " rows; keep at most " + count(most)
                : size + ": lower " + key + " to at most " + count(most);
        return new Refusal(key, null, what);
    }

    /** The factor with the most listed values, shortened to the most that fit with the others unchanged, or null if none fits. */
    private Refusal longest(String section, List<ExperimentFactor> factors, String size) {
        ExperimentFactor longest = factors.stream().filter(f -> !f.isRange())
                .max(Comparator.comparingInt((ExperimentFactor f) -> f.levels().size())).orElse(null);
        if (longest == null) {
            return null;
        }
        long n = longest.levels().size();
        long most;
        if (section.equals("uncertainties") && design == ExperimentDesign.ONE_AT_A_TIME) {
            most = largest(policyPoints) - (samplePoints - n);    // its values add to the sample, the others stay
        } else {
            most = largest(section.equals("policies") ? times(policyPoints / n, samplePoints) : times(policyPoints, samplePoints / n));
        }
        if (most < 1) {
            return null;
        }
        return new Refusal(section + "." + longest.path(), longest, size + ": list at most " + count(most) + " values for "
                + longest.path() + " (it has " + count(n) + ")");
    }

    /** The largest multiple m such that m × unit points and their runs fit. */
    private long largest(long unit) {
        if (unit == 0) {
            return Long.MAX_VALUE;
        }
        return Math.min(MAX_POINTS / unit, MAX_RUNS / times(unit, replications));
    }

    private String breakdown(int k) {
        String sample = switch (design) {
            case LATIN_HYPERCUBE -> count(samplePoints) + " samples";
            case SOBOL -> count(samplePoints / (k + 2)) + " base points x (" + k + " ranges + 2)";
            case MORRIS -> count(samplePoints / (k + 1)) + " trajectories x (" + k + " ranges + 1)";
            case TABLE -> count(samplePoints) + " table rows";
            case FACTORIAL -> count(samplePoints) + " combinations of the uncertainties";
            case ONE_AT_A_TIME -> "up to " + count(samplePoints) + " one-at-a-time points";
        };
        return count(policyPoints) + " policy combination" + (policyPoints == 1 ? "" : "s") + " x " + sample;
    }

    private static long combinations(List<ExperimentFactor> factors) {
        long n = 1;
        for (ExperimentFactor f : factors) {
            n = times(n, f.isRange() ? 1 : f.levels().size());
        }
        return n;
    }

    /** a × b, or Long.MAX_VALUE when that would overflow (both are non-negative). */
    static long times(long a, long b) {
        if (a == 0 || b == 0) {
            return 0;
        }
        return a > Long.MAX_VALUE / b ? Long.MAX_VALUE : a * b;
    }

    private static long add(long a, long b) {
        return a > Long.MAX_VALUE - b ? Long.MAX_VALUE : a + b;
    }

    private static String count(long n) {
        return n == Long.MAX_VALUE ? "more than 9.2e18" : String.format(Locale.ROOT, "%,d", n);
    }
}
