package org.govsim.model.lever.security;

import static org.govsim.model.param.ParamDef.bool;
import static org.govsim.model.param.ParamDef.integer;
import static org.govsim.model.param.ParamDef.real;
import static org.govsim.model.param.Sources.assumption;

import java.util.ArrayList;
import java.util.List;
import org.govsim.model.lever.LeverSettings;
import org.govsim.model.param.ParamDef;
import org.govsim.model.param.ParamValues;

/**
 * How many compounds reach each level of smart security, and what each level does. Arrays are indexed by level:
 * 0 none, 1 basic, 2 standard, 3 demonstration.
 */
record SecuritySettings(boolean enabled, int[] compounds, double[] rateMultiplier, double[] identifyProb, double identifiedUplift,
                        double identifiedTimeFactor) implements LeverSettings {

    static final String[] LEVELS = {"basic", "standard", "demonstration"};

    static List<ParamDef> declare() {
        List<ParamDef> d = new ArrayList<>();
        d.add(bool("security.enabled", false, "article Q15-Q17", "Smart-security levels in compounds."));
        d.add(integer("security.basicCompounds", "compound", 575, 0, 20000, "article Q15: 575 basic", "Compounds at level 1 (basic)."));
        d.add(integer("security.standardCompounds", "compound", 236, 0, 20000, "article Q16: 236 standard", "Compounds at level 2 (standard)."));
        d.add(integer("security.demonstrationCompounds", "compound", 136, 0, 20000, "article Q17: 136 demonstration",
                "Compounds at level 3 (demonstration); levels are assigned top down until compounds run out."));
        double[] rate = {0.85, 0.70, 0.55};
        double[] identify = {0.5, 0.7, 0.9};
        for (int i = 0; i < 3; i++) {
            d.add(real("security." + LEVELS[i] + ".rateMultiplier", "×", rate[i], 0, 1, assumption("domain-notes §4.5.9"),
                    "Rate multiplier on security incidents and thrown objects at this level."));
            d.add(real("security." + LEVELS[i] + ".identifyProb", "probability", identify[i], 0, 1, assumption("domain-notes §4.5.9"),
                    "Chance cameras identify who threw an object; identified cases settle faster and more surely."));
        }
        d.add(real("security.identifiedSuccessUplift", "probability", 0.3, 0, 1, assumption("evidence settles the case"),
                "Added to a level's success for an identified thrown object."));
        d.add(real("security.identifiedTimeFactor", "×", 0.5, 0.05, 1, assumption("evidence shortens the case"),
                "A level's time on an identified thrown object × this."));
        return d;
    }

    static SecuritySettings from(ParamValues p) {
        int[] counts = new int[4];
        double[] rate = {1, 0, 0, 0};
        double[] identify = new double[4];
        counts[1] = p.integer("security.basicCompounds");
        counts[2] = p.integer("security.standardCompounds");
        counts[3] = p.integer("security.demonstrationCompounds");
        for (int i = 0; i < 3; i++) {
            rate[i + 1] = p.real("security." + LEVELS[i] + ".rateMultiplier");
            identify[i + 1] = p.real("security." + LEVELS[i] + ".identifyProb");
        }
        return new SecuritySettings(p.bool("security.enabled"), counts, rate, identify, p.real("security.identifiedSuccessUplift"),
                p.real("security.identifiedTimeFactor"));
    }
}
