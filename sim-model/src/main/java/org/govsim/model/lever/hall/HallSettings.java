package org.govsim.model.lever.hall;

import static org.govsim.model.param.ParamDef.bool;
import static org.govsim.model.param.ParamDef.choice;
import static org.govsim.model.param.ParamDef.integer;
import static org.govsim.model.param.ParamDef.real;
import static org.govsim.model.param.Sources.assumption;

import java.util.List;
import org.govsim.model.lever.LeverSettings;
import org.govsim.model.param.ParamDef;
import org.govsim.model.param.Sources;
import org.govsim.model.param.ParamValues;

/** Where halls are, how often they meet, how they decide, and what else they do. */
record HallSettings(boolean enabled, double coverage, int intervalDays, int itemsPerMeeting, double ruleShift, double committeeWeight,
                    boolean supervision, double supervisionUplift, double supervisionTimeFactor, boolean wishWall,
                    double wishWallUplift, boolean collectiveFirst) implements LeverSettings {

    static List<ParamDef> declare() {
        return List.of(
                bool("hall.enabled", false, "article Q7-Q9: Junyuwan deliberation hall", "Deliberation halls in compounds."),
                real("hall.coverage", "share", 1.0, 0, 1, assumption("halls where the lever applies"), "Share of compounds with a hall."),
                integer("hall.intervalDays", "day", 30, 7, 90, assumption("domain-notes §4.9"), "Days between meetings."),
                integer("hall.itemsPerMeeting", "item", 9, 1, 20, Sources.posteriorPoint(Sources.MEILAN, "[5, 17]"), "Items a meeting takes up."),
                choice("hall.decisionRule", "MAJORITY", List.of("MAJORITY", "TWO_THIRDS", "CONSENSUS"), assumption("decision rule not stated"),
                        "How a meeting decides; each rule shifts the chance a decision is reached (see the three shifts)."),
                real("hall.majorityShift", "probability", 0.10, -0.5, 0.5, assumption("a simple majority decides most often"),
                        "Added to the hall's success under MAJORITY."),
                real("hall.twoThirdsShift", "probability", 0, -0.5, 0.5, assumption("the reference rule"),
                        "Added to the hall's success under TWO_THIRDS."),
                real("hall.consensusShift", "probability", -0.15, -0.5, 0.5, assumption("consensus decides least often"),
                        "Added to the hall's success under CONSENSUS."),
                real("hall.committeeWeight", "probability", 0.2, 0, 1, assumption("domain-notes §4.5.2: +0.2·Q_oc"),
                        "Decision success + w (Q_oc − 0.5): a sound owners' committee helps."),
                bool("hall.repairSupervision", true, "article Q9: 3865 repairs pushed through", "The hall supervises property repairs."),
                real("hall.supervisionUplift", "probability", 0.05, 0, 0.5, assumption("supervised repairs succeed more often"),
                        "Added to the property company's success on supervised repairs."),
                real("hall.supervisionTimeFactor", "×", 0.9, 0.1, 1, assumption("supervised repairs are done a little faster"),
                        "The property company's time on a supervised repair × this."),
                bool("hall.wishWall", true, "article Q21: wish wall 心愿墙, ~100 demands", "A wish wall opens a reporting channel."),
                real("hall.wishWallReportUplift", "probability", 0.10, 0, 0.5, assumption("an open channel lowers the cost of reporting"),
                        "Added to the chance of reporting an issue at once."),
                bool("hall.collectiveFirst", true,
                        assumption("residents bring collective demands to the hall (Junyuwan's hall collects them, article Q7); the calibration's reading"),
                        "Collective issues (parking, e-bike charging, thrown objects, shared infrastructure) go to the hall first; "
                                + "false: only those the grid and branch fail to settle reach it, on their way up."));
    }

    static HallSettings from(ParamValues p) {
        double shift = switch (p.choice("hall.decisionRule")) {
            case "MAJORITY" -> p.real("hall.majorityShift");
            case "CONSENSUS" -> p.real("hall.consensusShift");
            default -> p.real("hall.twoThirdsShift");
        };
        return new HallSettings(p.bool("hall.enabled"), p.real("hall.coverage"), p.integer("hall.intervalDays"),
                p.integer("hall.itemsPerMeeting"), shift, p.real("hall.committeeWeight"), p.bool("hall.repairSupervision"),
                p.real("hall.supervisionUplift"), p.real("hall.supervisionTimeFactor"), p.bool("hall.wishWall"),
                p.real("hall.wishWallReportUplift"), p.bool("hall.collectiveFirst"));
    }
}
