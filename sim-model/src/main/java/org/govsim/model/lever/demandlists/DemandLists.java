package org.govsim.model.lever.demandlists;

import java.util.List;
import org.govsim.model.lever.Lever;
import org.govsim.model.lever.LeverContext;
import org.govsim.model.lever.LeverMetrics;
import org.govsim.model.metrics.MetricDef;
import org.govsim.model.param.ParamDef;
import org.govsim.model.param.ParamValues;

/**
 * Demand lists at the party-building joint meeting (小区点题、部门答题; Meilan's Haifu street): a compound
 * with a branch puts its department-level demands on a list; departments take each up with some chance.
 * An accepted demand has an owner and a deadline, so it is served faster and answered more often; an
 * accepted old-compound renovation item enters the next annual renovation plan and is built after it
 * starts (the Baoxiuchang compound in the 2025 plan, article Q24).
 */
public final class DemandLists implements Lever<DemandListSettings> {
    private static final long serialVersionUID = 1L;

    @Override
    public String name() {
        return "demandLists";
    }

    @Override
    public String title() {
        return "Demand lists to departments (小区点题、部门答题)";
    }

    @Override
    public List<ParamDef> parameters() {
        return DemandListSettings.declare();
    }

    @Override
    public List<MetricDef> metrics() {
        return List.of(
                LeverMetrics.count("demand_list_items_accepted", "item", "条", "listed demands departments took up", "部门认领需求",
                        "in the window"),
                LeverMetrics.count("renovations_planned", "item", "条", "renovation items put in the annual plan", "纳入改造计划",
                        "in the window"));
    }

    @Override
    public DemandListSettings settings(ParamValues values) {
        return DemandListSettings.from(values);
    }

    @Override
    public void install(DemandListSettings s, LeverContext context) {
        context.addIssueModifier(new JointMeeting(s, context, context.tag("listed"), context.stream(),
                context.counter("demand_list_items_accepted"), context.counter("renovations_planned")));
    }
}
