package org.govsim.model.lever.handrails;

import java.util.List;
import org.govsim.model.lever.Lever;
import org.govsim.model.lever.LeverContext;
import org.govsim.model.lever.LeverMetrics;
import org.govsim.model.metrics.MetricDef;
import org.govsim.model.param.ParamDef;
import org.govsim.model.param.ParamValues;

/**
 * Stair handrails through the grid deliberation council (网格议事会; Yindu's Wenyuan community fitted anti-slip
 * handrails in 12 stairwell units after a council, article Q32). A walk-up stairwell unit (a building of an old
 * compound without an elevator) comes to need a handrail as a Poisson event; the grid worker's survey visits
 * find the need; each month the councils approve the units on their list, and each sitting's approved units
 * are fitted together as one batch. A low-cost, low-conflict project: no vote, no funding rule.
 */
public final class HandrailCouncil implements Lever<HandrailSettings> {
    private static final long serialVersionUID = 1L;

    @Override
    public String name() {
        return "handrails";
    }

    @Override
    public String title() {
        return "Stair handrails through grid councils (网格议事会)";
    }

    @Override
    public List<ParamDef> parameters() {
        return HandrailSettings.declare();
    }

    @Override
    public List<MetricDef> metrics() {
        return List.of(LeverMetrics.more("handrail_units_installed", "stairwell unit", "个单元", "stairwell units fitted with handrails",
                "安装扶手单元", "in the window"));
    }

    @Override
    public HandrailSettings settings(ParamValues values) {
        return HandrailSettings.from(values);
    }

    @Override
    public void install(HandrailSettings s, LeverContext context) {
        HandrailProgramme programme = new HandrailProgramme(s, context);
        context.provide(HandrailProgramme.class, programme);
        programme.start();
    }
}
