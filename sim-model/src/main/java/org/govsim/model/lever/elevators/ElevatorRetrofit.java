package org.govsim.model.lever.elevators;

import java.util.List;
import org.govsim.model.lever.BuildingPartyGroups;
import org.govsim.model.lever.Lever;
import org.govsim.model.lever.LeverContext;
import org.govsim.model.lever.LeverMetrics;
import org.govsim.model.lever.StationedAdvisors;
import org.govsim.model.metrics.MetricDef;
import org.govsim.model.param.ParamConstraints;
import org.govsim.model.param.ParamDef;
import org.govsim.model.param.ParamValues;

/**
 * Elevator retrofit in old walk-ups (老旧小区加装电梯; Meilan's Jinlu Wenming compound, article Q10-Q11, where a
 * stalled project succeeded after the building party group formed, its members signed and paid first, and
 * "dozens" of coordination meetings were held). Each old building of enough floors without an elevator starts
 * a project as a Poisson event; an {@link ElevatorProject} then runs its meetings until the owners consent and
 * fund it, or it stalls. A building with a party group (offered by the building-groups lever) persuades faster,
 * and with {@code partyLeadPledge} its party members pledge first; stationed advisors (offered by the advisors
 * lever) persuade too.
 */
public final class ElevatorRetrofit implements Lever<ElevatorTerms> {
    private static final long serialVersionUID = 1L;

    @Override
    public String name() {
        return "elevators";
    }

    @Override
    public String title() {
        return "Elevator retrofit in old walk-ups (老旧小区加装电梯)";
    }

    @Override
    public List<ParamDef> parameters() {
        return ElevatorTerms.declare();
    }

    @Override
    public List<ParamConstraints.Constraint> constraints() {
        // only old walk-ups lack lifts: with a threshold above their tallest, no building could ever get one
        return List.of(new ParamConstraints.Constraint(List.of("elevators.minFloors", "buildings.oldFloorsMax", "elevators.enabled"),
                v -> !v.bool("elevators.enabled") || v.integer("elevators.minFloors") <= v.integer("buildings.oldFloorsMax"),
                "elevators.minFloors at most buildings.oldFloorsMax when elevators.enabled is true: otherwise no building qualifies"));
    }

    @Override
    public List<MetricDef> metrics() {
        return List.of(
                LeverMetrics.count("elevator_projects", "project", "个", "elevator projects started", "加装电梯项目", "in the window"),
                LeverMetrics.more("elevators_installed", "elevator", "部", "elevators installed", "加装电梯", "in the window"),
                LeverMetrics.fewer("elevators_stalled", "project", "个", "elevator projects stalled", "停滞项目", "in the window"),
                LeverMetrics.count("elevator_meetings_installed", "meeting", "次", "meetings of installed elevators (sum)", "已装电梯协调会合计",
                        "coordination meetings the installed elevators took, summed"),
                LeverMetrics.count("elevator_days_to_consent", "day", "天", "days to consent (sum)", "达成同意天数合计",
                        "days from start to consent, summed over consented projects"),
                LeverMetrics.count("elevators_consented", "project", "个", "elevator projects consented", "达成同意项目", "in the window"),
                MetricDef.of("meetings_per_installed_elevator").ratioOf("elevator_meetings_installed", "elevators_installed")
                        .unit("meetings", "次").label("meetings per installed elevator", "每部电梯协调会次数").neutral(1)
                        .describe("the article's \"dozens\" of coordination meetings").build(),
                MetricDef.of("days_to_consent_mean").ratioOf("elevator_days_to_consent", "elevators_consented").unit("days", "天")
                        .label("days to consent", "达成同意平均天数").lowerIsBetter(7).describe("mean over consented projects").build());
    }

    @Override
    public ElevatorTerms settings(ParamValues values) {
        return ElevatorTerms.from(values);
    }

    /** Without the building-groups lever, no building has a party group. */
    private record NoGroups() implements BuildingPartyGroups {
        @Override
        public boolean has(int building) {
            return false;
        }
    }

    /** Without the advisors lever, no compound has advisors. */
    private record NoAdvisors() implements StationedAdvisors {
        @Override
        public int in(org.govsim.model.world.Compound compound) {
            return 0;
        }
    }

    @Override
    public void install(ElevatorTerms terms, LeverContext context) {
        BuildingPartyGroups groups = context.service(BuildingPartyGroups.class).orElse(new NoGroups());
        StationedAdvisors advisors = context.service(StationedAdvisors.class).orElse(new NoAdvisors());
        ElevatorProgramme programme = new ElevatorProgramme(terms, context, groups, advisors);
        context.provide(ElevatorProgramme.class, programme);
        programme.start();
    }
}
