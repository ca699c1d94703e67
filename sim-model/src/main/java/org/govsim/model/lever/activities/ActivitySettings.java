package org.govsim.model.lever.activities;

import static org.govsim.model.param.ParamDef.bool;
import static org.govsim.model.param.ParamDef.integer;
import static org.govsim.model.param.ParamDef.real;
import static org.govsim.model.param.Sources.assumption;

import java.util.List;
import org.govsim.model.lever.LeverSettings;
import org.govsim.model.param.ParamDef;
import org.govsim.model.param.ParamValues;
import org.govsim.model.param.Sources;

/** The district's activity funds, what an event costs and whom it reaches, and what events leave behind. */
record ActivitySettings(boolean enabled, double budgetYuanPerYear, double eventCostYuan, boolean serviceStations,
                        double stationCostFactor, double stationFundsYuanPerYear, int attendancePerEvent, double trustPerEvent,
                        double socialCapitalPerAttendance, double socialCapitalDecay) implements LeverSettings {

    /**
     * Fitted to one figure (Q22) with one parameter, so it reproduces that figure by construction and predicts nothing:
     * scenarios/calibration/junyuwan-station.yaml, run after the Meilan fit with its values fixed.
     */
    private static final double STATION_FUNDS = 40_640;
    private static final String STATION_FUNDS_SOURCE = Sources.posteriorMedian(
            "scenarios/calibration/junyuwan-station.yaml, article Q22 alone", "[27400, 53900]");

    static List<ParamDef> declare() {
        return List.of(
                bool("activities.enabled", false, "article Q19: 800,000+ yuan of activity funds in 2025", "Fund branches' activities and events."),
                real("activities.budgetYuanPerYear", "yuan/year", 800_000, 0, 1e9, "article Q19: 800,000+ yuan (2025)",
                        "District funds for compound branches' activities, shared equally by compounds with a branch."),
                real("activities.eventCostYuan", "yuan", 2000, 100, 100_000, assumption("domain-notes §4.5.4"), "Cost of one event."),
                bool("activities.serviceStations", false, "article Q20: Junyuwan's 1600 m² party-masses service station",
                        "Service stations give events a free venue (cost × stationCostFactor)."),
                real("activities.stationCostFactor", "×", 0.5, 0, 1, assumption("a free venue halves an event's cost"),
                        "An event's cost × this where service stations give the venue."),
                real("activities.stationFundsYuanPerYear", "yuan/year", STATION_FUNDS, 0, 1e7, STATION_FUNDS_SOURCE,
                        "Money a service station co-built by a compound's branch and its property company (a named compound with "
                                + "station: true) puts into that compound's events a year, besides its share of the district's funds."),
                integer("activities.attendancePerEvent", "household", 125, 1, 5000, "article Q22-Q23: ~40 events served 5000+ owners",
                        "Households reached by one event (capped by the compound's size)."),
                real("activities.trustPerEvent", "share", 0.02, 0, 0.2, assumption("domain-notes §4.5.4: +0.02 per event attended"),
                        "Trust gained by a household that attends, as a share of the way to 1."),
                real("activities.socialCapitalPerAttendance", "score", 0.2, 0, 5, assumption("domain-notes §4.5.4: α_e"),
                        "Social capital gained = α × attendance ÷ households."),
                real("activities.socialCapitalDecay", "share/month", 0.05, 0, 1, assumption("ties fade without activity"),
                        "Monthly share of social capital above its initial level that fades."));
    }

    static ActivitySettings from(ParamValues p) {
        return new ActivitySettings(p.bool("activities.enabled"), p.real("activities.budgetYuanPerYear"), p.real("activities.eventCostYuan"),
                p.bool("activities.serviceStations"), p.real("activities.stationCostFactor"), p.real("activities.stationFundsYuanPerYear"),
                p.integer("activities.attendancePerEvent"), p.real("activities.trustPerEvent"), p.real("activities.socialCapitalPerAttendance"), p.real("activities.socialCapitalDecay"));
    }

    /** What one event costs in a compound, with or without a service station's free venue. */
    double costPerEvent(boolean station) {
        return eventCostYuan * (serviceStations || station ? stationCostFactor : 1);
    }
}
