package org.govsim.model.issue;

import ec.util.MersenneTwisterFast;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.govsim.model.Ordering;
import org.govsim.model.RandomStreams;
import org.govsim.model.config.BehaviourConfig;
import org.govsim.model.config.IssueTypeConfig;
import org.govsim.model.config.ModelConfig;
import org.govsim.model.world.Compound;
import org.govsim.model.world.Households;
import org.govsim.model.engine.EventSchedule;

/**
 * The life of an issue (MODEL.md §2): it arises, may be settled by the household itself, is reported at once
 * or stays latent until reported late, found by a channel or surfaced as a dispute; it is handled by the
 * lowest competent level the compound has, escalates on failure after a hand-off delay (a failure at the
 * highest level sends the household to the hotline), becomes a dispute
 * when the household's patience runs out (and may then leave for the hotline), and when settled moves the
 * household's satisfaction and trust.
 */
public final class ResolutionPipeline implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final int LATE_REPORT = -1;
    private static final int SURFACED_AS_DISPUTE = -2;

    private final ModelConfig config;
    private final BehaviourConfig behaviour;
    private final Households households;
    private final EventSchedule schedule;
    private final MersenneTwisterFast serviceRng;
    private final MersenneTwisterFast behaviourRng;
    private final IssueObserver observer;
    private final List<DetectionChannel> channels = new ArrayList<>();
    private final List<IssueModifier> modifiers = new ArrayList<>();
    private final List<ReportingChannel> reportingChannels = new ArrayList<>();
    private final List<ArrivalListener> arrivalListeners = new ArrayList<>();
    private final SatisfactionUpdate satisfaction;

    public ResolutionPipeline(ModelConfig config, Households households, EventSchedule schedule, RandomStreams streams,
                              IssueObserver observer) {
        this.config = config;
        this.behaviour = config.behaviour();
        this.households = households;
        this.schedule = schedule;
        this.serviceRng = streams.service();
        this.behaviourRng = streams.behaviour();
        this.observer = observer;
        this.satisfaction = new SatisfactionUpdate(config, households);
    }

    public void addDetectionChannel(DetectionChannel channel) {
        channels.add(channel);
    }

    public List<DetectionChannel> channels() {
        return List.copyOf(channels);
    }

    String channelName(int index) {
        return channels.get(index).name();
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

    /** A new issue of a household arises now. */
    public void arrive(IssueType type, Compound compound, int household, double now) {
        Issue issue = new Issue(this, type, household, compound, now);
        households.issueOpened(household);
        compound.issueOpened();
        observer.arrived(issue, now);
        for (int k = 0; k < arrivalListeners.size(); k++) {
            arrivalListeners.get(k).arrived(issue, now);
        }
        IssueTypeConfig tc = config.issueType(type);
        if (tc.conflictByNature()) {
            issue.becomeDispute();
            disputed(issue, now);
        }
        if (tc.selfResolveProb() > 0 && behaviourRng.nextDouble() < tc.selfResolveProb()) {
            issue.setPhase(Issue.Phase.SELF);
            issue.enterLevel(Level.SELF, now);
            at(now + RandomStreams.lognormal(behaviourRng, config.selfMedianDays(), 0.8), issue);
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
    double now() {
        return schedule.now();
    }

    /** Called by {@link Issue#step}: the issue's pending event is due. */
    void onEvent(Issue issue) {
        double now = schedule.now();
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
        double now = schedule.now();
        if (issue.becomeDispute()) {
            disputed(issue, now);
        }
        if (behaviourRng.nextDouble() < behaviour.exitProb()) {
            exit(issue, now);
        }
    }

    private void disputed(Issue issue, double now) {
        issue.compound().disputed();
        observer.disputed(issue, now);
    }

    private void goLatent(Issue issue, double now) {
        issue.setPhase(Issue.Phase.LATENT);
        double late = behaviour.lateReportPerDay();
        double dispute = behaviour.latentDisputePerDay();
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
            if (issue.becomeDispute()) {
                disputed(issue, now);
            }
            report(issue, now, Issue.Found.AS_DISPUTE, -1);
        } else if (cause == LATE_REPORT) {
            report(issue, now, Issue.Found.LATE_REPORT, -1);
        } else {
            report(issue, now, Issue.Found.CHANNEL, cause);
        }
    }

    private void report(Issue issue, double now, Issue.Found how, int channel) {
        double patience = RandomStreams.lognormal(behaviourRng, behaviour.patienceMedianDays(), behaviour.patienceSigma());
        issue.markReported(now, how, channel, now + patience);
        observer.reported(issue, now);
        admit(issue, firstLevel(issue), now);
    }

    /**
     * Where a reported issue starts: a collective issue goes to the compound's deliberative level (the hall)
     * where there is one, since only a meeting can decide it; any other issue to the lowest competent level
     * the compound has.
     */
    private Level firstLevel(Issue issue) {
        IssueTypeConfig tc = config.issueType(issue.type());
        if (tc.collective() && issue.compound().pool(Level.HALL) != null) {
            return Level.HALL;
        }
        return firstLevelFrom(issue.compound(), tc.lowestLevel().ordinal());
    }

    /** The first level at or above {@code from} that the compound has, or null when it has none. */
    private static Level firstLevelFrom(Compound compound, int from) {
        for (int l = from; l < Level.COUNT; l++) {
            if (compound.pool(Level.of(l)) != null) {
                return Level.of(l);
            }
        }
        return null;
    }

    private void admit(Issue issue, Level level, double now) {
        issue.enterLevel(level, now);
        enter(issue, issue.compound().pool(level), now);
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

    /** Service starts: levers may mark the issue, then its time is drawn and scaled by their factors. */
    private void beginService(Issue issue, ServerPool pool, double now) {
        issue.setPhase(Issue.Phase.IN_SERVICE);
        observer.serviceStarted(issue, now - issue.enteredLevelAt(), now);
        double days = pool.rule().serviceDays(issue, serviceRng);
        for (int k = 0; k < modifiers.size(); k++) {
            IssueModifier m = modifiers.get(k);
            m.beforeService(issue, issue.level());
            days = m.serviceDays(issue, issue.level(), days);
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
        } else {
            escalate(issue, now);
        }
    }

    private void handNext(ServerPool pool, double now) {
        Issue next = pool.release();
        if (next != null) {
            startService(next, pool, now);
        }
    }

    private void escalate(Issue issue, double now) {
        Level next = firstLevelFrom(issue.compound(), issue.level().ordinal() + 1);
        if (next == null) {
            exit(issue, now); // the whole chain failed: the household goes to the hotline or a court
            return;
        }
        issue.escalated();
        observer.escalated(issue, now);
        double handoff = config.handoffDays();
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
        observer.settled(issue, level, now);
    }

    private void exit(Issue issue, double now) {
        if (issue.phase() == Issue.Phase.QUEUED) {
            issue.pool().abandoned();
        }
        issue.setPhase(Issue.Phase.EXITED);
        close(issue);
        satisfaction.exited(issue);
        observer.exited(issue, now);
    }

    private void close(Issue issue) {
        households.issueClosed(issue.household());
        issue.compound().issueClosed();
    }

    /** A pool's capacity grew: waiting issues take the free servers. */
    public void capacityChanged(ServerPool pool, double now) {
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
            beginService(next, pool, now);
            taken++;
        }
        return taken;
    }

    /** Moves a waiting issue to another pool of its level (a demand list gives it to a dedicated desk). */
    public void transfer(Issue issue, ServerPool to, double now) {
        if (issue.phase() != Issue.Phase.QUEUED) {
            throw new IllegalStateException("only a waiting issue can move, not one in phase " + issue.phase());
        }
        issue.pool().abandoned();
        enter(issue, to, now);
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
