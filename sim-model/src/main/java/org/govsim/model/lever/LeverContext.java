package org.govsim.model.lever;

import ec.util.MersenneTwisterFast;
import java.io.Serializable;
import java.util.Optional;
import org.govsim.model.config.CoreConfig;
import org.govsim.model.issue.ArrivalListener;
import org.govsim.model.issue.DetectionChannel;
import org.govsim.model.issue.HandoffRule;
import org.govsim.model.issue.IssueModifier;
import org.govsim.model.issue.IssueObserver;
import org.govsim.model.issue.IssueTag;
import org.govsim.model.issue.RateModifier;
import org.govsim.model.issue.ReportingChannel;
import org.govsim.model.issue.RoutingRule;
import org.govsim.model.issue.ServerPool;
import org.govsim.model.issue.ServiceNetwork;
import org.govsim.model.metrics.CompoundFigure;
import org.govsim.model.metrics.Counter;
import org.govsim.model.world.Buildings;
import org.govsim.model.world.Community;
import org.govsim.model.world.Compound;
import org.govsim.model.world.Grid;
import org.govsim.model.world.Households;
import sim.engine.Steppable;

/**
 * Everything a lever may use of the district, and the only way it acts on it: the world, the core's settings,
 * its own random streams, the clock, the declared hooks, its own counters, figures and issue tags, the one capacity API,
 * and services that levers offer each other (by type, never by name). A context belongs to one lever in one run,
 * and may be kept by the lever's processes (it is serialised with a checkpoint).
 */
public interface LeverContext extends Serializable {

    Compound[] compounds();

    Grid[] grids();

    Community[] communities();

    Households households();

    Buildings buildings();

    /** The core model's settings (levels, world, issue types, rules). */
    CoreConfig core();

    /** Who serves each compound at each level; levers open new rungs here. */
    ServiceNetwork network();

    /** The lever's own random stream. A new generator on the same seed at each call. */
    MersenneTwisterFast stream();

    /** Another stream of the lever's, for a separate purpose (so that one use does not shift another's draws). */
    MersenneTwisterFast stream(String purpose);

    /** The current day (−1 before the first event). */
    double now();

    /** Runs {@code event} once on {@code day}, in the levers' phase of that day. */
    void scheduleOnce(double day, Steppable event);

    /** Runs {@code event} on {@code firstDay} and every {@code interval} days after, in the levers' phase. */
    sim.engine.Stoppable scheduleRepeating(double firstDay, double interval, Steppable event);

    void addRateModifier(RateModifier modifier);

    void addDetectionChannel(DetectionChannel channel);

    void addReportingChannel(ReportingChannel channel);

    void addIssueModifier(IssueModifier modifier);

    void addArrivalListener(ArrivalListener listener);

    void addRoutingRule(RoutingRule rule);

    void addHandoffRule(HandoffRule rule);

    void addIssueObserver(IssueObserver observer);

    /** Declares a tag the lever puts on issues. */
    IssueTag tag(String name);

    /** One of the lever's declared counters. */
    Counter counter(String column);

    /** How to read one of the lever's declared per-compound figures. */
    void figure(String column, CompoundFigure figure);

    /** Sets how many servers {@code contributor} adds to a pool; waiting issues take those that are free. */
    void contribute(ServerPool pool, String contributor, int servers);

    /** A batch level's meeting takes up to {@code items} waiting issues; returns how many. */
    int serveBatch(ServerPool pool, int items);

    /** Offers a service to levers installed after this one. */
    <T extends Serializable> void provide(Class<T> type, T service);

    /** A service an earlier lever offers, if it is switched on. */
    <T extends Serializable> Optional<T> service(Class<T> type);
}
