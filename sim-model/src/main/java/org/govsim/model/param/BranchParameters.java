package org.govsim.model.param;

import static org.govsim.model.param.ParamDef.bool;
import static org.govsim.model.param.ParamDef.choice;
import static org.govsim.model.param.ParamDef.integer;
import static org.govsim.model.param.ParamDef.real;
import static org.govsim.model.param.Sources.assumption;

import java.util.List;

/** New compound party branches formed by the "four batches" methods (四个一批, Meilan). */
final class BranchParameters {
    private BranchParameters() {
    }

    static void declare(List<ParamDef> d) {
        d.add(bool("branches.enabled", false, "article Q1: 724 new compound branches in Meilan", "Form new compound party branches."));
        d.add(integer("branches.newBranches", "branch", 724, 0, 20000, "article Q1: 724 new branches this year",
                "Branches formed in compounds that have none (capped by the compounds without one)."));
        d.add(choice("branches.formationMethod", "FOUR_BATCHES", List.of("FOUR_BATCHES", "STANDALONE", "TRANSFER", "DISPATCHED", "MERGED"),
                "article Q49: the four batches 单独/转接/派驻/融合组建",
                "How branches are formed; FOUR_BATCHES picks per compound: large → stand-alone, old small → merged, other old → dispatched, other → transfer."));
        d.add(integer("branches.startDay", "day", 0, 0, 3650, assumption("the campaign's first day"),
                "Day the formation campaign starts; each branch then works after its method's delay."));
        d.add(real("branches.secretaryQuality", "score", 0.5, 0, 1, "article Q50: the four haves 四有 standard (score assumed)",
                "Secretary quality; strength = method strength + 0.4 (quality − 0.5)."));
        method(d, "standalone", 0.6, 30, "enough resident members to form a branch on their own");
        method(d, "transfer", 0.5, 60, "members' relations transferred in: slower to start");
        method(d, "dispatched", 0.55, 15, "a secretary dispatched from outside: fast, experienced");
        method(d, "merged", 0.4, 45, "several small compounds share one branch: thinner");
    }

    private static void method(List<ParamDef> d, String key, double strength, int delay, String why) {
        d.add(real("branches." + key + ".strength", "score", strength, 0, 1, assumption(why), "Branch strength when formed this way."));
        d.add(integer("branches." + key + ".delayDays", "day", delay, 0, 720, assumption(why), "Days from the start until a branch formed this way works."));
    }
}
