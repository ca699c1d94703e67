package org.govsim.model.param;

import static org.govsim.model.param.ParamDef.bool;
import static org.govsim.model.param.ParamDef.choice;
import static org.govsim.model.param.ParamDef.integer;
import static org.govsim.model.param.ParamDef.real;
import static org.govsim.model.param.Sources.assumption;

import java.util.List;

/** The deliberation hall (议事堂, Junyuwan: Q7-Q9, Q21). */
final class HallParameters {
    private HallParameters() {
    }

    static void declare(List<ParamDef> d) {
        d.add(bool("hall.enabled", false, "article Q7-Q9: Junyuwan deliberation hall", "Deliberation halls in compounds."));
        d.add(real("hall.coverage", "share", 1.0, 0, 1, assumption("halls where the lever applies"), "Share of compounds with a hall."));
        d.add(integer("hall.intervalDays", "day", 30, 7, 90, assumption("domain-notes §4.9"), "Days between meetings."));
        d.add(integer("hall.itemsPerMeeting", "item", 6, 1, 20, assumption("domain-notes §4.9"), "Items a meeting takes up."));
        d.add(choice("hall.decisionRule", "MAJORITY", List.of("MAJORITY", "TWO_THIRDS", "CONSENSUS"), assumption("decision rule not stated"),
                "How a meeting decides: a simple majority decides most often (+0.1), consensus least (−0.15)."));
        d.add(real("hall.committeeWeight", "probability", 0.2, 0, 1, assumption("domain-notes §4.5.2: +0.2·Q_oc"),
                "Decision success + w (Q_oc − 0.5): a sound owners' committee helps."));
        d.add(bool("hall.repairSupervision", true, "article Q9: 3865 repairs pushed through", "The hall supervises property repairs."));
        d.add(real("hall.supervisionUplift", "probability", 0.05, 0, 0.5, assumption("supervised repairs succeed more often"),
                "Added to the property company's success on supervised repairs (whose time also × 0.9)."));
        d.add(bool("hall.wishWall", true, "article Q21: wish wall 心愿墙, ~100 demands", "A wish wall opens a reporting channel."));
        d.add(real("hall.wishWallReportUplift", "probability", 0.10, 0, 0.5, assumption("an open channel lowers the cost of reporting"),
                "Added to the chance of reporting an issue at once."));
    }
}
