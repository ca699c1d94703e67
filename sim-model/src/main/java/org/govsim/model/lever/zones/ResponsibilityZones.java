package org.govsim.model.lever.zones;

import ec.util.MersenneTwisterFast;
import java.util.BitSet;
import java.util.List;
import org.govsim.model.engine.Calendar;
import org.govsim.model.issue.DetectionChannel;
import org.govsim.model.issue.Issue;
import org.govsim.model.issue.IssueModifier;
import org.govsim.model.issue.IssueObserver;
import org.govsim.model.issue.IssueTag;
import org.govsim.model.issue.Level;
import org.govsim.model.lever.Lever;
import org.govsim.model.lever.LeverContext;
import org.govsim.model.lever.LeverMetrics;
import org.govsim.model.metrics.CompoundFigure;
import org.govsim.model.metrics.Counter;
import org.govsim.model.metrics.MetricDef;
import org.govsim.model.param.ParamDef;
import org.govsim.model.param.ParamValues;
import org.govsim.model.world.Buildings;
import org.govsim.model.world.Compound;
import org.govsim.model.world.Households;

/**
 * Party-member responsibility zones (党员责任区, Yongshou: 100+ zones; 110+ disputes resolved): in the compounds the
 * campaign reaches, resident party members each take the households around them in their building. Their monthly
 * calls find latent issues (a detection channel over the compound's zoned share), and they mediate their zone
 * households' disputes at the building group, grid and branch (a tagged success shift, counted when settled). The
 * lever owns the zones: which households lie in one.
 */
public final class ResponsibilityZones implements Lever<ZoneSettings> {
    private static final long serialVersionUID = 1L;

    @Override
    public String name() {
        return "responsibilityZones";
    }

    @Override
    public String title() {
        return "Party-member responsibility zones (党员责任区)";
    }

    @Override
    public List<ParamDef> parameters() {
        return ZoneSettings.declare();
    }

    @Override
    public List<MetricDef> metrics() {
        return List.of(
                LeverMetrics.count("zone_issues_found", "issue", "件", "issues found on zone visits", "责任区走访发现",
                        "latent issues that a zone member's visit found first, in the window"),
                LeverMetrics.count("zone_disputes_settled", "dispute", "件", "disputes mediated in zones", "责任区化解矛盾纠纷",
                        "disputes of zone households settled in the window with a zone member's mediation"),
                LeverMetrics.figure("zone_members", "member", "名", "members with a responsibility zone", "责任区党员",
                        "resident party members of the compound who took a zone"),
                LeverMetrics.figure("zoned_households", "share", "比例", "households in a zone", "责任区覆盖住户",
                        "share of the compound's households in some member's zone"));
    }

    @Override
    public ZoneSettings settings(ParamValues values) {
        return ZoneSettings.from(values);
    }

    @Override
    public void install(ZoneSettings s, LeverContext context) {
        MersenneTwisterFast rng = context.stream();
        Households h = context.households();
        Buildings b = context.buildings();
        int[] members = new int[context.compounds().length];
        double[] zoned = new double[context.compounds().length];
        BitSet inZone = new BitSet(h.count());
        for (Compound c : context.compounds()) {
            if (rng.nextDouble() >= s.coverage()) {
                continue;
            }
            int end = c.firstHousehold() + c.households();
            for (int x = c.firstHousehold(); x < end; x++) {
                if (h.isPartyMember(x) && rng.nextDouble() < s.takeUpShare()) {
                    members[c.index()]++;
                    int building = h.building(x);
                    int first = b.firstHousehold(building);
                    int last = first + b.households(building);
                    int from = Math.max(first, Math.min(x - (s.householdsPerMember() - 1) / 2, last - s.householdsPerMember()));
                    inZone.set(from, Math.min(last, from + s.householdsPerMember()));
                }
            }
            zoned[c.index()] = (double) inZone.get(c.firstHousehold(), end).cardinality() / c.households();
        }
        context.figure("zone_members", new CompoundFigure.PerCompound(members));
        context.figure("zoned_households", new CompoundFigure.PerCompoundValue(zoned));
        ZoneVisits visits = new ZoneVisits(zoned, s.visitsPerHouseholdMonth() / Calendar.DAYS_PER_MONTH);
        context.addDetectionChannel(visits);
        ZoneMediation mediation = new ZoneMediation(inZone, visits, s.mediationUplift(), context.tag("zone"),
                context.counter("zone_issues_found"), context.counter("zone_disputes_settled"));
        context.addIssueModifier(mediation);
        context.addIssueObserver(mediation);
    }

    /**
     * Members' calls on their zone households: a zone household's latent issue is found at the visit rate; the channel,
     * read per compound, gives each latent issue the compound's zoned share of that rate.
     */
    private record ZoneVisits(double[] zoned, double visitsPerDay) implements DetectionChannel {
        @Override
        public String name() {
            return "zone_visit";
        }

        @Override
        public double hazardPerDay(Compound compound) {
            return zoned[compound.index()] * visitsPerDay;
        }
    }

    /** A member mediates the disputes of the households in the zone. */
    private record ZoneMediation(BitSet inZone, ZoneVisits visits, double uplift, IssueTag mediated, Counter found, Counter settled)
            implements IssueModifier, IssueObserver {
        @Override
        public void beforeService(Issue issue, Level level) {
            if (mediates(issue, level)) {
                issue.tag(mediated);
            }
        }

        @Override
        public double successShift(Issue issue, Level level) {
            return mediates(issue, level) ? uplift : 0;
        }

        @Override
        public void reported(Issue issue, double now) {
            if (issue.foundBy() == visits) {
                found.add(issue.compound(), 1, now);
            }
        }

        @Override
        public void settled(Issue issue, Level level, double now) {
            if (issue.has(mediated) && issue.isDispute()) {
                settled.add(issue.compound(), 1, now);
            }
        }

        private boolean mediates(Issue issue, Level level) {
            return issue.isDispute() && inZone.get(issue.household())
                    && (level == Level.BUILDING_GROUP || level == Level.GRID || level == Level.BRANCH);
        }
    }
}
