package org.govsim.model.lever.branches;

import ec.util.MersenneTwisterFast;
import java.util.Arrays;
import java.util.List;
import org.govsim.model.actors.PartyBranch;
import org.govsim.model.lever.BranchSecretaries;
import org.govsim.model.lever.CompoundPicker;
import org.govsim.model.lever.Lever;
import org.govsim.model.lever.LeverContext;
import org.govsim.model.lever.LeverMetrics;
import org.govsim.model.metrics.CompoundFigure;
import org.govsim.model.metrics.Counter;
import org.govsim.model.metrics.MetricDef;
import org.govsim.model.param.ParamConstraints;
import org.govsim.model.param.ParamDef;
import org.govsim.model.param.ParamValues;
import org.govsim.model.world.Compound;
import sim.engine.SimState;
import sim.engine.Steppable;
import sim.util.distribution.Beta;

/**
 * New compound party branches (小区党支部), formed by the "four batches" (四个一批): stand-alone where the
 * compound has enough members, by transferring members' relations, by dispatching a secretary, or by
 * merging small compounds. The method sets the branch's strength and how long it takes to start working. Each
 * branch's secretary is chosen by the "four haves" (四有), appointed or elected; the choice sets the distribution of the
 * secretary's quality, which moves the branch's strength and, offered as {@link BranchSecretaries}, how readily the
 * members answer the branch's calls.
 */
public final class BranchFormation implements Lever<BranchSettings> {
    private static final long serialVersionUID = 1L;
    /** The capacity a formed branch adds to the compound's branch level. */
    private static final String CONTRIBUTOR = "branches";

    @Override
    public String name() {
        return "branches";
    }

    @Override
    public String title() {
        return "New compound party branches (小区党支部, 四个一批)";
    }

    @Override
    public List<ParamDef> parameters() {
        return BranchSettings.declare();
    }

    @Override
    public List<ParamConstraints.Constraint> constraints() {
        // a compound too small for its own branch is merged below one size and dispatched a secretary up to the other
        return List.of(ParamConstraints.atMost("branches.mergeBelowHouseholds", "branches.standaloneMinHouseholds"));
    }

    @Override
    public List<MetricDef> metrics() {
        return List.of(LeverMetrics.count("new_branches", "branch", "个", "new party branches formed", "新成立小区党支部",
                        "branches that started working in the window"),
                LeverMetrics.count("secretary_quality_total", "score", "分", "new secretaries' quality (sum)", "新任书记素质合计",
                        "sum over branches that started working in the window of their secretary's quality"),
                MetricDef.of("secretary_quality_mean").ratioOf("secretary_quality_total", "new_branches").unit("score", "分")
                        .label("new secretaries' mean quality", "新任书记平均素质").higherIsBetter(0.05)
                        .describe("mean quality of the secretaries of branches formed in the window (四有, appointed or elected)").build(),
                LeverMetrics.figure("secretary_quality", "score", "分", "branch secretary's quality", "支部书记素质",
                        "of a branch this lever formed, once it works; 0 elsewhere"));
    }

    @Override
    public BranchSettings settings(ParamValues values) {
        return BranchSettings.from(values);
    }

    /** The quality of the compound's branch secretary, 0 where no new branch was formed. */
    private record SecretaryQuality(BranchSecretaries secretaries) implements CompoundFigure {
        @Override
        public double of(Compound c) {
            double q = secretaries.quality(c);
            return Double.isNaN(q) ? 0 : q;
        }
    }

    @Override
    public void install(BranchSettings s, LeverContext context) {
        List<Compound> chosen = CompoundPicker.random(context.compounds(), c -> !c.hasBranch(), s.newBranches(), context.stream());
        Secretaries secretaries = new Secretaries(new double[context.compounds().length]);
        Arrays.fill(secretaries.quality(), Double.NaN);
        context.provide(BranchSecretaries.class, secretaries);
        context.figure("secretary_quality", new SecretaryQuality(secretaries));
        // the secretaries' own stream, so that choosing them leaves the choice of compounds as it was
        MersenneTwisterFast rng = context.stream("secretaries");
        int way = s.selection().ordinal();
        Beta secretary = new Beta(s.secretaryBetaA()[way], s.secretaryBetaB()[way], rng);
        Formed formed = new Formed(context.counter("new_branches"), context.counter("secretary_quality_total"));
        for (Compound c : chosen) {
            BranchSettings.FormationMethod m = s.method() == BranchSettings.FormationMethod.FOUR_BATCHES ? batchFor(c, s) : s.method();
            double quality = secretary.nextDouble();
            double strength = Math.max(0, Math.min(1, s.strength()[m.ordinal()] + s.secretaryWeight() * (quality - 0.5)));
            context.scheduleOnce(s.startDay() + s.delayDays()[m.ordinal()], new FormBranch(context, c, strength, quality, secretaries, formed));
        }
    }

    /** Each compound's secretary quality, NaN until the lever's branch there works; offered to other levers. */
    private record Secretaries(double[] quality) implements BranchSecretaries {
        @Override
        public double quality(Compound compound) {
            return quality[compound.index()];
        }
    }

    /** The counters a new branch adds to. */
    private record Formed(Counter branches, Counter quality) implements java.io.Serializable {
    }

    /** The four batches by compound: large ones stand alone; old small ones merge; other old ones get a dispatched secretary. */
    private static BranchSettings.FormationMethod batchFor(Compound c, BranchSettings s) {
        if (c.households() >= s.standaloneMinHouseholds()) {
            return BranchSettings.FormationMethod.STANDALONE;
        }
        if (c.isOld()) {
            return c.households() < s.mergeBelowHouseholds() ? BranchSettings.FormationMethod.MERGED : BranchSettings.FormationMethod.DISPATCHED;
        }
        return BranchSettings.FormationMethod.TRANSFER;
    }

    /** The day a branch starts working: where advisors already keep a desk, it becomes the branch's. */
    private static final class FormBranch implements Steppable {
        private static final long serialVersionUID = 1L;
        private final LeverContext context;
        private final Compound compound;
        private final double strength;
        private final double quality;
        private final Secretaries secretaries;
        private final Formed formed;

        FormBranch(LeverContext context, Compound compound, double strength, double quality, Secretaries secretaries, Formed formed) {
            this.context = context;
            this.compound = compound;
            this.strength = strength;
            this.quality = quality;
            this.secretaries = secretaries;
            this.formed = formed;
        }

        @Override
        public void step(SimState state) {
            compound.setBranch(new PartyBranch(strength));
            secretaries.quality()[compound.index()] = quality;
            context.contribute(context.network().branchDesk(compound), CONTRIBUTOR, context.core().network().branchServers());
            formed.branches().add(compound, 1, context.now());
            formed.quality().add(compound, quality, context.now());
        }
    }
}
