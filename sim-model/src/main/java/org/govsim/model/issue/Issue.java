package org.govsim.model.issue;

import sim.engine.SimState;
import sim.engine.Steppable;
import org.govsim.model.world.Compound;

/**
 * One live issue (诉求) of one household. It exists from arrival until it is settled or leaves the chain,
 * and is its own event on the Schedule: each phase has at most one pending event (self-help done, latent
 * issue found, hand-off arrival, service done), which {@link ResolutionPipeline} handles.
 */
public final class Issue implements Steppable {
    private static final long serialVersionUID = 1L;

    /** Where an issue is in its life. */
    public enum Phase { SELF, LATENT, HANDOFF, QUEUED, IN_SERVICE, SETTLED, EXITED }

    /** How an issue came to the attention of the chain. */
    public enum Found { AT_ONCE, LATE_REPORT, AS_DISPUTE, CHANNEL }

    private final ResolutionPipeline pipeline;
    private final IssueType type;
    private final int household;
    private final Compound compound;
    private final double createdAt;
    private double reportedAt = Double.NaN;
    private double deadline = Double.POSITIVE_INFINITY;
    private double enteredLevelAt;
    private Level level;
    private Phase phase;
    private Found found;
    private byte channel = -1;
    private byte escalations;
    private boolean dispute;
    private boolean patienceArmed;
    private boolean holdsServer;
    private int pendingCause;
    private ServerPool pool;
    private int tags;

    Issue(ResolutionPipeline pipeline, IssueType type, int household, Compound compound, double createdAt) {
        this.pipeline = pipeline;
        this.type = type;
        this.household = household;
        this.compound = compound;
        this.createdAt = createdAt;
    }

    @Override
    public void step(SimState state) {
        pipeline.onEvent(this);
    }

    public IssueType type() {
        return type;
    }

    public int household() {
        return household;
    }

    public Compound compound() {
        return compound;
    }

    public double createdAt() {
        return createdAt;
    }

    public double reportedAt() {
        return reportedAt;
    }

    public Level level() {
        return level;
    }

    public Phase phase() {
        return phase;
    }

    public Found found() {
        return found;
    }

    /** Index of the detection channel that found it, when {@link #found()} is CHANNEL. */
    public int channel() {
        return channel;
    }

    /** The detection channel that found it, or null when the household reported it. */
    public DetectionChannel foundBy() {
        return found == Found.CHANNEL ? pipeline.channel(channel) : null;
    }

    public int escalations() {
        return escalations;
    }

    public boolean isDispute() {
        return dispute;
    }

    public boolean isOpen() {
        return phase != Phase.SETTLED && phase != Phase.EXITED;
    }

    double deadline() {
        return deadline;
    }

    double enteredLevelAt() {
        return enteredLevelAt;
    }

    boolean patienceArmed() {
        return patienceArmed;
    }

    void armPatience() {
        patienceArmed = true;
    }

    void setPhase(Phase phase) {
        this.phase = phase;
    }

    void markReported(double now, Found how, int channelIndex, double patienceDeadline) {
        reportedAt = now;
        found = how;
        channel = (byte) channelIndex;
        deadline = patienceDeadline;
    }

    void enterLevel(Level l, double now) {
        level = l;
        enteredLevelAt = now;
    }

    void escalated() {
        if (escalations < Byte.MAX_VALUE) {
            escalations++;
        }
    }

    boolean holdsServer() {
        return holdsServer;
    }

    void holdServer() {
        holdsServer = true;
    }

    void releaseServer() {
        holdsServer = false;
    }

    /** Who will find a latent issue: a channel index, or a negative code for the household itself. */
    int pendingCause() {
        return pendingCause;
    }

    void setPendingCause(int cause) {
        pendingCause = cause;
    }

    /** The pool the issue is waiting in or being served by (null before its first admission). */
    public ServerPool pool() {
        return pool;
    }

    void setPool(ServerPool pool) {
        this.pool = pool;
    }

    /** Whether a lever put this tag on the issue. */
    public boolean has(IssueTag tag) {
        return (tags & tag.mask()) != 0;
    }

    public void tag(IssueTag tag) {
        tags |= tag.mask();
    }

    /** Returns true if this call turned it into a dispute. */
    boolean becomeDispute() {
        boolean was = dispute;
        dispute = true;
        return !was;
    }
}
