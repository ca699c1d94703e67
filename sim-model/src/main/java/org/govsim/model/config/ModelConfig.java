package org.govsim.model.config;

import java.io.Serializable;
import org.govsim.model.issue.IssueType;
import org.govsim.model.issue.Level;
import org.govsim.model.param.ParamValues;

/**
 * The typed, immutable configuration the model runs on, read once from a {@link ParamValues}.
 * Inside the model nothing looks parameters up by path.
 */
public final class ModelConfig implements Serializable {
    private static final long serialVersionUID = 1L;

    private final ParamValues values;
    private final RunConfig run;
    private final WorldConfig world;
    private final IssueTypeConfig[] issueTypes = new IssueTypeConfig[IssueType.COUNT];
    private final LevelConfig[] levels = new LevelConfig[Level.COUNT];
    private final BehaviourConfig behaviour;
    private final PropertyConfig property;
    private final GridConfig grid;
    private final CapacityConfig capacity;
    private final double handoffDays;
    private final double selfMedianDays;
    private final int floodStartMonth;
    private final int floodEndMonth;
    private final double neighbourSocialCapitalWeight;
    private final double branchStrength;

    public ModelConfig(ParamValues p) {
        this.values = p;
        this.run = RunConfig.from(p);
        this.world = WorldConfig.from(p);
        for (IssueType t : IssueType.values()) {
            issueTypes[t.ordinal()] = IssueTypeConfig.from(p, t);
        }
        for (Level l : Level.values()) {
            levels[l.ordinal()] = LevelConfig.from(p, l);
        }
        this.behaviour = BehaviourConfig.from(p);
        this.property = PropertyConfig.from(p);
        this.grid = new GridConfig(p.real("levels.grid.patrolVisitsPerWeek"));
        this.capacity = new CapacityConfig(p.integer("levels.grid.serversPerWorker"), p.integer("levels.branch.serversPerBranch"),
                p.real("levels.community.serversPer1000Households"), p.real("levels.department.serversPer1000Households"));
        this.handoffDays = p.real("levels.handoffDays");
        this.selfMedianDays = p.real("levels.self.medianDays");
        this.floodStartMonth = (int) p.real("issues.floodSeasonStartMonth");
        this.floodEndMonth = (int) p.real("issues.floodSeasonEndMonth");
        this.neighbourSocialCapitalWeight = p.real("issues.neighbourSocialCapitalWeight");
        this.branchStrength = p.real("levels.branch.strength");
    }

    /** Grid workers' proactive visits. */
    public record GridConfig(double patrolVisitsPerWeek) implements Serializable {
    }

    /** Concurrent cases per pool at the levels whose size does not scale with households. */
    public record CapacityConfig(int gridServersPerWorker, int branchServers, double communityServersPer1000Households,
                                 double departmentServersPer1000Households) implements Serializable {

        /** Servers for a pool scaled to the households it serves, never fewer than one. */
        public static int scaled(double per1000, int households) {
            return Math.max(1, (int) Math.round(per1000 * households / 1000.0));
        }
    }

    public ParamValues values() {
        return values;
    }

    public RunConfig run() {
        return run;
    }

    public WorldConfig world() {
        return world;
    }

    public IssueTypeConfig issueType(IssueType t) {
        return issueTypes[t.ordinal()];
    }

    public LevelConfig level(Level l) {
        return levels[l.ordinal()];
    }

    public BehaviourConfig behaviour() {
        return behaviour;
    }

    public PropertyConfig property() {
        return property;
    }

    public GridConfig grid() {
        return grid;
    }

    public CapacityConfig capacity() {
        return capacity;
    }

    public double handoffDays() {
        return handoffDays;
    }

    public double selfMedianDays() {
        return selfMedianDays;
    }

    public boolean inFloodSeason(int monthOfYear) {
        return floodStartMonth <= floodEndMonth
                ? monthOfYear >= floodStartMonth && monthOfYear <= floodEndMonth
                : monthOfYear >= floodStartMonth || monthOfYear <= floodEndMonth;
    }

    public double neighbourSocialCapitalWeight() {
        return neighbourSocialCapitalWeight;
    }

    public double branchStrength() {
        return branchStrength;
    }
}
