package org.govsim.model;

import ec.util.MersenneTwisterFast;
import java.io.Serializable;
import java.util.Optional;
import org.govsim.model.config.CoreConfig;
import org.govsim.model.engine.Ordering;
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
import org.govsim.model.lever.Lever;
import org.govsim.model.lever.LeverContext;
import org.govsim.model.metrics.CompoundFigure;
import org.govsim.model.metrics.Counter;
import org.govsim.model.world.Buildings;
import org.govsim.model.world.Community;
import org.govsim.model.world.Compound;
import org.govsim.model.world.Grid;
import org.govsim.model.world.Households;
import sim.engine.Steppable;
import sim.engine.Stoppable;

/** One lever's view of one district: what {@link LeverContext} promises, checked against what the lever declared. */
final class LeverInstallation implements LeverContext {
    private static final long serialVersionUID = 1L;

    private final District district;
    private final String lever;
    private final java.util.Set<String> declared = new java.util.HashSet<>();

    LeverInstallation(District district, Lever<?> lever) {
        this.district = district;
        this.lever = lever.name();
        lever.metrics().forEach(m -> declared.add(m.column()));
    }

    @Override
    public Compound[] compounds() {
        return district.compounds();
    }

    @Override
    public Grid[] grids() {
        return district.grids();
    }

    @Override
    public Community[] communities() {
        return district.communities();
    }

    @Override
    public Households households() {
        return district.households();
    }

    @Override
    public Buildings buildings() {
        return district.buildings();
    }

    @Override
    public CoreConfig core() {
        return district.config().core();
    }

    @Override
    public ServiceNetwork network() {
        return district.network();
    }

    @Override
    public MersenneTwisterFast stream() {
        return district.streams().lever(lever);
    }

    @Override
    public MersenneTwisterFast stream(String purpose) {
        return district.streams().lever(lever + "." + purpose);
    }

    @Override
    public double now() {
        return district.schedule.getTime();
    }

    @Override
    public void scheduleOnce(double day, Steppable event) {
        district.schedule.scheduleOnce(day, Ordering.LEVERS, event);
    }

    @Override
    public Stoppable scheduleRepeating(double firstDay, double interval, Steppable event) {
        return district.schedule.scheduleRepeating(firstDay, Ordering.LEVERS, event, interval);
    }

    @Override
    public void addRateModifier(RateModifier modifier) {
        district.arrivals().addModifier(modifier);
    }

    @Override
    public void addDetectionChannel(DetectionChannel channel) {
        district.pipeline().addDetectionChannel(channel);
    }

    @Override
    public void addReportingChannel(ReportingChannel channel) {
        district.pipeline().addReportingChannel(channel);
    }

    @Override
    public void addIssueModifier(IssueModifier modifier) {
        district.pipeline().addModifier(modifier);
    }

    @Override
    public void addArrivalListener(ArrivalListener listener) {
        district.pipeline().addArrivalListener(listener);
    }

    @Override
    public void addRoutingRule(RoutingRule rule) {
        district.pipeline().addRoutingRule(rule);
    }

    @Override
    public void addHandoffRule(HandoffRule rule) {
        district.pipeline().addHandoffRule(rule);
    }

    @Override
    public void addIssueObserver(IssueObserver observer) {
        district.pipeline().addObserver(observer);
    }

    @Override
    public IssueTag tag(String name) {
        return district.pipeline().tags().declare(lever + "." + name);
    }

    @Override
    public Counter counter(String column) {
        if (!declared.contains(column)) {
            throw new IllegalArgumentException("lever " + lever + " uses counter " + column + " without declaring it");
        }
        return district.metrics().counter(column);
    }

    @Override
    public void figure(String column, CompoundFigure figure) {
        if (!declared.contains(column)) {
            throw new IllegalArgumentException("lever " + lever + " sets compound figure " + column + " without declaring it");
        }
        district.compoundFigures().set(column, figure);
    }

    @Override
    public void contribute(ServerPool pool, String contributor, int servers) {
        district.pipeline().contribute(pool, contributor, servers, now());
    }

    @Override
    public int serveBatch(ServerPool pool, int items) {
        return district.pipeline().serveBatch(pool, items, now());
    }

    @Override
    public <T extends Serializable> void provide(Class<T> type, T service) {
        district.provide(type, service);
    }

    @Override
    public <T extends Serializable> Optional<T> service(Class<T> type) {
        return district.service(type);
    }
}
