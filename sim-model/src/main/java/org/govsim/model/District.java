package org.govsim.model;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.govsim.model.config.CoreConfig;
import org.govsim.model.engine.Calendar;
import org.govsim.model.engine.Engine;
import org.govsim.model.engine.Ordering;
import org.govsim.model.engine.RandomStreams;
import org.govsim.model.issue.CoreRateRules;
import org.govsim.model.issue.GridPatrol;
import org.govsim.model.issue.IssueArrivals;
import org.govsim.model.issue.ResolutionPipeline;
import org.govsim.model.issue.ServiceNetwork;
import org.govsim.model.lever.LeverSetup;
import org.govsim.model.metrics.CompoundFigures;
import org.govsim.model.metrics.CompoundSummary;
import org.govsim.model.metrics.MetricsObserver;
import org.govsim.model.metrics.RunResult;
import org.govsim.model.metrics.RunSummary;
import org.govsim.model.process.CommitteeOversight;
import org.govsim.model.process.MonthlyCycle;
import org.govsim.model.world.Buildings;
import org.govsim.model.world.Community;
import org.govsim.model.world.Compound;
import org.govsim.model.world.DistrictBuilder;
import org.govsim.model.world.Grid;
import org.govsim.model.world.Households;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * A district (区/县) of communities, compounds, buildings and households, built from a scenario's
 * configuration and run on a MASON schedule in days. Issues are events; the monthly cycle is the only periodic
 * sweep over households. The switched-on levers install themselves after the world is built. The run ends the
 * MASON way: its last event kills the schedule, so a headless loop and the GUI's Console both stop there. The
 * runner, the GUI and the tests all drive this class.
 */
public class District extends SimState {
    private static final long serialVersionUID = 1L;

    private final ModelConfig config;
    private final Engine engine;
    /** levers' services, by their type's name (a checkpoint holds no Class objects) */
    private final Map<String, Object> services = new LinkedHashMap<>();
    private RandomStreams streams;
    private Households households;
    private Buildings buildings;
    private Compound[] compounds;
    private Community[] communities;
    private Grid[] grids;
    private ServiceNetwork network;
    private ResolutionPipeline pipeline;
    private IssueArrivals arrivals;
    private MetricsObserver metrics;
    private CompoundFigures figures;
    private MonthlyCycle monthly;
    private boolean ended;

    /** MASON's convention: the Console and doLoop build the model from a seed; this uses every default. */
    public District(long seed) {
        this(seed, new ModelConfig(ModelCatalog.defaults()));
    }

    public District(long seed, ModelConfig config) {
        this(seed, config, Engine.events());
    }

    /** A district on a given engine: {@link Engine#events()} (the default) or MASON's own {@link Engine#mason()}. */
    public District(long seed, ModelConfig config, Engine engine) {
        super(seed, engine.schedule());
        this.config = config;
        this.engine = engine;
    }

    @Override
    public void start() {
        super.start();
        // MASON shuffles events that share a time and ordering with state.random: restart it from the seed,
        // so that a District started again (the GUI's Stop and Play) repeats its run exactly
        random = new ec.util.MersenneTwisterFast(seed());
        ended = false;
        services.clear();
        CoreConfig core = config.core();
        streams = new RandomStreams(seed());
        DistrictBuilder.World world = new DistrictBuilder(core.world(), core.property(), core.cases(), streams.world()).build();
        households = world.households();
        buildings = world.buildings();
        compounds = world.compounds();
        communities = world.communities();
        grids = world.grids();
        metrics = new MetricsObserver(ModelCatalog.metrics(), core.run().burnInDays(), core.run().endDay(), households.count(),
                compounds.length);
        figures = new CompoundFigures(ModelCatalog.metrics());
        network = new ServiceNetwork(compounds, grids, communities, households, buildings, core.levels(), core.network());
        pipeline = new ResolutionPipeline(core.issueTypes(), core.behaviour(), core.rules(), households, network, engine, streams, metrics);
        pipeline.addDetectionChannel(new GridPatrol());
        arrivals = new IssueArrivals(compounds, core.issueTypes(), pipeline, streams);
        arrivals.addModifier(new CoreRateRules(core.rules(), core.property()));
        monthly = new MonthlyCycle(core.behaviour(), core.property().feeYuanPerM2Month(), households, buildings, compounds, arrivals,
                metrics, streams.behaviour());
        for (LeverSetup<?> lever : config.levers()) {
            if (lever.enabled()) {
                lever.install(new LeverInstallation(this, lever.lever()));
            }
        }
        arrivals.refresh(schedule, 0, Calendar.monthOfYear(0));
        schedule.scheduleRepeating(Calendar.DAYS_PER_MONTH, Ordering.MONTHLY, monthly, Calendar.DAYS_PER_MONTH);
        schedule.scheduleRepeating(Calendar.DAYS_PER_MONTH, Ordering.MONTHLY, new CommitteeOversight(compounds, households,
                metrics.counter("owners_committee_misuses"), streams.committees(), core.committeeRisk()), Calendar.DAYS_PER_MONTH);
        schedule.scheduleOnce(core.run().endDay(), Ordering.END, new EndOfRun());
    }

    /** The end of the observed window: nothing runs after it. */
    private static final class EndOfRun implements Steppable {
        private static final long serialVersionUID = 1L;

        @Override
        public void step(SimState state) {
            ((District) state).ended = true;
            state.kill();
        }
    }

    /** Runs from the start to the end of the observed window and returns the run's figures. */
    public RunResult run() {
        start();
        advanceToEnd();
        RunResult result = result();
        finish();
        return result;
    }

    /** Steps the schedule (after {@link #start()}) until the end of the observed window. */
    public void advanceToEnd() {
        engine.runToEnd(this);
    }

    /** True once the end of the observed window has been reached. */
    public boolean hasEnded() {
        return ended;
    }

    /** The figures so far (the summary uses the current state of households and companies). */
    public RunResult result() {
        double committees = 0;
        int branches = 0;
        for (Compound c : compounds) {
            committees += c.ownersCommittee().quality();
            branches += c.hasBranch() ? 1 : 0;
        }
        RunSummary.EndState end = new RunSummary.EndState(compounds.length, households.count(), residents(), grids.length, monthly.bill(false),
                committees / compounds.length, branches);
        return new RunResult(RunSummary.of(metrics, end), metrics.months(), CompoundSummary.of(metrics, compounds, households, figures));
    }

    public long residents() {
        long r = 0;
        for (int h = 0; h < households.count(); h++) {
            r += households.persons(h);
        }
        return r;
    }

    public ModelConfig config() {
        return config;
    }

    public Households households() {
        return households;
    }

    public Buildings buildings() {
        return buildings;
    }

    public Compound[] compounds() {
        return compounds;
    }

    public Community[] communities() {
        return communities;
    }

    public Grid[] grids() {
        return grids;
    }

    public ServiceNetwork network() {
        return network;
    }

    public ResolutionPipeline pipeline() {
        return pipeline;
    }

    public IssueArrivals arrivals() {
        return arrivals;
    }

    public MetricsObserver metrics() {
        return metrics;
    }

    /** The per-compound figures levers declare. */
    public CompoundFigures compoundFigures() {
        return figures;
    }

    public MonthlyCycle monthly() {
        return monthly;
    }

    public RandomStreams streams() {
        return streams;
    }

    /** A service a switched-on lever offers (its state, for inspectors and tests), if any. */
    public <T> Optional<T> service(Class<T> type) {
        return Optional.ofNullable(type.cast(services.get(type.getName())));
    }

    <T extends Serializable> void provide(Class<T> type, T service) {
        if (services.putIfAbsent(type.getName(), service) != null) {
            throw new IllegalStateException("two levers offer " + type.getSimpleName());
        }
    }
}
