package org.govsim.model.lever.campaign;

import java.util.List;
import org.govsim.model.engine.Calendar;
import org.govsim.model.issue.Issue;
import org.govsim.model.issue.IssueModifier;
import org.govsim.model.issue.IssueType;
import org.govsim.model.issue.Level;
import org.govsim.model.lever.Lever;
import org.govsim.model.lever.LeverContext;
import org.govsim.model.lever.LeverMetrics;
import org.govsim.model.world.Compound;
import org.govsim.model.metrics.CompoundFigure;
import org.govsim.model.metrics.MetricDef;
import org.govsim.model.param.ParamDef;
import org.govsim.model.param.ParamValues;

/**
 * The housing department's special campaign on property services (物业管理服务领域突出问题专项整治, Meilan): for a
 * time, inspectors visit companies each month; a company whose service is below standard (服务不达标) is fined and
 * ordered to rectify, and most comply (their effort rises toward a floor) while the department's team helps clear
 * the compound's repair backlog; a company still below standard at its re-inspection is fined again and replaced by
 * one held to a standard for good. Property-service complaints are fast-tracked while the campaign runs. At its end
 * the orders lapse, so effort and property disputes in {@code timeseries.csv} show the before, during and after.
 */
public final class PropertyCampaign implements Lever<CampaignSettings> {
    private static final long serialVersionUID = 1L;
    /** The department's capacity at a compound's property desk. */
    static final String CONTRIBUTOR = "propertyCampaign";

    @Override
    public String name() {
        return "propertyCampaign";
    }

    @Override
    public String title() {
        return "Special campaign on property services (物业管理专项整治)";
    }

    @Override
    public List<ParamDef> parameters() {
        return CampaignSettings.declare();
    }

    @Override
    public List<MetricDef> metrics() {
        return List.of(
                LeverMetrics.count("campaign_inspections", "inspection", "次", "campaign inspections", "专项整治检查",
                        "inspections and re-inspections of property companies in the window"),
                LeverMetrics.count("rectification_orders", "order", "份", "rectification orders", "整改通知",
                        "companies found below standard and ordered to rectify"),
                LeverMetrics.count("campaign_penalties_yuan", "yuan", "元", "campaign fines", "专项整治罚款",
                        "fines for orders and failed re-inspections (counted, not booked to the company)"),
                LeverMetrics.count("companies_replaced", "company", "家", "property companies replaced", "更换物业企业",
                        "companies still below standard at their re-inspection"),
                LeverMetrics.figure("campaign_status", "0-2", "0-2", "campaign status", "整治状态",
                        "of the compound's company: 0 no order, 1 ordered to rectify, 2 replaced"));
    }

    @Override
    public CampaignSettings settings(ParamValues values) {
        return CampaignSettings.from(values);
    }

    /** Where the compound's company stands in the campaign. */
    private record CampaignStatus(Inspectorate inspectorate) implements CompoundFigure {
        @Override
        public double of(Compound c) {
            return inspectorate.status(c);
        }
    }

    @Override
    public void install(CampaignSettings s, LeverContext context) {
        Inspectorate inspectorate = new Inspectorate(s, context, context.stream());
        context.figure("campaign_status", new CampaignStatus(inspectorate));
        for (double day = s.startDay(); day < s.endDay(); day += Calendar.DAYS_PER_MONTH) {
            context.scheduleOnce(day, inspectorate.month());
        }
        context.scheduleOnce(s.endDay(), inspectorate.end());
        context.addIssueModifier(new FastTrack(s, context));
    }

    /** Property-service complaints are handled faster, at every level, while the campaign runs. */
    private record FastTrack(CampaignSettings s, LeverContext context) implements IssueModifier {
        @Override
        public double serviceDays(Issue issue, Level level, double days) {
            double now = context.now();
            boolean running = now >= s.startDay() && now < s.endDay();
            return running && issue.type() == IssueType.PROPERTY_SERVICE ? days * s.complaintTimeFactor() : days;
        }
    }
}
