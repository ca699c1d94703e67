package org.govsim.model.lever.fee;

import static org.govsim.model.param.ParamDef.bool;
import static org.govsim.model.param.ParamDef.choice;
import static org.govsim.model.param.ParamDef.real;
import static org.govsim.model.param.Sources.assumption;

import java.util.List;
import org.govsim.model.lever.LeverSettings;
import org.govsim.model.param.ParamDef;
import org.govsim.model.param.Sources;
import org.govsim.model.param.ParamValues;

/** The property-fee regime: which contract, in how many compounds, and its terms. */
record FeeSettings(String regime, double share, double commissionRate, double beta, double ratingNoise, double committeePrecision,
                   double ratingMin, double ratingTarget, boolean transparency) implements LeverSettings {

    static List<ParamDef> declare() {
        return List.of(
                choice("property.contract", "FLAT", List.of("FLAT", "COMMISSION", "TRUST", "LINKED"),
                        "article: trust-remuneration 信酬制 at Qiongyuan Plaza (Q12-Q14); regimes of domain-notes §4.5.3",
                        "Fee regime: FLAT 包干 (baseline), COMMISSION 酬金, TRUST 信托 (commission + open accounts), LINKED 信酬 (fee-quality linkage)."),
                real("property.contractShare", "share", 1.0, 0, 1, assumption("Meilan piloted it in some compounds"),
                        "Share of compounds whose company works under the chosen regime (the rest stay FLAT)."),
                real("property.commissionRate", "share", 0.10, 0.05, 0.15, "external: Chengdu commission case (domain-notes §4.5.3)",
                        "Commission r_c on collected fees under COMMISSION and TRUST."),
                real("property.linkageBeta", "share", 0.5628, 0, 1, Sources.posteriorPoint(Sources.MEILAN, "[0.124, 0.82]"),
                        "Share β of the fee released according to the owners' quality rating under LINKED."),
                real("property.ratingNoise", "sd", 0.2, 0, 0.5, assumption("domain-notes §4.9: σ₀"),
                        "σ₀: noise of the owners' rating; σ_A = σ₀ (1 − w Q_oc)."),
                real("property.ratingCommitteePrecision", "share", 0.5, 0, 1, assumption("domain-notes §4.5.3: a sound committee rates more precisely"),
                        "w: how much a perfect owners' committee narrows the rating's noise (σ_A = σ₀ (1 − w Q_oc))."),
                real("property.ratingMin", "score", 0.3, 0, 1, assumption("domain-notes §4.5.3: Q_min"),
                        "Rated quality at or below which none of the linked share is released."),
                real("property.ratingTarget", "score", 0.8, 0.01, 1, assumption("domain-notes §4.5.3: Q_target (达标)"),
                        "Rated quality at which all of the linked share is released (at least ratingMin + 0.01)."),
                bool("property.transparency", true, "article: public accounts of the trust-remuneration model",
                        "Whether TRUST and LINKED publish accounts and ratings (raises willingness to pay by b₅)."));
    }

    static FeeSettings from(ParamValues p) {
        return new FeeSettings(p.choice("property.contract"), p.real("property.contractShare"), p.real("property.commissionRate"),
                p.real("property.linkageBeta"), p.real("property.ratingNoise"), p.real("property.ratingCommitteePrecision"),
                p.real("property.ratingMin"), Math.max(p.real("property.ratingTarget"), p.real("property.ratingMin") + 0.01),
                p.bool("property.transparency"));
    }

    @Override
    public boolean enabled() {
        return !regime.equals("FLAT");
    }
}
