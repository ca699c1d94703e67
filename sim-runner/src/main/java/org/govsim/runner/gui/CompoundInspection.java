package org.govsim.runner.gui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntPredicate;
import java.util.function.IntToDoubleFunction;
import java.util.function.IntUnaryOperator;
import java.util.function.Supplier;
import javax.swing.UIManager;
import org.govsim.model.District;
import org.govsim.model.actors.PropertyCompany;
import org.govsim.model.issue.Level;
import org.govsim.model.issue.ServerPool;
import org.govsim.model.metrics.MetricDef;
import org.govsim.model.world.Compound;
import org.govsim.model.world.Households;
import org.govsim.runner.gui.PropertyTable.Row;

/**
 * What the inspector shows of one compound when it is clicked on the map: who lives there and how they feel,
 * its party branch and other levels, its property company, and its open issues by level. Every row reads the
 * model when MASON refreshes the inspector (under the schedule's lock). Numbers are shown rounded with their
 * unit ({@link Reading}) and can still be charted from the row's menu.
 */
final class CompoundInspection {
    /**
     * Characters of a row's name at most, so that names and values fit the Console's width side by side (a
     * lever's declared label can be longer; the tooltip has it in full).
     */
    static final int NAME_LENGTH = 28;

    private CompoundInspection() {
    }

    /** How inspectors and charts name a compound: "compound 12 (community 3)". */
    static String name(Compound k) {
        return "compound " + k.index() + " (community " + k.community().index() + ")";
    }

    static PropertyTable of(DistrictFigures figures, int c) {
        Compound k = figures.compound(c);
        Households h = figures.district().households();
        List<Row> rows = new ArrayList<>();
        rows.add(text("kind", "An old walk-up compound (老旧小区) or a commercial one.",
                () -> k.isOld() ? "old walk-up" : "commercial"));
        rows.add(text("community", "Its community (社区).", () -> "community " + k.community().index()));
        rows.add(text("grid", "Its grid (网格).", () -> "grid " + k.grid().index()));
        rows.add(reading("households", "Households living in the compound.", () -> Reading.count(k.households(), "households")));
        rows.add(reading("buildings", "Buildings (楼栋).", () -> Reading.count(k.buildings(), "buildings")));
        rows.add(reading("residents", "Persons in its households.",
                () -> Reading.count(sum(k, i -> true, h::persons), "persons")));

        rows.add(reading("satisfaction", "Households' mean of property and governance satisfaction, 0 to 1.",
                () -> Reading.score(figures.satisfaction(c))));
        rows.add(reading("satisfaction with property", "Households' mean satisfaction with the property company, 0 to 1.",
                () -> Reading.score(mean(k, h::propertySatisfaction))));
        rows.add(reading("satisfaction with governance", "Households' mean satisfaction with the branch and community, 0 to 1.",
                () -> Reading.score(mean(k, h::governanceSatisfaction))));
        rows.add(reading("trust", "Households' mean trust in the branch and community, 0 to 1.", () -> Reading.score(mean(k, h::trust))));
        rows.add(reading("paid the fee last month", "Share of households that paid the property fee last month.",
                () -> Reading.share(share(k, h::paidLastMonth))));
        rows.add(reading("party members", "Share of households with a party member.", () -> Reading.share(share(k, h::isPartyMember))));
        rows.add(reading("elderly", "Share of households with an elderly member.", () -> Reading.share(share(k, h::isElderly))));
        rows.add(reading("social capital", "Neighbourly ties, 0 to 1; they lower neighbour disputes.",
                () -> Reading.score(k.socialCapital())));
        rows.add(reading("owners' committee quality", "Integrity and activity of the owners' committee (业委会), 0 to 1.",
                () -> Reading.score(k.ownersCommittee().quality())));

        rows.add(text("party branch", "Whether the compound has a party branch (小区党支部).", () -> yesNo(k.hasBranch())));
        District d = figures.district();
        for (MetricDef m : d.compoundFigures().declared()) { // what each lever declares of a compound: a hall, advisors, ...
            rows.add(reading(m.label(), m.labelZh() + ": " + m.description() + " (" + m.unit() + ")",
                    () -> Reading.of(m, d.compoundFigures().value(m.column(), k))));
        }

        PropertyCompany company = k.company();
        rows.add(text("fee contract", "How the property company is paid (物业服务合同).",
                () -> Terms.displayable(Terms.contract(company.contract().name()), UIManager.getFont("TextField.font"))));
        rows.add(reading("company effort", "The property company's effort, 0 to 1.", () -> Reading.score(company.effort())));
        rows.add(reading("service quality", "Service quality the company delivers, 0 to 1.", () -> Reading.score(company.quality())));
        rows.add(reading("fees billed last month", "Property fees billed last month.", () -> Reading.yuan(company.lastBilled())));
        rows.add(reading("fees collected last month", "Property fees collected last month.", () -> Reading.yuan(company.lastCollected())));
        rows.add(reading("fee collection rate", "Collected over billed, last month.", () -> Reading.share(figures.feeCollectionRate(c))));
        rows.add(reading("funding gap last month", "Billed minus collected, last month.", () -> Reading.yuan(company.lastFundingGap())));

        rows.add(reading("open issues", "Issues of its households neither settled nor gone to the hotline.",
                () -> Reading.count(figures.openIssues(c), "issues")));
        rows.add(reading("disputes, last 30 days", "Disputes that arose here in the last 30 days (fewer days early in a run).",
                () -> Reading.count(figures.recentDisputes(c), "disputes")));
        rows.add(reading("disputes since day 0", "Disputes that arose here since the run began.", () -> Reading.count(k.disputes(), "disputes")));
        rows.add(reading("open, not yet reported", "Open issues the household is settling itself or has not reported (latent).",
                () -> openAt(figures, c, DistrictFigures.UNREPORTED)));
        for (Level level : Level.routable()) {
            rows.add(reading("open at " + Terms.level(level), "Open issues waiting for, or being handled by, the "
                    + Terms.level(level) + ".", () -> openAt(figures, c, level.ordinal())));
        }
        for (Level level : Level.routable()) {
            rows.add(text(Terms.level(level) + ": servers", "The " + Terms.level(level)
                    + "'s servers for this compound: busy of total, and cases waiting.", () -> pool(d.network().pool(k, level))));
        }
        return new PropertyTable(name(k), rows);
    }

    private static Row reading(String name, String description, Supplier<Reading> value) {
        return Row.readOnly(Terms.shorten(name, NAME_LENGTH), Reading.class, full(name, description), value::get);
    }

    private static Row text(String name, String description, Supplier<String> value) {
        return Row.readOnly(Terms.shorten(name, NAME_LENGTH), String.class, full(name, description), value::get);
    }

    /** The tooltip: the row's whole name first when it had to be cut. */
    private static String full(String name, String description) {
        return name.length() <= NAME_LENGTH ? description : name + ". " + description;
    }

    /** Open issues at a level; unknown ("–") for a district shown before Play, whose issues the GUI has not followed. */
    private static Reading openAt(DistrictFigures figures, int c, int levelOrUnreported) {
        return figures.knowsOpenIssues() ? Reading.count(figures.openAt(c, levelOrUnreported), "issues")
                : new Reading(Double.NaN, Reading.NONE);
    }

    private static String yesNo(boolean b) {
        return b ? "yes" : "no";
    }

    private static String pool(ServerPool pool) {
        if (pool == null) {
            return "none";
        }
        return String.format(Locale.ROOT, "%d of %d busy, %d waiting", pool.busy(), pool.servers(), pool.waiting());
    }

    private static double mean(Compound k, IntToDoubleFunction value) {
        if (k.households() == 0) {
            return Double.NaN;
        }
        double sum = 0;
        for (int i = k.firstHousehold(); i < k.firstHousehold() + k.households(); i++) {
            sum += value.applyAsDouble(i);
        }
        return sum / k.households();
    }

    private static double share(Compound k, IntPredicate test) {
        return k.households() == 0 ? Double.NaN : (double) sum(k, test, i -> 1) / k.households();
    }

    private static int sum(Compound k, IntPredicate test, IntUnaryOperator weight) {
        int n = 0;
        for (int i = k.firstHousehold(); i < k.firstHousehold() + k.households(); i++) {
            if (test.test(i)) {
                n += weight.applyAsInt(i);
            }
        }
        return n;
    }
}
