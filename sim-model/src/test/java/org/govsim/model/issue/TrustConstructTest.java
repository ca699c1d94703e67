package org.govsim.model.issue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.govsim.model.District;
import org.govsim.model.ModelCatalog;
import org.govsim.model.ModelConfig;
import org.govsim.model.engine.Calendar;
import org.govsim.model.param.ParamValues;
import org.govsim.model.world.Households;
import org.junit.jupiter.api.Test;

/**
 * Trust in the branch and community is its own construct (issue 13, ODD §7.7): a case moves it only if the party and
 * community organs handled it ({@link Level#governance()}), by its own weight {@code trust.caseWeight} toward the
 * case's outcome, never as a copy of satisfaction; a repair the property company settles moves satisfaction and no
 * trust; and with nothing happening trust decays toward its resting level {@code trust.initialMean} by
 * {@code trust.monthlyDecay} a month.
 *
 * <p>Trust, satisfaction and the households' arrays are floats, so a value recomputed in double agrees to about
 * 1e-7 per step; the tolerances below (1e-5) are a hundred times that and far below the smallest move checked (a case
 * moves trust by 0.2 of a distance that is rarely under 1e-3; the decay test checks households at least 0.05 from rest).
 */
class TrustConstructTest {
    private static final double FLOAT_TOLERANCE = 1e-5;

    /**
     * Defaults on a small district with every month-end change of satisfaction and trust switched off (drift, decay,
     * fund misuse), so that satisfaction and trust move only when a case ends, and each move can be laid at its case.
     */
    private static ParamValues casesOnly() {
        return ModelCatalog.defaults().with("district.compounds", 30).with("run.days", 360).with("run.burnInDays", 0)
                .with("satisfaction.monthlyDrift", 0.0).with("trust.monthlyDecay", 0.0).with("ownersCommittee.misusePerYear", 0.0);
    }

    @Test
    void onlyTheOrgansHandlingMovesTrustAndByItsOwnWeight() {
        District d = new District(5, new ModelConfig(casesOnly()));
        d.start();
        BehaviourConfig b = d.config().core().behaviour();
        CaseAudit audit = new CaseAudit(d.households(), b);
        d.pipeline().addObserver(audit);
        d.advanceToEnd();

        assertEquals(List.of(), audit.faults.subList(0, Math.min(5, audit.faults.size())), audit.faults.size() + " faults");
        // enough of each kind that a rule broken for one kind cannot hide: the baseline settles thousands of repairs at
        // the company and hundreds of cases at the organs in a year of 30 compounds
        assertTrue(audit.companyRepairs > 1000, "company-settled repairs: " + audit.companyRepairs);
        assertTrue(audit.repairsThatMovedSatisfaction > 1000, "repairs that moved satisfaction: " + audit.repairsThatMovedSatisfaction);
        assertTrue(audit.organCases > 200, "cases settled by the organs: " + audit.organCases);
        assertTrue(audit.organExits + audit.otherExits > 10, "exits: " + audit.organExits + " + " + audit.otherExits);
    }

    @Test
    void withNothingHappeningTrustDecaysTowardItsRestingLevel() {
        ParamValues silent = ModelCatalog.defaults();
        for (IssueType t : IssueType.values()) {
            silent = silent.with("issues." + t.key() + ".ratePer1000HouseholdsMonth", 0.0);
        }
        silent = silent.with("district.compounds", 10).with("run.days", 360).with("run.burnInDays", 0)
                .with("ownersCommittee.misusePerYear", 0.0);
        District d = new District(9, new ModelConfig(silent));
        d.start();
        Households h = d.households();
        double[] initial = new double[h.count()];
        for (int i = 0; i < initial.length; i++) {
            initial[i] = h.trust(i);
        }
        d.advanceToEnd();

        BehaviourConfig b = d.config().core().behaviour();
        double rest = b.trustRest();
        double delta = b.trustMonthlyDecay();
        assertEquals(ModelCatalog.defaults().real("trust.initialMean"), rest, "trust rests at its initial mean (ODD §7.7)");
        assertTrue(delta > 0, "no decay to test");
        int months = (int) (d.config().core().run().endDay() / Calendar.DAYS_PER_MONTH); // month ends at 30, 60, …, 360
        double keep = Math.pow(1 - delta, months);
        int far = 0;
        for (int i = 0; i < initial.length; i++) {
            double expected = rest + keep * (initial[i] - rest);
            assertEquals(expected, h.trust(i), FLOAT_TOLERANCE, "household " + i + " after " + months + " quiet months");
            if (Math.abs(initial[i] - rest) > 0.05) {
                far++;
                assertTrue(Math.abs(h.trust(i) - rest) < Math.abs(initial[i] - rest), "household " + i + " did not move toward rest");
            }
        }
        assertTrue(far > initial.length / 4, "too few households start away from rest to see the decay: " + far);
        d.finish();
    }

    /**
     * Told of every case's end after the pipeline has moved the household (the observers come after the update), it
     * keeps a copy of every household's satisfaction and trust, lays each change at the case that made it, and checks
     * it against the rule: a settlement outside the organs (the household itself, the company, the departments) moves no
     * trust; one by the organs moves trust toward the case's outcome u by {@code trust.caseWeight}, where u is read back
     * from the satisfaction it moved by {@code satisfaction.learningRate}; an exit moves trust toward
     * {@code satisfaction.exitOutcome} only if the organs had the issue (it sat at one of them or had escalated).
     */
    private static final class CaseAudit implements IssueObserver {
        private static final long serialVersionUID = 1L;
        final List<String> faults = new ArrayList<>();
        private final Households households;
        private final BehaviourConfig b;
        private final double[] trust;
        private final double[] property;
        private final double[] governance;
        int companyRepairs;
        int repairsThatMovedSatisfaction;
        int organCases;
        int organExits;
        int otherExits;

        CaseAudit(Households households, BehaviourConfig b) {
            this.households = households;
            this.b = b;
            int n = households.count();
            trust = new double[n];
            property = new double[n];
            governance = new double[n];
            for (int h = 0; h < n; h++) {
                remember(h);
            }
        }

        private void remember(int h) {
            trust[h] = households.trust(h);
            property[h] = households.propertySatisfaction(h);
            governance[h] = households.governanceSatisfaction(h);
        }

        @Override
        public void settled(Issue issue, Level level, double now) {
            int h = issue.household();
            boolean propertyDomain = issue.type().domain() == IssueType.Domain.PROPERTY;
            double before = propertyDomain ? property[h] : governance[h];
            double after = propertyDomain ? households.propertySatisfaction(h) : households.governanceSatisfaction(h);
            if (!level.governance()) {
                if (households.trust(h) != trust[h]) {
                    faults.add(issue.type() + " settled by " + level + " moved trust " + trust[h] + " -> " + households.trust(h));
                }
                if (level == Level.PROPERTY && issue.type() == IssueType.REPAIR) {
                    companyRepairs++;
                    repairsThatMovedSatisfaction += after != before ? 1 : 0;
                }
            } else {
                organCases++;
                double u = before + (after - before) / b.learningRate();
                checkMove(issue, level.toString(), u, h);
            }
            remember(h);
        }

        @Override
        public void exited(Issue issue, double now) {
            int h = issue.household();
            Level at = issue.level();
            if (at != null && (at.governance() || issue.escalations() > 0)) {
                organExits++;
                checkMove(issue, "an exit from " + at, b.exitOutcome(), h);
            } else {
                otherExits++;
                if (households.trust(h) != trust[h]) {
                    faults.add("an exit the organs never had (" + at + ") moved trust " + trust[h] + " -> " + households.trust(h));
                }
            }
            remember(h);
        }

        private void checkMove(Issue issue, String how, double u, int h) {
            double expected = Math.max(0, Math.min(1, trust[h] + b.trustCaseWeight() * (u - trust[h])));
            if (Math.abs(households.trust(h) - expected) > FLOAT_TOLERANCE) {
                faults.add(issue.type() + " " + how + ": trust " + trust[h] + " -> " + households.trust(h) + ", expected " + expected
                        + " (u = " + u + ")");
            }
        }
    }
}
