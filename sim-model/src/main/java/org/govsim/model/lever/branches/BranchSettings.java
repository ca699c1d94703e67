package org.govsim.model.lever.branches;

import static org.govsim.model.param.ParamDef.bool;
import static org.govsim.model.param.ParamDef.choice;
import static org.govsim.model.param.ParamDef.integer;
import static org.govsim.model.param.ParamDef.real;
import static org.govsim.model.param.Sources.assumption;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.govsim.model.lever.LeverSettings;
import org.govsim.model.param.ParamDef;
import org.govsim.model.param.ParamValues;

/** How many new branches, how they are formed, and what each method gives them. */
record BranchSettings(boolean enabled, int newBranches, FormationMethod method, int startDay, SecretarySelection selection,
                      double[] secretaryBetaA, double[] secretaryBetaB, double secretaryWeight, int standaloneMinHouseholds,
                      int mergeBelowHouseholds, double[] strength, int[] delayDays) implements LeverSettings {

    /** The "four batches" (四个一批) and the choice of one per compound. */
    enum FormationMethod { FOUR_BATCHES, STANDALONE, TRANSFER, DISPATCHED, MERGED }

    /**
     * How a new branch's secretary is chosen: against the "four haves" standard (四有: public spirit, ability, prestige,
     * enthusiasm), appointed by the community, or elected by the members.
     */
    enum SecretarySelection { FOUR_HAVES, APPOINTED, ELECTED }

    private static final FormationMethod[] METHODS = {FormationMethod.STANDALONE, FormationMethod.TRANSFER, FormationMethod.DISPATCHED,
            FormationMethod.MERGED};

    static List<ParamDef> declare() {
        List<ParamDef> d = new ArrayList<>();
        d.add(bool("branches.enabled", false, "article Q1: 724 new compound branches in Meilan", "Form new compound party branches."));
        d.add(integer("branches.newBranches", "branch", 724, 0, 20000, "article Q1: 724 new branches this year",
                "Branches formed in compounds that have none (capped by the compounds without one)."));
        d.add(choice("branches.formationMethod", "FOUR_BATCHES", List.of("FOUR_BATCHES", "STANDALONE", "TRANSFER", "DISPATCHED", "MERGED"),
                "article Q49: the four batches 单独/转接/派驻/融合组建",
                "How branches are formed; FOUR_BATCHES picks per compound: large → stand-alone, old small → merged, other old → dispatched, other → transfer."));
        d.add(integer("branches.startDay", "day", 0, 0, 3650, assumption("the campaign's first day"),
                "Day the formation campaign starts; each branch then works after its method's delay."));
        d.add(choice("branches.secretarySelection", "APPOINTED", List.of("FOUR_HAVES", "APPOINTED", "ELECTED"),
                "article Q50: secretaries chosen by the four haves 四有 (有公心、有能力、有威望、有热情); the alternatives are assumptions",
                "How each new branch's secretary is chosen; the secretary's quality is drawn from that method's Beta distribution."));
        selection(d, "fourHaves", 6, 3, "screened on four criteria from a wide pool (两委, 业委会, retired cadres): higher and surer, mean 0.67");
        selection(d, "appointed", 4, 4, "whoever the community can assign: mean 0.5, the former single score");
        selection(d, "elected", 4, 3, "local prestige without a screen for ability: mean 0.57, wider");
        d.add(real("branches.secretaryWeight", "score", 0.4, 0, 2, assumption("a good secretary makes a branch stronger"),
                "w: strength = method strength + w (secretary quality − 0.5)."));
        d.add(integer("branches.standaloneMinHouseholds", "household", 300, 1, 20000,
                assumption("enough resident members for a branch of its own"),
                "FOUR_BATCHES: a compound this large or larger forms its own branch."));
        d.add(integer("branches.mergeBelowHouseholds", "household", 100, 1, 20000, assumption("too few members for a branch"),
                "FOUR_BATCHES: an old compound smaller than this shares a merged branch."));
        method(d, "standalone", 0.6, 30, "enough resident members to form a branch on their own");
        method(d, "transfer", 0.5, 60, "members' relations transferred in: slower to start");
        method(d, "dispatched", 0.55, 15, "a secretary dispatched from outside: fast, experienced");
        method(d, "merged", 0.4, 45, "several small compounds share one branch: thinner");
        return d;
    }

    private static void selection(List<ParamDef> d, String key, double a, double b, String why) {
        d.add(real("branches." + key + ".secretaryBetaA", "shape", a, 0.1, 100, assumption(why),
                "α of the Beta distribution of the quality of a secretary chosen this way."));
        d.add(real("branches." + key + ".secretaryBetaB", "shape", b, 0.1, 100, assumption(why),
                "β of the Beta distribution of the quality of a secretary chosen this way."));
    }

    private static void method(List<ParamDef> d, String key, double strength, int delay, String why) {
        d.add(real("branches." + key + ".strength", "score", strength, 0, 1, assumption(why), "Branch strength when formed this way."));
        d.add(integer("branches." + key + ".delayDays", "day", delay, 0, 720, assumption(why), "Days from the start until a branch formed this way works."));
    }

    static BranchSettings from(ParamValues p) {
        double[] strength = new double[FormationMethod.values().length];
        int[] delay = new int[FormationMethod.values().length];
        for (FormationMethod m : METHODS) {
            String key = "branches." + m.name().toLowerCase(Locale.ROOT) + ".";
            strength[m.ordinal()] = p.real(key + "strength");
            delay[m.ordinal()] = p.integer(key + "delayDays");
        }
        double[] betaA = new double[SecretarySelection.values().length];
        double[] betaB = new double[SecretarySelection.values().length];
        String[] keys = {"fourHaves", "appointed", "elected"};
        for (SecretarySelection m : SecretarySelection.values()) {
            betaA[m.ordinal()] = p.real("branches." + keys[m.ordinal()] + ".secretaryBetaA");
            betaB[m.ordinal()] = p.real("branches." + keys[m.ordinal()] + ".secretaryBetaB");
        }
        return new BranchSettings(p.bool("branches.enabled"), p.integer("branches.newBranches"),
                p.choice("branches.formationMethod", FormationMethod.class), p.integer("branches.startDay"),
                p.choice("branches.secretarySelection", SecretarySelection.class), betaA, betaB, p.real("branches.secretaryWeight"),
                p.integer("branches.standaloneMinHouseholds"), p.integer("branches.mergeBelowHouseholds"), strength, delay);
    }
}
