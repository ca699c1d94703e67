package org.govsim.model.lever.security;

import ec.util.MersenneTwisterFast;
import java.util.List;
import org.govsim.model.issue.ArrivalListener;
import org.govsim.model.issue.Issue;
import org.govsim.model.issue.IssueModifier;
import org.govsim.model.issue.IssueTag;
import org.govsim.model.issue.IssueType;
import org.govsim.model.issue.Level;
import org.govsim.model.issue.RateModifier;
import org.govsim.model.lever.CompoundPicker;
import org.govsim.model.lever.Lever;
import org.govsim.model.lever.LeverContext;
import org.govsim.model.lever.LeverMetrics;
import org.govsim.model.metrics.MetricDef;
import org.govsim.model.param.ParamDef;
import org.govsim.model.param.ParamValues;
import org.govsim.model.world.Compound;

/**
 * Smart-security compounds (智慧安防小区) at three levels, basic, standard and demonstration (Meilan: 575,
 * 236, 136). Cameras and access control lower security incidents and objects thrown from height, and
 * identify who threw an object, which settles such a case faster and more surely. The lever owns each
 * compound's level.
 */
public final class SmartSecurity implements Lever<SecuritySettings> {
    private static final long serialVersionUID = 1L;

    @Override
    public String name() {
        return "security";
    }

    @Override
    public String title() {
        return "Smart-security compounds (智慧安防小区)";
    }

    @Override
    public List<ParamDef> parameters() {
        return SecuritySettings.declare();
    }

    @Override
    public List<MetricDef> metrics() {
        return List.of(LeverMetrics.figure("security_level", "level 0-3", "0-3级", "smart-security level", "智慧安防等级",
                "0 none, 1 basic, 2 standard, 3 demonstration"));
    }

    @Override
    public SecuritySettings settings(ParamValues values) {
        return SecuritySettings.from(values);
    }

    @Override
    public void install(SecuritySettings s, LeverContext context) {
        MersenneTwisterFast rng = context.stream();
        int[] level = new int[context.compounds().length];
        // the best-equipped first, so the article's counts are kept when compounds run short
        for (int l = 3; l >= 1; l--) {
            for (Compound c : CompoundPicker.random(context.compounds(), x -> level[x.index()] == 0, s.compounds()[l], rng)) {
                level[c.index()] = l;
            }
        }
        context.figure("security_level", c -> level[c.index()]);
        IssueTag identified = context.tag("identified");
        context.addRateModifier(new FewerIncidents(level, s.rateMultiplier()));
        context.addArrivalListener(new Cameras(level, s.identifyProb(), identified, rng));
        context.addIssueModifier(new Evidence(identified, s.identifiedUplift(), s.identifiedTimeFactor()));
    }

    private record FewerIncidents(int[] level, double[] multiplier) implements RateModifier {
        @Override
        public double multiplier(Compound c, IssueType type, int monthOfYear) {
            return type == IssueType.SECURITY || type == IssueType.THROWN_OBJECTS ? multiplier[level[c.index()]] : 1;
        }
    }

    private record Cameras(int[] level, double[] identifyProb, IssueTag identified, MersenneTwisterFast rng) implements ArrivalListener {
        @Override
        public void arrived(Issue issue, double now) {
            int l = level[issue.compound().index()];
            if (issue.type() == IssueType.THROWN_OBJECTS && l > 0 && rng.nextDouble() < identifyProb[l]) {
                issue.tag(identified);
            }
        }
    }

    private record Evidence(IssueTag identified, double uplift, double timeFactor) implements IssueModifier {
        @Override
        public double successShift(Issue issue, Level level) {
            return issue.has(identified) ? uplift : 0;
        }

        @Override
        public double serviceDays(Issue issue, Level level, double days) {
            return issue.has(identified) ? days * timeFactor : days;
        }
    }
}
