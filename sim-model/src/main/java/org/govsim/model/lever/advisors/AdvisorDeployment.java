package org.govsim.model.lever.advisors;

import java.util.List;
import org.govsim.model.lever.CompoundPicker;
import org.govsim.model.lever.Lever;
import org.govsim.model.lever.LeverContext;
import org.govsim.model.lever.LeverMetrics;
import org.govsim.model.lever.StationedAdvisors;
import org.govsim.model.metrics.CompoundFigure;
import org.govsim.model.metrics.MetricDef;
import org.govsim.model.param.ParamDef;
import org.govsim.model.param.ParamValues;
import org.govsim.model.world.Compound;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Party-building advisors (党建指导员) stationed in compounds (Meilan: 1003 advisors in 424 compounds,
 * 1401 problems solved by "household visits + joint meetings", 走访入户+联席会议). Advisors visit households
 * and find latent issues, add capacity and skill at the branch level (keeping a desk where there is no
 * branch), help the deliberation hall decide, and bring the community in at joint meetings. Issues they took
 * part in are tagged, and those settled are counted.
 */
public final class AdvisorDeployment implements Lever<AdvisorSettings> {
    private static final long serialVersionUID = 1L;
    static final String SETTLED = "settled_with_advisor";

    @Override
    public String name() {
        return "advisors";
    }

    @Override
    public String title() {
        return "Party-building advisors (党建指导员)";
    }

    @Override
    public List<ParamDef> parameters() {
        return AdvisorSettings.declare();
    }

    @Override
    public List<MetricDef> metrics() {
        return List.of(LeverMetrics.count(SETTLED, "issue", "件", "problems settled with an advisor", "指导员参与解决的问题",
                "non-repair issues settled in the window that an advisor found or took part in"),
                LeverMetrics.figure("advisors", "advisor", "名", "advisors stationed", "党建指导员", "at the end of the run"));
    }

    /** A case compound's {@code advisors: N} stations N of the district's advisors there, before the allocation rule. */
    static final String CASE_KEY = "advisors";

    @Override
    public List<String> caseKeys() {
        return List.of(CASE_KEY);
    }

    @Override
    public AdvisorSettings settings(ParamValues values) {
        return AdvisorSettings.from(values);
    }

    @Override
    public void install(AdvisorSettings s, LeverContext context) {
        Stationed stationed = new Stationed(new int[context.compounds().length]);
        HouseholdVisits visits = new HouseholdVisits(stationed, s.visitsPerWeek());
        context.addDetectionChannel(visits);
        AdvisorInvolvement involvement = new AdvisorInvolvement(s, stationed, visits, context.tag("advisor"),
                context.stream("involvement"), context.counter(SETTLED));
        context.addIssueModifier(involvement);
        context.addIssueObserver(involvement);
        context.provide(StationedAdvisors.class, stationed);
        context.figure("advisors", new CompoundFigure.PerCompound(stationed.perCompound()));
        context.scheduleOnce(s.startDay(), new Deploy(s, context, stationed));
    }

    /** Advisors per compound, which this lever owns and offers other levers. */
    record Stationed(int[] perCompound) implements StationedAdvisors {
        @Override
        public int in(Compound compound) {
            return perCompound[compound.index()];
        }
    }

    /** Advisors arrive: each chosen compound gets total/compounds of them, the remainder going to the first chosen. */
    private static final class Deploy implements Steppable {
        private static final long serialVersionUID = 1L;
        private final AdvisorSettings s;
        private final LeverContext context;
        private final Stationed stationed;

        Deploy(AdvisorSettings s, LeverContext context, Stationed stationed) {
            this.s = s;
            this.context = context;
            this.stationed = stationed;
        }

        private List<Compound> choose(int count) {
            Compound[] all = context.compounds();
            return switch (s.allocation()) {
                case LARGEST -> CompoundPicker.top(all, c -> Double.isNaN(c.caseAttribute(CASE_KEY)), count, Compound::households);
                case MOST_DISPUTES -> CompoundPicker.top(all, c -> Double.isNaN(c.caseAttribute(CASE_KEY)), count, Compound::disputes);
                case EVEN -> CompoundPicker.random(all, c -> Double.isNaN(c.caseAttribute(CASE_KEY)), count, context.stream());
            };
        }

        @Override
        public void step(SimState state) {
            int total = s.total();
            int cases = 0;
            for (Compound c : context.compounds()) {
                int named = (int) Math.max(0, Math.min(total, Double.isNaN(c.caseAttribute(CASE_KEY)) ? 0 : c.caseAttribute(CASE_KEY)));
                if (!Double.isNaN(c.caseAttribute(CASE_KEY))) {
                    cases++;
                }
                station(c, named);
                total -= named;
            }
            List<Compound> chosen = choose(Math.max(0, s.compounds() - cases));
            if (chosen.isEmpty()) {
                return;
            }
            int each = total / chosen.size();
            int extra = total % chosen.size();
            for (int i = 0; i < chosen.size(); i++) {
                station(chosen.get(i), each + (i < extra ? 1 : 0));
            }
        }

        private void station(Compound c, int advisors) {
            stationed.perCompound()[c.index()] += advisors;
            if (advisors * s.serversPerAdvisor() > 0) {
                var desk = context.network().branchDesk(c);
                context.contribute(desk, AdvisorInvolvement.CONTRIBUTOR, desk.contribution(AdvisorInvolvement.CONTRIBUTOR)
                        + advisors * s.serversPerAdvisor());
            }
        }
    }
}
