package org.govsim.model;

import org.govsim.model.config.ModelConfig;
import org.govsim.model.engine.EventSchedule;
import org.govsim.model.issue.CoreRateRules;
import org.govsim.model.issue.GridPatrol;
import org.govsim.model.issue.IssueArrivals;
import org.govsim.model.issue.ResolutionPipeline;
import org.govsim.model.lever.Lever;
import org.govsim.model.lever.Levers;
import org.govsim.model.metrics.MetricsObserver;
import org.govsim.model.metrics.RunResult;
import org.govsim.model.metrics.RunSummary;
import org.govsim.model.param.ParamValues;
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
 * parameters and run on MASON's Schedule in days. Issues are events; the monthly cycle is the only
 * periodic sweep over households. The runner, the GUI and the tests all drive this class.
 */
public class District extends SimState {
    private static final long serialVersionUID = 1L;
    private static final double DAYS_PER_MONTH = 30.0;

    private final ModelConfig config;
    private RandomStreams streams;
    private Households households;
    private Buildings buildings;
    private Compound[] compounds;
    private Community[] communities;
    private Grid[] grids;
    private ResolutionPipeline pipeline;
    private IssueArrivals arrivals;
    private MetricsObserver metrics;
    private MonthlyCycle monthly;
    private boolean ended;

    /** MASON's convention: the Console and doLoop build the model from a seed; this uses every default. */
    public District(long seed) {
        this(seed, new ModelConfig(ParamValues.defaults()));
    }

    public District(long seed, ModelConfig config) {
        super(seed, new EventSchedule());
        this.config = config;
    }

    @Override
    public void start() {
        super.start();
        // MASON shuffles events that share a time and ordering with state.random: restart it from the seed,
        // so that a District started again (the GUI's Stop and Play) repeats its run exactly
        random = new ec.util.MersenneTwisterFast(seed());
        ended = false;
        streams = new RandomStreams(seed());
        DistrictBuilder.World world = new DistrictBuilder(config, streams.world()).build();
        households = world.households();
        buildings = world.buildings();
        compounds = world.compounds();
        communities = world.communities();
        grids = world.grids();
        metrics = new MetricsObserver(config.run().burnInDays(), config.run().endDay(), households.count());
        pipeline = new ResolutionPipeline(config, households, (EventSchedule) schedule, streams, metrics);
        pipeline.addDetectionChannel(new GridPatrol());
        arrivals = new IssueArrivals(compounds, config, pipeline, streams);
        arrivals.addModifier(new CoreRateRules(config));
        monthly = new MonthlyCycle(config, households, buildings, compounds, arrivals, metrics, streams.behaviour());
        for (Lever lever : Levers.enabled(config.values())) {
            lever.install(this);
        }
        arrivals.refresh(schedule, 0, MonthlyCycle.monthOfYear(0));
        schedule.scheduleRepeating(DAYS_PER_MONTH, Ordering.MONTHLY, monthly, DAYS_PER_MONTH);
        schedule.scheduleRepeating(DAYS_PER_MONTH, Ordering.MONTHLY, new CommitteeOversight(compounds, households, metrics,
                streams.committees(), config.values().real("ownersCommittee.misusePerYear"),
                config.values().real("ownersCommittee.misuseTrustDrop")), DAYS_PER_MONTH);
        schedule.scheduleOnce(config.run().endDay(), Ordering.END, new EndOfRun());
    }

    /** Marks the end of the observed window; the run loop stops after it. */
    private static final class EndOfRun implements Steppable {
        private static final long serialVersionUID = 1L;

        @Override
        public void step(SimState state) {
            ((District) state).ended = true;
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
        ((EventSchedule) schedule).stepUntil(this, () -> ended);
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
            committees += c.ownersCommitteeQuality();
            branches += c.hasBranch() ? 1 : 0;
        }
        RunSummary.EndState end = new RunSummary.EndState(compounds.length, households.count(), residents(), monthly.bill(false),
                committees / compounds.length, branches);
        return new RunResult(RunSummary.of(metrics, end), metrics.months());
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

    public ResolutionPipeline pipeline() {
        return pipeline;
    }

    public IssueArrivals arrivals() {
        return arrivals;
    }

    public MetricsObserver metrics() {
        return metrics;
    }

    public MonthlyCycle monthly() {
        return monthly;
    }

    public RandomStreams streams() {
        return streams;
    }
}
