package org.govsim.model.config;

import java.io.Serializable;
import java.util.List;
import org.govsim.model.actors.PropertyConfig;
import org.govsim.model.engine.Calendar;
import org.govsim.model.issue.BehaviourConfig;
import org.govsim.model.issue.IssueRules;
import org.govsim.model.issue.IssueType;
import org.govsim.model.issue.IssueTypeConfig;
import org.govsim.model.issue.Level;
import org.govsim.model.issue.LevelConfig;
import org.govsim.model.issue.NetworkConfig;
import org.govsim.model.world.CaseCompound;
import org.govsim.model.param.ParamValues;
import org.govsim.model.process.CommitteeRisk;
import org.govsim.model.world.WorldConfig;

/**
 * The core model's typed, immutable configuration, read once from a {@link ParamValues} here and nowhere else:
 * each part of the model then gets the records it needs. Levers read their own sections into their own records.
 */
public final class CoreConfig implements Serializable {
    private static final long serialVersionUID = 1L;

    private final RunConfig run;
    private final WorldConfig world;
    private final IssueTypeConfig[] issueTypes = new IssueTypeConfig[IssueType.COUNT];
    private final LevelConfig[] levels = new LevelConfig[Level.COUNT];
    private final BehaviourConfig behaviour;
    private final PropertyConfig property;
    private final NetworkConfig network;
    private final IssueRules rules;
    private final CommitteeRisk committeeRisk;
    private final List<CaseCompound> cases;

    public CoreConfig(ParamValues p) {
        this.run = new RunConfig(p.integer("run.days"), p.integer("run.burnInDays"));
        this.world = world(p);
        for (IssueType t : IssueType.values()) {
            issueTypes[t.ordinal()] = issueType(p, t);
        }
        for (Level l : Level.values()) {
            levels[l.ordinal()] = level(p, l);
        }
        this.behaviour = behaviour(p);
        this.property = property(p);
        this.network = new NetworkConfig(p.real("levels.property.serversPer1000Households"), p.integer("levels.grid.serversPerWorker"),
                p.integer("levels.branch.serversPerBranch"), p.real("levels.branch.strengthWeight"),
                p.real("levels.community.serversPer1000Households"), p.real("levels.department.serversPer1000Households"));
        this.rules = new IssueRules(p.real("levels.handoffDays"), p.real("levels.hotlineDispatchDays"), p.real("reporting.hotlineTrustWeight"),
                p.real("levels.self.medianDays"), p.real("levels.self.sigma"),
                (int) p.real("issues.floodSeasonStartMonth"), (int) p.real("issues.floodSeasonEndMonth"),
                p.real("issues.neighbourSocialCapitalWeight"));
        this.committeeRisk = new CommitteeRisk(p.real("ownersCommittee.misusePerYear"), p.real("ownersCommittee.misuseTrustDrop"));
        this.cases = p.cases();
        if (cases.size() > world.compounds()) {
            throw new IllegalArgumentException(cases.size() + " case compounds do not fit in a district of " + world.compounds());
        }
    }

    private static WorldConfig world(ParamValues p) {
        return new WorldConfig(
                p.integer("district.compounds"), p.integer("district.compoundsPerCommunity"), p.real("district.oldCompoundShare"),
                p.real("district.householdsPerCompoundMean"), p.real("district.householdsPerCompoundCv"),
                p.integer("district.minHouseholdsPerCompound"), p.real("district.householdsPerGrid"),
                p.real("levels.grid.patrolVisitsPerWeek"),
                p.integer("buildings.oldFloorsMin"), Math.max(p.integer("buildings.oldFloorsMin"), p.integer("buildings.oldFloorsMax")),
                p.integer("buildings.oldHouseholdsPerFloor"),
                p.integer("buildings.newFloorsMin"), Math.max(p.integer("buildings.newFloorsMin"), p.integer("buildings.newFloorsMax")),
                p.integer("buildings.newHouseholdsPerFloor"), p.real("buildings.oldElevatorShare"),
                p.real("households.personsMean"), p.real("households.areaMeanM2"), p.real("households.areaSdM2"),
                p.real("households.partyMemberShare"), p.real("households.elderlyShareOld"), p.real("households.elderlyShareNew"),
                p.real("levels.branch.coverage"), p.real("levels.branch.strength"), p.real("satisfaction.initialMean"),
                p.real("satisfaction.initialConcentration"), p.real("trust.initialMean"), p.real("socialCapital.initial"),
                p.real("ownersCommittee.initialQuality"));
    }

    private static IssueTypeConfig issueType(ParamValues p, IssueType t) {
        String k = "issues." + t.key() + ".";
        Level lowest = p.choice(k + "lowestLevel", Level.class);
        Level highest = p.choice(k + "highestLevel", Level.class);
        return new IssueTypeConfig(t, p.real(k + "ratePer1000HouseholdsMonth") / 1000.0 / Calendar.DAYS_PER_MONTH,
                p.real(k + "oldCompoundMultiplier"), lowest, p.choice(k + "escalatesTo", Level.class),
                highest.ordinal() < lowest.ordinal() ? lowest : highest, p.integer(k + "reworks"), p.bool(k + "conflict"),
                p.bool(k + "collective"), p.real(k + "expectedDays"), p.real(k + "selfResolveProb"), p.real(k + "hotlineShare"));
    }

    /** A level's service, or null for the household's own level, which has no pool. */
    private static LevelConfig level(ParamValues p, Level level) {
        String k = "levels." + level.key() + ".";
        if (p.catalog().find(k + "serviceMedianDays").isEmpty()) {
            return null;
        }
        return new LevelConfig(level, p.real(k + "serviceMedianDays"), p.real(k + "serviceSigma"),
                "EXPONENTIAL".equals(p.choice(k + "serviceDistribution")), p.real(k + "successProb"));
    }

    private static BehaviourConfig behaviour(ParamValues p) {
        return new BehaviourConfig(
                p.real("reporting.baseProb"), p.real("reporting.trustWeight"), p.real("reporting.lateReportPerDay"),
                p.real("reporting.latentDisputePerDay"),
                p.real("patience.medianDays"), p.real("patience.sigma"), p.real("patience.exitProb"),
                p.real("satisfaction.learningRate"), p.real("satisfaction.timeWeight"), p.real("satisfaction.qualityWeight"),
                p.real("satisfaction.inCompoundBonus"), p.real("satisfaction.exitOutcome"), p.real("satisfaction.monthlyDrift"),
                p.real("satisfaction.qualityFloor"), p.real("trust.caseWeight"), p.real("trust.initialMean"), p.real("trust.monthlyDecay"),
                p.real("trust.participationGain"),
                p.real("payment.intercept"), p.real("payment.satisfactionWeight"), p.real("payment.neighbourWeight"),
                p.real("payment.trustWeight"), p.real("payment.partyMemberWeight"), p.real("payment.transparencyWeight"),
                p.real("payment.burdenWeight"), p.real("payment.unresolvedWeight"));
    }

    private static PropertyConfig property(ParamValues p) {
        return new PropertyConfig(
                p.real("property.feeYuanPerM2Month"), p.real("property.fixedCostYuanPerHouseholdMonth"),
                p.real("property.effortCostYuanPerHouseholdMonth"), p.real("property.perceivedCollectionSlope"),
                p.real("property.complaintPenaltyYuan"), p.real("property.memory"),
                p.real("property.effortAdjustment"), p.real("property.initialEffort"), p.real("property.minEffort"),
                p.real("property.referenceEffort"), p.real("property.qualityNoise"),
                p.real("levels.property.serversPer1000Households"), p.real("levels.property.effortServiceFactor"),
                p.real("levels.property.effortSuccessWeight"), p.real("issues.propertyDisputeKappa"),
                p.real("issues.repairQualityWeight"));
    }

    public RunConfig run() {
        return run;
    }

    public WorldConfig world() {
        return world;
    }

    /** Every type's settings, indexed by {@link IssueType#ordinal()}. */
    public IssueTypeConfig[] issueTypes() {
        return issueTypes.clone();
    }

    public IssueTypeConfig issueType(IssueType t) {
        return issueTypes[t.ordinal()];
    }

    /** Every level's service, indexed by {@link Level#ordinal()}. */
    public LevelConfig[] levels() {
        return levels.clone();
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

    public NetworkConfig network() {
        return network;
    }

    public IssueRules rules() {
        return rules;
    }

    public CommitteeRisk committeeRisk() {
        return committeeRisk;
    }

    /** The compounds the scenario names, which the builder places in the district. */
    public List<CaseCompound> cases() {
        return cases;
    }
}
