package org.govsim.model.issue;

import ec.util.MersenneTwisterFast;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.govsim.model.engine.Engine;
import org.govsim.model.engine.Ordering;
import org.govsim.model.engine.RandomStreams;
import org.govsim.model.world.Compound;
import org.govsim.model.world.Households;
import sim.engine.Schedule;

/**
 * The life of an issue (MODEL.md §2): it arises, may be settled by the household itself, is reported at once
 * or stays latent until reported late or found by a channel (a latent conflict can also fester into a dispute);
 * it is handled by the lowest competent level the compound has (unless a routing rule sends it elsewhere); a
 * failure there is first redone by the same level (a repair goes back to the company), then escalates after a
 * hand-off, first to the level that supervises the first one and then up the ladder, never above the type's
 * highest level (a failure there sends the household to the hotline); it may outrun the household's patience; when
 * settled it moves the household's satisfaction (and, if the party and community organs settled it, trust).
 *
 * <p>A dispute (纠纷) is defined once, here: a conflict between parties that its first handler cannot settle, so that
 * a third party has to step in (or that festered unreported); any issue that outran the household's patience; and
 * any issue the household took to the hotline or a court, whether as its first call or after the chain failed it.
 * So each type's dispute rate depends on how it is handled.
 * Levers act only through the hooks registered here; the pipeline names none.
 */
public final class ResolutionPipeline implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final int LATE_REPORT = -1;
    private static final int SURFACED_AS_DISPUTE = -2;

    private final IssueTypeConfig[] types;
    private final BehaviourConfig behaviour;
    private final IssueRules rules;
    private final Households households;
    private final ServiceNetwork network;
    private final Engine engine;
    private final Schedule schedule;
    private final MersenneTwisterFast serviceRng;
    private final MersenneTwisterFast behaviourRng;
    private final IssueObserver metrics;
    private final IssueTags tags = new IssueTags();
    private final List<DetectionChannel> channels = new ArrayList<>();
    private final List<IssueModifier> modifiers = new ArrayList<>();
    private final List<ReportingChannel> reportingChannels = new ArrayList<>();
    private final List<ArrivalListener> arrivalListeners = new ArrayList<>();
    private final List<RoutingRule> routingRules = new ArrayList<>();
    private final List<HandoffRule> handoffRules = new ArrayList<>();
    private final List<IssueObserver> observers = new ArrayList<>();
    /** observers outside the model (the GUI's): not part of its state, so not saved with a checkpoint */
    private transient List<IssueObserver> watchers;
    /** the levers' observers, then the watchers, as one array for the event loop; rebuilt when either changes */
    private transient IssueObserver[] listening;
    private final SatisfactionUpdate satisfaction;

    /**
     * @param types   each type's settings, indexed by {@link IssueType#ordinal()}
     * @param metrics the observer that measures; told of every event before the levers' observers
     */
    public ResolutionPipeline(IssueTypeConfig[] types, BehaviourConfig behaviour, IssueRules rules, Households households,
                              ServiceNetwork network, Engine engine, RandomStreams streams, IssueObserver metrics) {
        this.types = types.clone();
        this.behaviour = behaviour;
        this.rules = rules;
        this.households = households;
        this.network = network;
        this.engine = engine;
        this.schedule = engine.schedule();
        this.serviceRng = streams.service();
        this.behaviourRng = streams.behaviour();
        this.metrics = metrics;
        this.satisfaction = new SatisfactionUpdate(this.types, behaviour, households);
    }

    public ServiceNetwork network() {
        return network;
    }

    /** The tags levers declare for their marks on issues. */
    public IssueTags tags() {
        return tags;
    }

    public void addDetectionChannel(DetectionChannel channel) {
        channels.add(channel);
    }

    DetectionChannel channel(int index) {
        return channels.get(index);
    }

    public void addModifier(IssueModifier modifier) {
        modifiers.add(modifier);
    }

    public void addReportingChannel(ReportingChannel channel) {
        reportingChannels.add(channel);
    }

    public void addArrivalListener(ArrivalListener listener) {
        arrivalListeners.add(listener);
    }

    public void addRoutingRule(RoutingRule rule) {
        routingRules.add(rule);
    }

    public void addHandoffRule(HandoffRule rule) {
        handoffRules.add(rule);
    }

    /** Another observer of issues' lives, told after the measuring observer. */
    public void addObserver(IssueObserver observer) {
        observers.add(observer);
        listening = null;
    }

    /**
     * An observer from outside the model (a display), told after the model's own. It must not change the run; it
     * is not saved with a checkpoint, so a reopened run has none until they are added again.
     */
    public void watch(IssueObserver watcher) {
        if (watchers == null) {
            watchers = new ArrayList<>();
        }
        watchers.add(watcher);
        listening = null;
    }

    private IssueObserver[] listening() {
        if (listening == null) {
            List<IssueObserver> all = new ArrayList<>(observers);
            if (watchers != null) {
                all.addAll(watchers);
            }
            listening = all.toArray(new IssueObserver[0]);
        }
        return listening;
    }

    /** A new issue of a household arises now. */
    public void arrive(IssueType type, Compound compound, int household, double now) {
        Issue issue = new Issue(this, type, household, compound, now);
        households.issueOpened(household);
        compound.issueOpened();
        metrics.arrived(issue, now);
        for (IssueObserver o : listening()) {
            o.arrived(issue, now);
        }
        for (int k = 0; k < arrivalListeners.size(); k++) {
            arrivalListeners.get(k).arrived(issue, now);
        }
        IssueTypeConfig tc = types[type.ordinal()];
        if (tc.selfResolveProb() > 0 && behaviourRng.nextDouble() < tc.selfResolveProb()) {
            issue.setPhase(Issue.Phase.SELF);
            issue.enterLevel(Level.SELF, now);
            at(now + RandomStreams.lognormal(behaviourRng, rules.selfMedianDays(), rules.selfSigma()), issue);
            return;
        }
        double p = behaviour.reportBase() + behaviour.reportTrustWeight() * (households.trust(household) - 0.5);
        for (int k = 0; k < reportingChannels.size(); k++) {
            p += reportingChannels.get(k).reportBonus(compound);
        }
        if (behaviourRng.nextDouble() < p) {
            report(issue, now, Issue.Found.AT_ONCE, -1);
        } else {
            goLatent(issue, now);
        }
    }

    /** The current day, for events running on the schedule's thread. */
    public double now() {
        return engine.now();
    }

    /** Called by {@link Issue#step}: the issue's pending event is due. */
    void onEvent(Issue issue) {
        double now = engine.now();
        switch (issue.phase()) {
            case SELF -> settle(issue, Level.SELF, now);
            case LATENT -> surface(issue, now);
            case HANDOFF -> admit(issue, issue.level(), now);
            case IN_SERVICE -> serviceDone(issue, now);
            case EXITED -> {
                // the household left while being served: the server's work ends now and it takes the next case
                if (issue.holdsServer()) {
                    issue.releaseServer();
                    handNext(issue.pool(), now);
                }
            }
            default -> throw new IllegalStateException("no event expected in phase " + issue.phase());
        }
    }

    void onPatienceExpired(Issue issue) {
        if (!issue.isOpen()) {
            return;
        }
        double now = engine.now();
        if (now < issue.deadline()) {
            // a public decision restarted the household's patience after this watch was set
            issue.disarmPatience();
            armPatience(issue, now);
            return;
        }
        dispute(issue, now);
        if (behaviourRng.nextDouble() < behaviour.exitProb()) {
            exit(issue, now);
        }
    }

    /** The issue becomes a dispute now, if it was not one already. */
    private void dispute(Issue issue, double now) {
        if (issue.becomeDispute()) {
            disputed(issue, now);
        }
    }

    private void disputed(Issue issue, double now) {
        issue.compound().disputed(issue.type().domain() == IssueType.Domain.PROPERTY);
        metrics.disputed(issue, now);
        for (IssueObserver o : listening()) {
            o.disputed(issue, now);
        }
    }

    private void goLatent(Issue issue, double now) {
        issue.setPhase(Issue.Phase.LATENT);
        double late = behaviour.lateReportPerDay();
        double dispute = types[issue.type().ordinal()].conflict() ? behaviour.latentDisputePerDay() : 0;
        double total = late + dispute;
        double[] channelHazards = new double[channels.size()];
        for (int k = 0; k < channelHazards.length; k++) {
            channelHazards[k] = channels.get(k).hazardPerDay(issue.compound());
            total += channelHazards[k];
        }
        if (total <= 0) {
            return; // nobody will ever find it: it stays open and latent
        }
        // competing hazards: the first to fire is chosen in proportion to its hazard
        double u = behaviourRng.nextDouble() * total;
        int cause;
        if (u < late) {
            cause = LATE_REPORT;
        } else if (u < late + dispute) {
            cause = SURFACED_AS_DISPUTE;
        } else {
            u -= late + dispute;
            cause = channelHazards.length - 1;
            for (int k = 0; k < channelHazards.length; k++) {
                if (u < channelHazards[k]) {
                    cause = k;
                    break;
                }
                u -= channelHazards[k];
            }
        }
        issue.setPendingCause(cause);
        at(now + RandomStreams.exponential(behaviourRng, total), issue);
    }

    private void surface(Issue issue, double now) {
        int cause = issue.pendingCause();
        if (cause == SURFACED_AS_DISPUTE) {
            dispute(issue, now);
            report(issue, now, Issue.Found.AS_DISPUTE, -1);
        } else if (cause == LATE_REPORT) {
            report(issue, now, Issue.Found.LATE_REPORT, -1);
        } else {
            report(issue, now, Issue.Found.CHANNEL, cause);
        }
    }

    /**
     * The issue reaches the chain: raised locally, or (with a chance that trust in the branch and community lowers)
     * called in to the 12345 hotline, a complaint, which dispatches it to the same first level after a delay.
     */
    private void report(Issue issue, double now, Issue.Found how, int channel) {
        double patience = RandomStreams.lognormal(behaviourRng, behaviour.patienceMedianDays(), behaviour.patienceSigma());
        issue.markReported(now, how, channel, now + patience);
        metrics.reported(issue, now);
        for (IssueObserver o : listening()) {
            o.reported(issue, now);
        }
        Level first = firstLevel(issue);
        if (first == null) {
            exit(issue, now); // no level of its type's route exists in this compound: the household goes to the hotline
            return;
        }
        double share = types[issue.type().ordinal()].hotlineShare();
        if (share > 0 && behaviourRng.nextDouble()
                < share * Math.exp(-rules.hotlineTrustWeight() * (households.trust(issue.household()) - 0.5))) {
            issue.markCalledHotline();
            dispute(issue, now);
            metrics.calledHotline(issue, now);
            issue.setPhase(Issue.Phase.HANDOFF);
            issue.enterLevel(first, now + rules.hotlineDispatchDays());
            at(now + rules.hotlineDispatchDays(), issue);
            if (now + rules.hotlineDispatchDays() > issue.deadline()) {
                armPatience(issue, now);
            }
            return;
        }
        admit(issue, first, now);
    }

    /** Where a reported issue starts: the lowest competent level the compound has, unless a routing rule says otherwise. */
    private Level firstLevel(Issue issue) {
        IssueTypeConfig tc = types[issue.type().ordinal()];
        Level level = firstLevelFrom(issue.compound(), tc.lowestLevel().ordinal(), tc.highestLevel());
        for (int k = 0; k < routingRules.size(); k++) {
            level = routingRules.get(k).firstLevel(issue, level);
        }
        return level;
    }

    /** The first level at or above {@code from} and at most {@code highest} that the compound has, or null when it has none. */
    private Level firstLevelFrom(Compound compound, int from, Level highest) {
        for (int l = from; l <= highest.ordinal(); l++) {
            if (network.pool(compound, Level.of(l)) != null) {
                return Level.of(l);
            }
        }
        return null;
    }

    private void admit(Issue issue, Level level, double now) {
        issue.enterLevel(level, now);
        for (IssueObserver o : listening()) {
            o.admitted(issue, level, now);
        }
        enter(issue, network.pool(issue, level), now);
    }

    private void enter(Issue issue, ServerPool pool, double now) {
        issue.setPool(pool);
        if (pool.admit(issue)) {
            startService(issue, pool, now);
        } else {
            issue.setPhase(Issue.Phase.QUEUED);
            armPatience(issue, now);
        }
    }

    private void startService(Issue issue, ServerPool pool, double now) {
        issue.holdServer();
        beginService(issue, pool, now);
    }

    /**
     * Service starts: every lever may first tag the issue, then its time is drawn and scaled by every lever's
     * factor, so that a factor sees the tags of levers installed after it.
     */
    private void beginService(Issue issue, ServerPool pool, double now) {
        issue.setPhase(Issue.Phase.IN_SERVICE);
        double waited = now - issue.enteredLevelAt();
        metrics.serviceStarted(issue, waited, now);
        for (IssueObserver o : listening()) {
            o.serviceStarted(issue, waited, now);
        }
        Level level = issue.level();
        for (int k = 0; k < modifiers.size(); k++) {
            modifiers.get(k).beforeService(issue, level);
        }
        double days = pool.rule().serviceDays(issue, serviceRng);
        for (int k = 0; k < modifiers.size(); k++) {
            days = modifiers.get(k).serviceDays(issue, level, days);
        }
        double done = now + days;
        at(done, issue);
        if (done > issue.deadline()) {
            armPatience(issue, now);
        }
    }

    private void serviceDone(Issue issue, double now) {
        Level level = issue.level();
        ServerPool pool = issue.pool();
        double p = pool.rule().successProb(issue);
        for (int k = 0; k < modifiers.size(); k++) {
            p += modifiers.get(k).successShift(issue, level);
        }
        boolean success = serviceRng.nextDouble() < p;
        if (issue.holdsServer()) {
            issue.releaseServer();
            handNext(pool, now);
        }
        if (success) {
            settle(issue, level, now);
        } else if (issue.escalations() == 0 && issue.reworks() < types[issue.type().ordinal()].reworks()) {
            rework(issue, now);
        } else {
            escalate(issue, now);
        }
    }

    /** The first level tries again (a failed repair goes back to the company) after the same hand-off. */
    private void rework(Issue issue, double now) {
        issue.reworked();
        metrics.reworked(issue, now);
        handOff(issue, issue.level(), now);
    }

    private void handNext(ServerPool pool, double now) {
        Issue next = pool.release();
        if (next != null) {
            startService(next, pool, now);
        }
    }

    private void escalate(Issue issue, double now) {
        IssueTypeConfig tc = types[issue.type().ordinal()];
        int from = issue.level().ordinal() + 1;
        if (issue.escalations() == 0) {
            from = Math.max(from, tc.escalatesTo().ordinal()); // the first failure goes to whoever supervises the first level
        }
        Level next = firstLevelFrom(issue.compound(), from, tc.highestLevel());
        if (next == null) {
            exit(issue, now); // the whole chain failed: the household goes to the hotline or a court
            return;
        }
        if (tc.conflict()) {
            dispute(issue, now); // its first handler could not settle the conflict: a third party steps in
        }
        issue.escalated();
        metrics.escalated(issue, now);
        for (IssueObserver o : listening()) {
            o.escalated(issue, now);
        }
        handOff(issue, next, now);
    }

    /** The issue moves to {@code next} (or back to its own level) after the hand-off delay that levers may change. */
    private void handOff(Issue issue, Level next, double now) {
        double handoff = rules.handoffDays();
        for (int k = 0; k < handoffRules.size(); k++) {
            handoff = handoffRules.get(k).handoffDays(issue, next, handoff);
        }
        if (handoff <= 0) {
            admit(issue, next, now);
            return;
        }
        issue.setPhase(Issue.Phase.HANDOFF);
        issue.enterLevel(next, now + handoff);
        at(now + handoff, issue);
        if (now + handoff > issue.deadline()) {
            armPatience(issue, now);
        }
    }

    private void settle(Issue issue, Level level, double now) {
        issue.setPhase(Issue.Phase.SETTLED);
        close(issue);
        satisfaction.settled(issue, level, now);
        metrics.settled(issue, level, now);
        for (IssueObserver o : listening()) {
            o.settled(issue, level, now);
        }
    }

    private void exit(Issue issue, double now) {
        if (issue.phase() == Issue.Phase.QUEUED) {
            issue.pool().abandoned();
        }
        dispute(issue, now); // a complaint taken outside is a dispute
        issue.setPhase(Issue.Phase.EXITED);
        close(issue);
        satisfaction.exited(issue);
        metrics.exited(issue, now);
        for (IssueObserver o : listening()) {
            o.exited(issue, now);
        }
    }

    private void close(Issue issue) {
        households.issueClosed(issue.household());
        issue.compound().issueClosed();
    }

    /**
     * The one way capacity changes: {@code contributor}'s servers at a pool become {@code servers} (advisors at a
     * branch desk, volunteers at a grid), and waiting issues take the servers that are free now.
     */
    public void contribute(ServerPool pool, String contributor, int servers, double now) {
        pool.setContribution(contributor, servers);
        Issue next;
        while ((next = pool.startWaiting()) != null) {
            startService(next, pool, now);
        }
    }

    /**
     * A batch level meets (a deliberation hall): up to {@code items} waiting issues are taken up, decided
     * after the level's service time (implementation), and settled or escalated then. They hold no server.
     */
    public int serveBatch(ServerPool pool, int items, double now) {
        int taken = 0;
        Issue next;
        while (taken < items && (next = pool.pollWaiting()) != null) {
            // a decision taken in public, with a timetable for carrying it out, restarts the household's patience
            next.renewPatience(now + RandomStreams.lognormal(behaviourRng, behaviour.patienceMedianDays(), behaviour.patienceSigma()));
            beginService(next, pool, now);
            taken++;
        }
        return taken;
    }

    /** Patience is watched only while the issue's next event could come after its deadline. */
    private void armPatience(Issue issue, double now) {
        if (issue.patienceArmed() || Double.isInfinite(issue.deadline())) {
            return;
        }
        issue.armPatience();
        schedule.scheduleOnce(Math.max(issue.deadline(), now), Ordering.ISSUE_EVENTS, new PatienceExpiry(this, issue));
    }

    private void at(double time, Issue issue) {
        schedule.scheduleOnce(time, Ordering.ISSUE_EVENTS, issue);
    }
}
