package org.govsim.model.issue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.govsim.model.District;
import org.govsim.model.ModelCatalog;
import org.govsim.model.ModelConfig;
import org.govsim.model.lever.Lever;
import org.govsim.model.lever.LeverSetup;
import org.govsim.model.param.ParamDef;
import org.govsim.model.param.ParamType;
import org.govsim.model.param.ParamValues;
import org.junit.jupiter.api.Test;

/**
 * The order in which the pipeline applies levers' issue modifiers (issue 12): when service starts, every modifier
 * tags the issue first, in installation order, and only then is the time drawn and passed through every modifier's
 * factor in the same order, so that a factor sees the marks of modifiers installed after it (they once interleaved
 * modifier by modifier, and a later lever's mark was missed). Success shifts are summed in the same order. The levers
 * install in the registry's order, so that order is part of a run's identity.
 */
class IssueModifierOrderTest {

    /** A small district with every default lever off: only the two probes below modify issues. */
    private static ParamValues small() {
        return ModelCatalog.defaults().with("district.compounds", 20).with("run.days", 180).with("run.burnInDays", 30);
    }

    @Test
    void everyMarkIsMadeBeforeAnyFactorAndFactorsChainInInstallationOrder() {
        District d = new District(11, new ModelConfig(small()));
        d.start();
        Probe probe = new Probe(d.pipeline().tags().declare("probe.later"));
        d.pipeline().addModifier(probe.first());
        d.pipeline().addModifier(probe.second());
        d.advanceToEnd();

        assertEquals(List.of(), probe.faults.subList(0, Math.min(5, probe.faults.size())), probe.faults.size() + " faults");
        assertTrue(probe.freshServices > 1000, "too few first services to test the order: " + probe.freshServices);
        assertTrue(probe.successChecks > 1000, "too few service ends to test the order: " + probe.successChecks);
        assertEquals(0, probe.state, "a service start left half-way through the modifiers");
    }

    /**
     * With every lever that has an on-switch turned on, the tags they declare at installation come in the registry's
     * order: levers install (and so register their hooks) in {@link ModelCatalog#levers()} order.
     */
    @Test
    void leversInstallInTheRegistrysOrder() {
        ParamValues p = small();
        for (Lever<?> lever : ModelCatalog.levers()) {
            for (ParamDef def : lever.parameters()) {
                if (def.type() == ParamType.BOOL && def.path().endsWith(".enabled")) {
                    p = p.with(def.path(), true);
                }
            }
        }
        ModelConfig config = new ModelConfig(p);
        List<String> setupOrder = config.levers().stream().map(s -> s.lever().name()).toList();
        List<String> registry = ModelCatalog.levers().stream().map(Lever::name).toList();
        assertEquals(registry, setupOrder);
        assertTrue(config.levers().stream().filter(LeverSetup::enabled).count() >= 15, "too few levers switched on to test the order");

        District d = new District(3, config);
        d.start();
        List<Integer> tagOwners = new ArrayList<>();
        for (IssueTag t : d.pipeline().tags().all()) {
            tagOwners.add(registry.indexOf(t.name().substring(0, t.name().indexOf('.'))));
        }
        assertTrue(tagOwners.size() >= 3 && tagOwners.stream().distinct().count() >= 3, "too few levers tag issues: " + tagOwners);
        assertTrue(!tagOwners.contains(-1), "a tag not named after a registered lever: " + d.pipeline().tags().all());
        List<Integer> sorted = new ArrayList<>(tagOwners);
        sorted.sort(null);
        assertEquals(sorted, tagOwners, "tags were declared out of the registry's order: " + d.pipeline().tags().all());
        d.finish();
    }

    /**
     * Two modifiers, installed first and second, that check the pipeline's calls against the promised order: at a
     * service start, first.beforeService, second.beforeService (which tags the issue), first.serviceDays (which must
     * see that tag, and doubles the time), second.serviceDays (which must receive the doubled time); at a service end,
     * first.successShift then second.successShift. Faults are collected, not thrown, so the run goes on.
     */
    private static final class Probe {
        final IssueTag later;
        final List<String> faults = new ArrayList<>();
        int state;
        int successState;
        int services;
        int freshServices;
        int successChecks;
        double handedOn;

        Probe(IssueTag later) {
            this.later = later;
        }

        private void expect(int want, String call) {
            if (state != want) {
                faults.add(call + " in state " + state + ", expected " + want);
            }
        }

        IssueModifier first() {
            return new IssueModifier() {
                @Override
                public void beforeService(Issue issue, Level level) {
                    expect(0, "first.beforeService");
                    if (!issue.has(later)) {
                        freshServices++; // a first service: only the second modifier's call this time can have tagged it
                    }
                    state = 1;
                }

                @Override
                public double serviceDays(Issue issue, Level level, double days) {
                    expect(2, "first.serviceDays");
                    if (!issue.has(later)) {
                        faults.add("first.serviceDays missed the mark of the modifier installed after it");
                    }
                    state = 3;
                    handedOn = 2 * days;
                    return handedOn;
                }

                @Override
                public double successShift(Issue issue, Level level) {
                    if (successState != 0) {
                        faults.add("first.successShift out of order");
                    }
                    successState = 1;
                    return 0;
                }
            };
        }

        IssueModifier second() {
            return new IssueModifier() {
                @Override
                public void beforeService(Issue issue, Level level) {
                    expect(1, "second.beforeService");
                    issue.tag(later);
                    state = 2;
                }

                @Override
                public double serviceDays(Issue issue, Level level, double days) {
                    expect(3, "second.serviceDays");
                    if (days != handedOn) {
                        faults.add("second.serviceDays got " + days + ", not the " + handedOn + " the first returned");
                    }
                    state = 0;
                    services++;
                    return days;
                }

                @Override
                public double successShift(Issue issue, Level level) {
                    if (successState != 1) {
                        faults.add("second.successShift before first.successShift");
                    }
                    successState = 0;
                    successChecks++;
                    return 0;
                }
            };
        }
    }
}
