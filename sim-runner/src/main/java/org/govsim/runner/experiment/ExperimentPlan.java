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
 * Every run of an experiment, fixed before any runs: point p, replication r is run id p·R + r, on seed
 * {@code ReplicationSeeds.seed(baseSeed, r)} whatever the point (common random numbers: replication r of every
 * point starts from the same stream). The {@link #hash()} identifies the plan, so that a resumed batch or the
 * shards given to {@code govsim merge} are known to belong to it.
 */
public final class ExperimentPlan {
    private final Scenario scenario;
    private final ExperimentSpec spec;
    private final List<String> columns;
    private final List<Object[]> points;
    private final long baseSeed;
    private final String hash;

    private ExperimentPlan(Scenario scenario, ExperimentSpec spec, List<Object[]> points, long baseSeed) {
        this.scenario = scenario;
        this.spec = spec;
        this.columns = spec.factorPaths();
        this.points = points;
        this.baseSeed = baseSeed;
        this.hash = computeHash();
    }

    /** The plan of the scenario's experiment (which must not be null) on this base seed. */
    public static ExperimentPlan of(Scenario scenario, long baseSeed) {
        ExperimentSpec spec = scenario.experiment();
        if (spec == null) {
            throw new IllegalArgumentException(scenario.name() + " has no experiment block");
        }
        return new ExperimentPlan(scenario, spec, DesignPoints.of(spec, scenario.values(), baseSeed), baseSeed);
    }

    public Scenario scenario() {
        return scenario;
    }

    public ExperimentSpec spec() {
        return spec;
    }

    /** The parameter paths the design sets: runs.csv's point columns. */
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
        return spec.replications();
    }

    public long baseSeed() {
        return baseSeed;
    }

    public long totalRuns() {
        return (long) points.size() * spec.replications();
    }

    public String hash() {
        return hash;
    }

    public int pointOf(long runId) {
        return (int) (runId / spec.replications());
    }

    public int replicationOf(long runId) {
        return (int) (runId % spec.replications());
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
            StringBuilder sb = new StringBuilder("govsim experiment plan 1\n");
            sb.append("scenario=").append(scenario.name()).append('\n');
            for (Map.Entry<String, Object> e : scenario.values().asMap().entrySet()) {
                sb.append(e.getKey()).append('=').append(ParamDef.format(e.getValue())).append('\n');
            }
            sb.append("design=").append(spec.design()).append("\nsamples=").append(spec.samples())
                    .append("\nreplications=").append(spec.replications()).append("\nseed=").append(baseSeed)
                    .append("\ncolumns=").append(String.join(",", columns)).append('\n');
            if (spec.design() == ExperimentDesign.MORRIS) {
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
