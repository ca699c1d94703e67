package org.govsim.runner.experiment;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.govsim.model.param.ParamDef;
import org.govsim.model.param.ParamValues;
import org.govsim.runner.scenario.ExperimentDesign;
import org.govsim.runner.scenario.ExperimentSpec;
import org.govsim.runner.scenario.Scenario;

/**
 * Every run of a batch, fixed before any runs: point p, replication r is run id p·R + r, on seed
 * {@code ReplicationSeeds.seed(baseSeed, r)} whatever the point (common random numbers: replication r of every
 * point starts from the same stream). The {@link #hash()} identifies the plan, so that a resumed batch or the
 * shards given to {@code govsim merge} are known to belong to it.
 *
 * <p>A plain {@code govsim run} is the plan of one point: its replications, with the paths the command line set
 * ({@code --set}, {@code --days}) as the point's columns. Its runs.csv has no {@code point} column.
 */
public final class ExperimentPlan {
    private final Scenario scenario;
    private final ExperimentSpec spec;
    private final List<String> columns;
    private final List<Object[]> points;
    private final int replications;
    private final long baseSeed;
    private final String hash;

    private ExperimentPlan(Scenario scenario, ExperimentSpec spec, List<String> columns, List<Object[]> points, int replications,
                           long baseSeed) {
        this.scenario = scenario;
        this.spec = spec;
        this.columns = List.copyOf(columns);
        this.points = points;
        this.replications = replications;
        this.baseSeed = baseSeed;
        this.hash = computeHash();
    }

    /** The plan of the scenario's experiment (which must not be null) on this base seed. */
    public static ExperimentPlan of(Scenario scenario, long baseSeed) {
        ExperimentSpec spec = scenario.experiment();
        if (spec == null) {
            throw new IllegalArgumentException(scenario.name() + " has no experiment block");
        }
        return new ExperimentPlan(scenario, spec, spec.factorPaths(), DesignPoints.of(spec, scenario.values(), baseSeed),
                spec.replications(), baseSeed);
    }

    /**
     * The plan of a plain run: replications of the scenario's one point.
     *
     * @param columns the parameter paths runs.csv shows after the seed (those the command line set)
     */
    public static ExperimentPlan replications(Scenario scenario, long baseSeed, int replications, List<String> columns) {
        if (replications < 1) {
            throw new IllegalArgumentException("replications must be at least 1, got " + replications);
        }
        Object[] point = columns.stream().map(c -> scenario.values().get(c)).toArray();
        List<Object[]> one = new java.util.ArrayList<>();
        one.add(point);
        return new ExperimentPlan(scenario.withExperiment(null), null, columns, one, replications, baseSeed);
    }

    /** Whether this is an experiment (runs.csv has a point column) rather than a plain run's replications. */
    public boolean isExperiment() {
        return spec != null;
    }

    /** The same plan's points with another number of replications per point. */
    public ExperimentPlan withReplications(int r) {
        return new ExperimentPlan(spec == null ? scenario : scenario.withExperiment(spec.withReplications(r)),
                spec == null ? null : spec.withReplications(r), columns, points, r, baseSeed);
    }

    public Scenario scenario() {
        return scenario;
    }

    /** The experiment; a plain run has none. */
    public ExperimentSpec spec() {
        if (spec == null) {
            throw new IllegalStateException(scenario.name() + " is a plain run, not an experiment");
        }
        return spec;
    }

    /** The parameter paths the design (or the command line) sets: runs.csv's columns after the seed. */
    public List<String> columns() {
        return columns;
    }

    public int pointCount() {
        return points.size();
    }

    public Object[] point(int p) {
        return points.get(p).clone();
    }

    public int replications() {
        return replications;
    }

    public long baseSeed() {
        return baseSeed;
    }

    public long totalRuns() {
        return (long) points.size() * replications;
    }

    public String hash() {
        return hash;
    }

    public int pointOf(long runId) {
        return (int) (runId / replications);
    }

    public int replicationOf(long runId) {
        return (int) (runId % replications);
    }

    /** The parameter values of point p: the scenario's, with the design's factors set. */
    public ParamValues values(int p) {
        ParamValues v = scenario.values();
        Object[] point = points.get(p);
        for (int i = 0; i < point.length; i++) {
            v = v.with(columns.get(i), point[i]);
        }
        return v;
    }

    public RunSpec run(long runId) {
        if (runId < 0 || runId >= totalRuns()) {
            throw new IllegalArgumentException("run id " + runId + " is outside [0, " + totalRuns() + ")");
        }
        int r = replicationOf(runId);
        return new RunSpec(Math.toIntExact(runId), scenario.name(), r, ReplicationSeeds.seed(baseSeed, r), values(pointOf(runId)));
    }

    /** SHA-256 over everything that decides the runs' results: resolved parameters, design, points, seed, replications. */
    private String computeHash() {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            StringBuilder sb = new StringBuilder(spec == null ? "govsim replications plan 1\n" : "govsim experiment plan 1\n");
            sb.append("scenario=").append(scenario.name()).append('\n');
            for (Map.Entry<String, Object> e : scenario.values().asMap().entrySet()) {
                sb.append(e.getKey()).append('=').append(ParamDef.format(e.getValue())).append('\n');
            }
            for (org.govsim.model.world.CaseCompound c : scenario.values().cases()) {
                sb.append("case=").append(c).append('\n');
            }
            if (spec != null) {
                sb.append("design=").append(spec.design()).append("\nsamples=").append(spec.samples()).append('\n');
            }
            sb.append("replications=").append(replications).append("\nseed=").append(baseSeed)
                    .append("\ncolumns=").append(String.join(",", columns)).append('\n');
            if (spec != null && spec.design() == ExperimentDesign.MORRIS) {
                // only here, so that the plans of the other designs keep the hashes their folders were written with
                sb.append("trajectories=").append(spec.trajectories()).append("\nlevels=").append(spec.levels()).append('\n');
            }
            md.update(sb.toString().getBytes(StandardCharsets.UTF_8));
            for (Object[] point : points) {
                StringBuilder row = new StringBuilder();
                for (Object v : point) {
                    row.append(ParamDef.format(v)).append(',');
                }
                md.update(row.append('\n').toString().getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}
