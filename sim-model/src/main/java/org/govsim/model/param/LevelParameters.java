package org.govsim.model.param;

import static org.govsim.model.param.ParamDef.choice;
import static org.govsim.model.param.ParamDef.integer;
import static org.govsim.model.param.ParamDef.real;
import static org.govsim.model.param.Sources.assumption;

import java.util.List;

/** The levels as server pools: how many servers, service-time distribution, success probability. */
final class LevelParameters {
    private LevelParameters() {
    }

    static final List<String> DISTRIBUTIONS = List.of("LOGNORMAL", "EXPONENTIAL");

    private static void service(List<ParamDef> d, String level, double median, double success, String why) {
        service(d, level, median, success, why, assumption(why));
    }

    /** A level whose success was fitted, with the source of that fit. */
    private static void service(List<ParamDef> d, String level, double median, double success, String why, String successSource) {
        String p = "levels." + level + ".";
        d.add(real(p + "serviceMedianDays", "day", median, 0.01, 3650, assumption(why), "Median time one case takes at this level."));
        d.add(real(p + "serviceSigma", "log-sd", 0.8, 0, 3, assumption("domain-notes §4.4: σ = 0.8"),
                "Spread of the lognormal service time (ignored for EXPONENTIAL)."));
        d.add(choice(p + "serviceDistribution", "LOGNORMAL", DISTRIBUTIONS, assumption("domain-notes §4.4"),
                "Service-time distribution; EXPONENTIAL has the same median (mean = median / ln 2)."));
        d.add(real(p + "successProb", "probability", success, 0, 1, successSource,
                "Chance a case is settled here; otherwise it escalates (or, at the highest level, leaves the chain for the hotline)."));
    }

    static void declare(List<ParamDef> d) {
        d.add(real("levels.handoffDays", "day", 2, 0, 60, assumption("domain-notes §4.4"),
                "Delay between a failure at one level and arrival at the next."));
        d.add(real("levels.hotlineDispatchDays", "day", 2, 0, 60, assumption("12345 dispatches a work order to the street within days"),
                "Delay before an issue called in to the 12345 hotline reaches the level that handles it."));
        d.add(real("levels.self.medianDays", "day", 3, 0.01, 365, assumption("domain-notes §4.5.2, L0"),
                "Median time a household takes to settle an issue itself."));
        d.add(real("levels.self.sigma", "log-sd", 0.8, 0, 3, assumption("the same spread as service times, domain-notes §4.4"),
                "Spread of the lognormal time a household takes to settle an issue itself."));

        d.add(real("levels.property.serversPer1000Households", "concurrent job", 25, 0.1, 1000,
                assumption("1.5 technicians per 1000 hh (§4.5.2), several jobs open each"),
                "Repair and service jobs the property company works on at once, per 1000 households (at least 1 per compound)."));
        service(d, "property", 2, 0.85, "domain-notes §4.5.2, L1 property company");
        d.add(real("levels.property.effortServiceFactor", "×", 1.0, 0, 2, assumption("§4.5.2: service time × (1.5 − e)"),
                "Service time × (1 + f (e_ref − e)): a company that makes less effort is slower."));
        d.add(real("levels.property.effortSuccessWeight", "×", 0.3, 0, 1, assumption("§4.5.2: first-fix × (0.7 + 0.3 e)"),
                "Success × (1 − w + w e) / (1 − w + w e_ref): a company that makes less effort fixes less first time."));

        d.add(integer("levels.grid.serversPerWorker", "concurrent case", 3, 1, 100, assumption("one grid worker, a few cases at once"),
                "Cases one grid worker handles at once; a grid has one worker per grid-sized block of households."));
        service(d, "grid", 4, 0.45, "grid worker settles small matters");
        d.add(real("levels.grid.patrolVisitsPerWeek", "household/week", 20, 0, 500, assumption("grid survey visits"),
                "Households a grid worker visits per week; a visit finds a household's latent issues."));

        service(d, "buildingGroup", 3, 0.5, "domain-notes §4.5.2, L1 building party group");
        d.add(real("levels.branch.coverage", "share", 0.10, 0, 1,
                assumption("few compounds had a branch before Meilan's 724 new ones (article Q1)"),
                "Share of compounds with a compound party branch (小区党支部)."));
        d.add(real("levels.branch.strength", "score", 0.5, 0, 1, assumption("domain-notes §4.9"),
                "Strength of the branches that exist at the start; success = base + w × strength."));
        d.add(real("levels.branch.strengthWeight", "probability", 0.25, 0, 1, assumption("a strong branch settles a quarter more"),
                "w: how much a branch's strength adds to the branch level's success."));
        d.add(integer("levels.branch.serversPerBranch", "concurrent case", 2, 1, 100, assumption("10 h/week of branch work"),
                "Cases a branch handles at once."));
        service(d, "branch", 5, 0.55, "domain-notes §4.5.2, L2 branch");

        service(d, "hall", 45, 0.2421, "domain-notes §4.5.2, L3: implementation after the meeting decides",
                Sources.posteriorPoint(Sources.MEILAN, "[0.116, 0.677]"));
        d.add(real("levels.community.serversPer1000Households", "concurrent case", 20, 0.01, 1000,
                assumption("sized for ~80% utilisation when failed repairs climbed the whole ladder; about 17% busy under today's routing, ODD §7.4"),
                "Cases a community committee handles at once, per 1000 households it serves (at least 1)."));
        service(d, "community", 14, 0.6, "domain-notes §4.5.2, L4 community");

        d.add(real("levels.department.serversPer1000Households", "concurrent case", 35, 0.01, 1000,
                assumption("sized for ~80% utilisation when failed repairs climbed the whole ladder; about 14% busy under today's routing, ODD §7.4"),
                "Cases the district's departments handle at once, per 1000 households of the district (at least 1)."));
        service(d, "department", 60, 0.5, "domain-notes §4.5.2, L5: a_dept = 0.5");

        d.add(real("patience.medianDays", "day", 30, 0.1, 3650, assumption("domain-notes §4.9"),
                "Median patience: days after reporting before an unsettled issue becomes a dispute."));
        d.add(real("patience.sigma", "log-sd", 0.8, 0, 3, assumption("lognormal patience"), "Spread of patience."));
        d.add(real("patience.exitProb", "probability", 0.5, 0, 1, assumption("domain-notes §4.9"),
                "Chance a household whose patience ran out takes the issue to the 12345 hotline (leaves the chain)."));
    }
}
