package org.govsim.model.lever;

import ec.util.MersenneTwisterFast;
import java.util.List;
import org.govsim.model.District;
import org.govsim.model.issue.ArrivalListener;
import org.govsim.model.issue.Issue;
import org.govsim.model.issue.IssueModifier;
import org.govsim.model.issue.IssueType;
import org.govsim.model.issue.Level;
import org.govsim.model.issue.RateModifier;
import org.govsim.model.param.ParamValues;
import org.govsim.model.world.Compound;

/**
 * Smart-security compounds (智慧安防小区) at three levels, basic, standard and demonstration (Meilan: 575,
 * 236, 136). Cameras and access control lower security incidents and objects thrown from height, and
 * identify who threw an object, which settles such a case faster and more surely.
 */
public final class SmartSecurity implements Lever {
    private static final long serialVersionUID = 1L;
    private static final String[] LEVELS = {"basic", "standard", "demonstration"};

    private final int[] counts = new int[3];
    private final double[] rateMultiplier = new double[4];
    private final double[] identifyProb = new double[4];
    private final double identifiedUplift;

    public SmartSecurity(ParamValues p) {
        rateMultiplier[0] = 1;
        for (int i = 0; i < 3; i++) {
            counts[i] = p.integer("security." + LEVELS[i] + "Compounds");
            rateMultiplier[i + 1] = p.real("security." + LEVELS[i] + ".rateMultiplier");
            identifyProb[i + 1] = p.real("security." + LEVELS[i] + ".identifyProb");
        }
        this.identifiedUplift = p.real("security.identifiedSuccessUplift");
    }

    @Override
    public String name() {
        return "security";
    }

    @Override
    public void install(District district) {
        MersenneTwisterFast rng = district.streams().lever(name());
        // the best-equipped first, so the article's counts are kept when compounds run short
        for (int level = 3; level >= 1; level--) {
            List<Compound> chosen = CompoundPicker.random(district.compounds(), c -> c.securityLevel() == 0, counts[level - 1], rng);
            for (Compound c : chosen) {
                c.setSecurityLevel(level);
            }
        }
        district.arrivals().addModifier(new FewerIncidents(rateMultiplier));
        district.pipeline().addArrivalListener(new Cameras(identifyProb, rng));
        district.pipeline().addModifier(new Evidence(identifiedUplift));
    }

    private record FewerIncidents(double[] multiplier) implements RateModifier {
        @Override
        public double multiplier(Compound c, IssueType type, int monthOfYear) {
            return type == IssueType.SECURITY || type == IssueType.THROWN_OBJECTS ? multiplier[c.securityLevel()] : 1;
        }
    }

    private record Cameras(double[] identifyProb, MersenneTwisterFast rng) implements ArrivalListener {
        @Override
        public void arrived(Issue issue, double now) {
            int level = issue.compound().securityLevel();
            if (issue.type() == IssueType.THROWN_OBJECTS && level > 0 && rng.nextDouble() < identifyProb[level]) {
                issue.mark(Issue.Mark.IDENTIFIED);
            }
        }
    }

    private record Evidence(double uplift) implements IssueModifier {
        @Override
        public double successShift(Issue issue, Level level) {
            return issue.has(Issue.Mark.IDENTIFIED) ? uplift : 0;
        }

        @Override
        public double serviceDays(Issue issue, Level level, double days) {
            return issue.has(Issue.Mark.IDENTIFIED) ? days * 0.5 : days;
        }
    }
}
