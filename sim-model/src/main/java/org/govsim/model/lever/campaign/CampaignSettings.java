package org.govsim.model.lever.campaign;

import static org.govsim.model.param.ParamDef.bool;
import static org.govsim.model.param.ParamDef.integer;
import static org.govsim.model.param.ParamDef.real;
import static org.govsim.model.param.Sources.assumption;

import java.util.List;
import org.govsim.model.lever.LeverSettings;
import org.govsim.model.param.ParamDef;
import org.govsim.model.param.ParamValues;

/** When the campaign runs, how it inspects, and what an order, a fine and a replacement do. */
record CampaignSettings(boolean enabled, int startDay, int durationDays, double inspectionShare, double qualityStandard,
                        double orderEffort, double complianceProb, int reinspectDays, double penaltyYuanPerHousehold,
                        double replacementEffort, double backlogServersPer1000Households, double complaintTimeFactor)
        implements LeverSettings {

    static List<ParamDef> declare() {
        String k = "propertyCampaign.";
        return List.of(
                bool(k + "enabled", false,
                        "article: Meilan housing department's special campaign on property services (《物业管理服务领域突出问题专项整治工作方案》)",
                        "A time-limited campaign against sub-standard property service: inspections, orders, fines, replacements."),
                integer(k + "startDay", "day", 180, 0, 3650, assumption("the campaign opens with the observed window"),
                        "Day the campaign starts."),
                integer(k + "durationDays", "day", 180, 30, 1440, assumption("a special campaign (专项整治) of about six months"),
                        "Days the campaign lasts; orders lapse at its end, replacements stay."),
                real(k + "inspectionShare", "share/month", 0.25, 0, 1, assumption("every company inspected about twice in six months"),
                        "Chance each month that a company not under an order is inspected."),
                real(k + "qualityStandard", "quality", 0.42, 0, 1,
                        assumption("about a quarter of flat-contract companies (quality 0.45 ± 0.05) fall short on a given month"),
                        "An inspected company whose service quality is below this is not up to standard (服务不达标) and gets an order."),
                real(k + "orderEffort", "effort", 0.6, 0, 1, assumption("the rectification the order demands"),
                        "Effort floor of a company that complies with its order, until the campaign ends."),
                real(k + "complianceProb", "probability", 0.8, 0, 1, assumption("most companies rectify"),
                        "Chance a company given an order complies (raises its effort toward the floor)."),
                integer(k + "reinspectDays", "day", 60, 30, 360, assumption("a check two months after the order"),
                        "Days after an order at which the company is inspected again; below standard then, it is replaced."),
                real(k + "penaltyYuanPerHousehold", "yuan/household", 20, 0, 1000, assumption("a fine sized to the compound"),
                        "Fine for each order and each failed re-inspection, per household of the compound (counted, not booked)."),
                real(k + "replacementEffort", "effort", 0.6, 0, 1, assumption("a new company held to its contract's service standard"),
                        "Effort floor, for good, of the company that replaces a failed one."),
                real(k + "backlogServersPer1000Households", "concurrent case", 10, 0, 100,
                        assumption("the housing department's team helps clear the backlog"),
                        "Extra property-desk capacity, per 1000 households, in a compound under order until the campaign ends."),
                real(k + "complaintTimeFactor", "×", 0.5, 0.1, 1, assumption("complaints fast-tracked during the campaign"),
                        "Service time of property-service disputes, at every level, × this while the campaign runs."));
    }

    static CampaignSettings from(ParamValues p) {
        String k = "propertyCampaign.";
        return new CampaignSettings(p.bool(k + "enabled"), p.integer(k + "startDay"), p.integer(k + "durationDays"),
                p.real(k + "inspectionShare"), p.real(k + "qualityStandard"), p.real(k + "orderEffort"), p.real(k + "complianceProb"),
                p.integer(k + "reinspectDays"), p.real(k + "penaltyYuanPerHousehold"), p.real(k + "replacementEffort"),
                p.real(k + "backlogServersPer1000Households"), p.real(k + "complaintTimeFactor"));
    }

    int endDay() {
        return startDay + durationDays;
    }
}
