package org.govsim.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.govsim.model.lever.Lever;
import org.govsim.model.lever.activities.ActivityFunding;
import org.govsim.model.lever.advisors.AdvisorDeployment;
import org.govsim.model.lever.branches.BranchFormation;
import org.govsim.model.lever.campaign.PropertyCampaign;
import org.govsim.model.lever.buildinggroups.BuildingGroups;
import org.govsim.model.lever.committees.CommitteeElections;
import org.govsim.model.lever.demandlists.DemandLists;
import org.govsim.model.lever.elevators.ElevatorRetrofit;
import org.govsim.model.lever.emergency.EmergencyTeams;
import org.govsim.model.lever.fee.FeeRegime;
import org.govsim.model.lever.gridparty.GridPartyOrganisation;
import org.govsim.model.lever.hall.DeliberationHall;
import org.govsim.model.lever.handrails.HandrailCouncil;
import org.govsim.model.lever.partners.PartnerUnits;
import org.govsim.model.lever.posts.DemonstrationPosts;
import org.govsim.model.lever.security.SmartSecurity;
import org.govsim.model.lever.stewards.RedStewards;
import org.govsim.model.lever.volunteers.DoubleReporting;
import org.govsim.model.lever.zones.ResponsibilityZones;
import org.govsim.model.metrics.CoreMetrics;
import org.govsim.model.metrics.MetricCatalog;
import org.govsim.model.metrics.MetricDef;
import org.govsim.model.param.CoreParameters;
import org.govsim.model.param.ParamConstraints;
import org.govsim.model.param.ParamCatalog;
import org.govsim.model.param.ParamDef;
import org.govsim.model.param.ParamValues;

/**
 * Everything the model declares, assembled once: the registered levers, in the order they install (an order that
 * is part of a run's identity, since it decides the order of hooks and of events that share a time), the
 * parameters (the core's sections, then each lever's) and the metrics (the core's run metrics, each lever's
 * run metrics and per-compound figures, then the monthly ones).
 */
public final class ModelCatalog {
    /** The registry: adding a lever is one line here. */
    private static final List<Lever<?>> LEVERS = List.of(
            new FeeRegime(),
            new BranchFormation(),
            new BuildingGroups(),
            new AdvisorDeployment(),
            new DeliberationHall(),
            new SmartSecurity(),
            new GridPartyOrganisation(),
            new DoubleReporting(),
            new CommitteeElections(),
            new ActivityFunding(),
            new DemandLists(),
            new ElevatorRetrofit(),
            new HandrailCouncil(),
            new DemonstrationPosts(),
            new RedStewards(),
            new PropertyCampaign(),
            new PartnerUnits(),
            new ResponsibilityZones(),
            new EmergencyTeams());

    private static final ParamCatalog PARAMETERS = new ParamCatalog(collectParameters());
    private static final MetricCatalog METRICS = new MetricCatalog(collectMetrics());
    private static final ParamValues DEFAULTS = ParamValues.defaults(PARAMETERS);

    private ModelCatalog() {
    }

    public static List<Lever<?>> levers() {
        return LEVERS;
    }

    public static Optional<Lever<?>> lever(String name) {
        return LEVERS.stream().filter(l -> l.name().equals(name)).findFirst();
    }

    /** The lever that declares a parameter, if any (a core parameter has none). */
    public static Optional<Lever<?>> leverOf(String path) {
        return LEVERS.stream().filter(l -> l.parameters().stream().anyMatch(d -> d.path().equals(path))).findFirst();
    }

    /** The attributes a scenario may give a named case compound: every lever's {@link Lever#caseKeys()}. */
    public static List<String> caseKeys() {
        return LEVERS.stream().flatMap(l -> l.caseKeys().stream()).toList();
    }

    public static ParamCatalog parameters() {
        return PARAMETERS;
    }

    /** The rules over several parameters a scenario must keep: the core's, then each lever's. */
    public static List<ParamConstraints.Constraint> constraints() {
        List<ParamConstraints.Constraint> all = new ArrayList<>(ParamConstraints.core());
        LEVERS.forEach(l -> all.addAll(l.constraints()));
        return all;
    }

    public static MetricCatalog metrics() {
        return METRICS;
    }

    /** Every parameter at its default. */
    public static ParamValues defaults() {
        return DEFAULTS;
    }

    private static List<ParamDef> collectParameters() {
        List<ParamDef> defs = new ArrayList<>(CoreParameters.declare());
        for (Lever<?> l : LEVERS) {
            defs.addAll(l.parameters());
        }
        return defs;
    }

    private static List<MetricDef> collectMetrics() {
        List<MetricDef> defs = new ArrayList<>(CoreMetrics.run());
        defs.addAll(CoreMetrics.compound());
        for (Lever<?> l : LEVERS) {
            for (MetricDef d : l.metrics()) {
                if (d.scope() == MetricDef.Scope.MONTH) {
                    throw new IllegalStateException(l.name() + " declares " + d.column() + " in timeseries.csv, which levers do not write");
                }
                defs.add(d);
            }
        }
        defs.addAll(CoreMetrics.month());
        return defs;
    }
}
