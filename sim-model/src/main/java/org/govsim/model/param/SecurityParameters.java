package org.govsim.model.param;

import static org.govsim.model.param.ParamDef.bool;
import static org.govsim.model.param.ParamDef.integer;
import static org.govsim.model.param.ParamDef.real;
import static org.govsim.model.param.Sources.assumption;

import java.util.List;

/** Smart-security compounds at three levels (智慧安防: basic, standard, demonstration; Meilan Q15-Q17). */
final class SecurityParameters {
    private SecurityParameters() {
    }

    static void declare(List<ParamDef> d) {
        d.add(bool("security.enabled", false, "article Q15-Q17", "Smart-security levels in compounds."));
        d.add(integer("security.basicCompounds", "compound", 575, 0, 20000, "article Q15: 575 basic", "Compounds at level 1 (basic)."));
        d.add(integer("security.standardCompounds", "compound", 236, 0, 20000, "article Q16: 236 standard", "Compounds at level 2 (standard)."));
        d.add(integer("security.demonstrationCompounds", "compound", 136, 0, 20000, "article Q17: 136 demonstration",
                "Compounds at level 3 (demonstration); levels are assigned top down until compounds run out."));
        String[] names = {"basic", "standard", "demonstration"};
        double[] rate = {0.85, 0.70, 0.55};
        double[] identify = {0.5, 0.7, 0.9};
        for (int i = 0; i < 3; i++) {
            d.add(real("security." + names[i] + ".rateMultiplier", "×", rate[i], 0, 1, assumption("domain-notes §4.5.9"),
                    "Rate multiplier on security incidents and thrown objects at this level."));
            d.add(real("security." + names[i] + ".identifyProb", "probability", identify[i], 0, 1, assumption("domain-notes §4.5.9"),
                    "Chance cameras identify who threw an object; identified cases settle faster and more surely."));
        }
        d.add(real("security.identifiedSuccessUplift", "probability", 0.3, 0, 1, assumption("evidence settles the case"),
                "Added to a level's success for an identified thrown object (whose service time also halves)."));
    }
}
