package org.govsim.model.param;

import static org.govsim.model.param.ParamDef.bool;
import static org.govsim.model.param.ParamDef.choice;
import static org.govsim.model.param.ParamDef.real;
import static org.govsim.model.param.Sources.assumption;

import java.util.List;

/** The property-fee regime: flat (baseline), commission, trust, or fee-quality linkage (信酬制). */
final class ContractParameters {
    private ContractParameters() {
    }

    static void declare(List<ParamDef> d) {
        d.add(choice("property.contract", "FLAT", List.of("FLAT", "COMMISSION", "TRUST", "LINKED"),
                "article: trust-remuneration 信酬制 at Qiongyuan Plaza (Q12-Q14); regimes of domain-notes §4.5.3",
                "Fee regime: FLAT 包干 (baseline), COMMISSION 酬金, TRUST 信托 (commission + open accounts), LINKED 信酬 (fee-quality linkage)."));
        d.add(real("property.contractShare", "share", 1.0, 0, 1, assumption("Meilan piloted it in some compounds"),
                "Share of compounds whose company works under the chosen regime (the rest stay FLAT)."));
        d.add(real("property.commissionRate", "share", 0.10, 0.05, 0.15, "external: Chengdu commission case (domain-notes §4.5.3)",
                "Commission r_c on collected fees under COMMISSION and TRUST."));
        d.add(real("property.linkageBeta", "share", 0.4, 0, 1, assumption("domain-notes §4.9: β"),
                "Share β of the fee released according to the owners' quality rating under LINKED."));
        d.add(real("property.ratingNoise", "sd", 0.2, 0, 0.5, assumption("domain-notes §4.9: σ₀"),
                "σ₀: noise of the owners' rating; σ_A = σ₀ (1 − 0.5 Q_oc)."));
        d.add(real("property.ratingMin", "score", 0.3, 0, 1, assumption("domain-notes §4.5.3: Q_min"),
                "Rated quality at or below which none of the linked share is released."));
        d.add(real("property.ratingTarget", "score", 0.8, 0.01, 1, assumption("domain-notes §4.5.3: Q_target (达标)"),
                "Rated quality at which all of the linked share is released."));
        d.add(bool("property.transparency", true, "article: public accounts of the trust-remuneration model",
                "Whether TRUST and LINKED publish accounts and ratings (raises willingness to pay by b₅)."));
    }
}
