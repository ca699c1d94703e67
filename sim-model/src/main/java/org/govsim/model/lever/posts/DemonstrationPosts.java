package org.govsim.model.lever.posts;

import ec.util.MersenneTwisterFast;
import java.util.BitSet;
import java.util.List;
import org.govsim.model.engine.Calendar;
import org.govsim.model.issue.ReportingChannel;
import org.govsim.model.lever.Lever;
import org.govsim.model.lever.LeverContext;
import org.govsim.model.lever.LeverMetrics;
import org.govsim.model.metrics.CompoundFigure;
import org.govsim.model.metrics.MetricDef;
import org.govsim.model.param.ParamDef;
import org.govsim.model.param.ParamValues;
import org.govsim.model.world.Buildings;
import org.govsim.model.world.Compound;
import org.govsim.model.world.Households;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Demonstration posts (党员示范岗) and "show identity, show duty, show pledge" (亮身份、亮职责、亮承诺; Yongshou: "with the
 * 'Communist Party member household' plaque at the door, one acts the part"). In the compounds the campaign reaches,
 * some party-member households become posts; their neighbours in the same stairwell see them. A household near a post
 * reports a new issue at once more often (a visible member is someone to tell), and its trust in the branch moves
 * toward a ceiling month by month as the pledge is seen kept. The lever owns the posts and who lives near one.
 */
public final class DemonstrationPosts implements Lever<PostSettings> {
    private static final long serialVersionUID = 1L;

    @Override
    public String name() {
        return "demonstrationPosts";
    }

    @Override
    public String title() {
        return "Demonstration posts: show identity, duty and pledge (党员示范岗, 亮身份、亮职责、亮承诺)";
    }

    @Override
    public List<ParamDef> parameters() {
        return PostSettings.declare();
    }

    @Override
    public List<MetricDef> metrics() {
        return List.of(
                LeverMetrics.figure("demonstration_posts", "post", "个", "demonstration posts", "党员示范岗",
                        "party-member households of the compound that show identity, duty and pledge"),
                LeverMetrics.figure("households_near_post", "share", "比例", "households near a post", "示范岗周边住户",
                        "share of the compound's households that live near a post"));
    }

    @Override
    public PostSettings settings(ParamValues values) {
        return PostSettings.from(values);
    }

    @Override
    public void install(PostSettings s, LeverContext context) {
        MersenneTwisterFast rng = context.stream();
        Households h = context.households();
        Buildings b = context.buildings();
        int[] posts = new int[context.compounds().length];
        double[] near = new double[context.compounds().length];
        BitSet seen = new BitSet(h.count());
        for (Compound c : context.compounds()) {
            if (rng.nextDouble() >= s.coverage()) {
                continue;
            }
            int end = c.firstHousehold() + c.households();
            for (int x = c.firstHousehold(); x < end; x++) {
                if (h.isPartyMember(x) && rng.nextDouble() < s.showShare()) {
                    posts[c.index()]++;
                    markNeighbours(x, s.householdsPerPost(), h, b, seen);
                }
            }
            near[c.index()] = (double) seen.get(c.firstHousehold(), end).cardinality() / c.households();
        }
        context.figure("demonstration_posts", new CompoundFigure.PerCompound(posts));
        context.figure("households_near_post", new CompoundFigure.PerCompoundValue(near));
        context.addReportingChannel(new VisibleMembers(near, s.reportUplift()));
        context.scheduleRepeating(Calendar.DAYS_PER_MONTH, Calendar.DAYS_PER_MONTH, new KeptPledges(seen, h, s));
    }

    /** The post's neighbours: {@code n} households of its building around it, the building's edges permitting. */
    private static void markNeighbours(int post, int n, Households h, Buildings b, BitSet seen) {
        int building = h.building(post);
        int first = b.firstHousehold(building);
        int end = first + b.households(building);
        int from = Math.max(first, Math.min(post - (n - 1) / 2, end - n));
        seen.set(from, Math.min(end, from + n));
    }

    /** Immediate reporting rises with the share of the compound's households that live near a post. */
    private record VisibleMembers(double[] near, double uplift) implements ReportingChannel {
        @Override
        public double reportBonus(Compound compound) {
            return uplift * near[compound.index()];
        }
    }

    /** Each month the pledge is seen kept: trust near a post closes part of its gap to the ceiling. Draws nothing. */
    private static final class KeptPledges implements Steppable {
        private static final long serialVersionUID = 1L;
        private final BitSet seen;
        private final Households households;
        private final PostSettings s;

        KeptPledges(BitSet seen, Households households, PostSettings s) {
            this.seen = seen;
            this.households = households;
            this.s = s;
        }

        @Override
        public void step(SimState state) {
            for (int x = seen.nextSetBit(0); x >= 0; x = seen.nextSetBit(x + 1)) {
                double t = households.trust(x);
                households.setTrust(x, t + s.trustRatePerMonth() * Math.max(0, s.trustTarget() - t));
            }
        }
    }
}
