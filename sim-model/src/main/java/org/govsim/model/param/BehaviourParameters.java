package org.govsim.model.param;

import static org.govsim.model.param.ParamDef.real;
import static org.govsim.model.param.Sources.assumption;

import java.util.List;

/** Households: reporting, satisfaction, trust, social capital and the fee-payment decision. */
final class BehaviourParameters {
    private BehaviourParameters() {
    }

    static void declare(List<ParamDef> d) {
        d.add(real("reporting.baseProb", "probability", 0.6, 0, 1, assumption("domain-notes §4.4: r = 0.6"),
                "Chance an issue is reported at once (at trust 0.5)."));
        d.add(real("reporting.trustWeight", "probability", 0.4, 0, 2, assumption("trust raises reporting"),
                "Reporting chance = base + w (trust − 0.5), clamped to [0, 1]."));
        d.add(real("reporting.hotlineTrustWeight", "per unit trust", 2.0, 0, 10,
                assumption("households who trust the branch and community raise issues locally"),
                "The chance of calling the hotline instead is × exp(−w (trust − 0.5))."));
        d.add(real("reporting.lateReportPerDay", "1/day", 1.0 / 14, 0, 10, assumption("a latent issue is reported after two weeks on average"),
                "Hazard that the household reports a latent issue later."));
        d.add(real("reporting.latentDisputePerDay", "1/day", 1.0 / 60, 0, 10, assumption("domain-notes §4.4: 1/60 per day"),
                "Hazard that a latent issue turns into a dispute (and is then reported)."));

        d.add(real("satisfaction.initialMean", "score", 0.63, 0.01, 0.99, assumption("CCA index 62.59, domain-notes §4.3"),
                "Mean initial satisfaction (Beta distributed)."));
        d.add(real("satisfaction.initialConcentration", "a+b", 10, 0.5, 1000, assumption("spread of initial satisfaction"),
                "Concentration a + b of the initial Beta; larger is narrower."));
        d.add(real("satisfaction.learningRate", "share", 0.3, 0, 1, assumption("domain-notes §4.5.4: η = 0.3"),
                "Weight of one settled issue's outcome on satisfaction."));
        d.add(real("satisfaction.timeWeight", "score", 0.5, 0, 1, assumption("domain-notes §4.5.4: w_t"),
                "Outcome penalty for taking longer than expected."));
        d.add(real("satisfaction.qualityWeight", "score", 0.3, 0, 1, assumption("domain-notes §4.5.4: w_q"),
                "Outcome penalty for poor property-service quality."));
        d.add(real("satisfaction.inCompoundBonus", "score", 0.1, 0, 1, assumption("domain-notes §4.5.4: w_g"),
                "Outcome bonus when settled in the compound or grid."));
        d.add(real("satisfaction.exitOutcome", "score", 0.1, 0, 1, assumption("domain-notes §4.5.4: u = 0.1"),
                "Outcome when the household takes the issue to the hotline."));
        d.add(real("satisfaction.monthlyDrift", "share", 0.1, 0, 1, assumption("domain-notes §4.5.4: ρ_d = 0.1"),
                "Monthly pull of property satisfaction toward delivered quality."));
        d.add(real("satisfaction.qualityFloor", "score", 0.2886, 0, 0.9,
                Sources.posteriorPoint(Sources.MEILAN, "[0.164, 0.531]"),
                "Property satisfaction drifts toward floor + (1 − floor) × quality: poor service still has some value."));
        d.add(real("trust.initialMean", "score", 0.5, 0.01, 0.99, assumption("neutral trust"),
                "Mean initial trust in the branch and community, and the level trust returns to without new experiences."));
        d.add(real("trust.caseWeight", "share", 0.2, 0, 1, assumption("one case handled by the branch or community moves trust a fifth of the way"),
                "Weight of a case the party and community organs settled (or failed) on the household's trust."));
        d.add(real("trust.monthlyDecay", "share/month", 0.05, 0, 1, assumption("trust fades without new experiences"),
                "Monthly share of the gap to the resting level that trust closes."));
        d.add(real("trust.participationGain", "share", 0.02, 0, 0.5, assumption("domain-notes §4.5.4: +0.02 per event attended"),
                "Trust gained by taking part (an event, an election, a hall meeting), as a share of the way to 1: T += g (1 − T)."));
        d.add(real("socialCapital.initial", "score", 0.3, 0, 1, assumption("domain-notes §4.5.4"),
                "Social capital of every compound at the start; activities raise it."));

        d.add(real("ownersCommittee.initialQuality", "score", 0.5, 0, 1, assumption("domain-notes §4.5.8: mean of Beta(4, 3) ≈ 0.57, lower without guidance"),
                "Quality of every compound's owners' committee before any guided election."));
        d.add(real("ownersCommittee.misusePerYear", "1/year", 0.1, 0, 5, assumption("a captured committee misuses funds"),
                "Yearly hazard of fund misuse for a committee of quality 0 (× (1 − Q_oc)); a misuse lowers the compound's trust."));
        d.add(real("ownersCommittee.misuseTrustDrop", "score", 0.2, 0, 1, assumption("domain-notes §4.5.8: T −0.2"),
                "Trust lost by the compound's households when funds are misused."));
        d.add(real("payment.intercept", "logit", -1.516, -10, 10, Sources.posteriorPoint(Sources.MEILAN, "[-2.45, -0.47]"),
                "b₀ of the payment logit."));
        d.add(real("payment.satisfactionWeight", "logit", 2.979, 0, 10, Sources.posteriorPoint(Sources.MEILAN, "[1.3, 4.41]"), "b₁: weight of property satisfaction."));
        d.add(real("payment.neighbourWeight", "logit", 1.5, 0, 10, assumption("domain-notes §4.5.4: b₂"),
                "b₂: weight of the share of the building that paid last month."));
        d.add(real("payment.trustWeight", "logit", 0.5, 0, 10, assumption("domain-notes §4.5.4: b₃"), "b₃: weight of trust."));
        d.add(real("payment.partyMemberWeight", "logit", 0.8, 0, 10, assumption("domain-notes §4.5.4: b₄"), "b₄: a party-member household."));
        d.add(real("payment.transparencyWeight", "logit", 0.5, 0, 10, assumption("domain-notes §4.5.4: b₅"),
                "b₅: the contract publishes accounts and ratings (trust and linked regimes)."));
        d.add(real("payment.burdenWeight", "logit per 100 yuan", 0.5, 0, 10, assumption("domain-notes §4.5.4: b₆"),
                "b₆: weight of the monthly fee, per 100 yuan."));
        d.add(real("payment.unresolvedWeight", "logit per issue", 0.4, 0, 10, assumption("domain-notes §4.5.4: b₇"),
                "b₇: weight of each of the household's own open issues."));
    }
}
