package org.govsim.runner.gui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.DoubleSupplier;
import java.util.function.IntPredicate;
import java.util.function.IntToDoubleFunction;
import java.util.function.IntUnaryOperator;
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
 * model when MASON refreshes the inspector (under the schedule's lock); numeric rows can be charted by hand.
 */
final class CompoundInspection {
    private CompoundInspection() {
    }

    static PropertyTable of(DistrictFigures figures, int c) {
        Compound k = figures.compound(c);
        Households h = figures.district().households();
        List<Row> rows = new ArrayList<>();
        rows.add(Row.readOnly("kind", String.class, "An old walk-up compound (老旧小区) or a commercial one.",
                () -> k.isOld() ? "old walk-up" : "commercial"));
        rows.add(Row.readOnly("community", int.class, "Index of its community (社区).", () -> k.community().index()));
        rows.add(Row.readOnly("grid", int.class, "Index of its grid (网格).", () -> k.grid().index()));
        rows.add(Row.readOnly("households", int.class, "Households living in the compound.", k::households));
        rows.add(Row.readOnly("buildings", int.class, "Buildings (楼栋).", k::buildings));
        rows.add(Row.readOnly("residents", int.class, "Persons in its households.",
                () -> sum(k, i -> true, h::persons)));

        rows.add(number("satisfaction", "Households' mean of property and governance satisfaction.", () -> figures.satisfaction(c)));
        rows.add(number("satisfaction with property", "Households' mean satisfaction with the property company.",
                () -> mean(k, h::propertySatisfaction)));
        rows.add(number("satisfaction with governance", "Households' mean satisfaction with the branch and community.",
                () -> mean(k, h::governanceSatisfaction)));
        rows.add(number("trust", "Households' mean trust in the branch and community.", () -> mean(k, h::trust)));
        rows.add(number("share paid fee last month", "Share of households that paid the property fee last month.",
                () -> share(k, h::paidLastMonth)));
        rows.add(number("share party members", "Share of households with a party member.", () -> share(k, h::isPartyMember)));
        rows.add(number("share elderly", "Share of households with an elderly member.", () -> share(k, h::isElderly)));
        rows.add(number("social capital", "Neighbourly ties in [0, 1]; lowers neighbour disputes.", k::socialCapital));
        rows.add(number("owners' committee quality", "Integrity and activity of the owners' committee (业委会) in [0, 1].",
                () -> k.ownersCommittee().quality()));

        rows.add(Row.readOnly("party branch", boolean.class, "Whether the compound has a party branch (小区党支部).", k::hasBranch));
        District d = figures.district();
        for (MetricDef m : d.compoundFigures().declared()) {
            rows.add(number(m.label(), m.labelZh() + ": " + m.description() + " (" + m.unit() + ")",
                    () -> d.compoundFigures().value(m.column(), k)));
        }

        PropertyCompany company = k.company();
        rows.add(Row.readOnly("company contract", String.class, "The property company's fee contract.",
                () -> company.contract().getClass().getSimpleName()));
        rows.add(number("company effort", "The property company's effort in [0, 1].", company::effort));
        rows.add(number("company quality", "Delivered service quality in [0, 1].", company::quality));
        rows.add(number("fees billed last month", "Property fees billed last month, yuan.", company::lastBilled));
        rows.add(number("fees collected last month", "Property fees collected last month, yuan.", company::lastCollected));
        rows.add(number("fee collection rate", "Collected over billed, last month.", () -> figures.feeCollectionRate(c)));
        rows.add(number("funding gap last month", "Billed minus collected last month, yuan.", company::lastFundingGap));

        rows.add(Row.readOnly("open issues", int.class, "Issues of its households neither settled nor gone to the hotline.",
                () -> figures.openIssues(c)));
        rows.add(Row.readOnly("disputes this month", int.class, "Disputes that arose here since the 30-day month began.",
                () -> figures.disputesThisMonth(c)));
        rows.add(Row.readOnly("disputes since the start", int.class, "Disputes that arose here since day 0.", k::disputes));
        rows.add(Row.readOnly("open: not yet reported", int.class,
                "Open issues the household is settling itself or has not reported (latent).",
                () -> figures.openAt(c, DistrictFigures.UNREPORTED)));
        for (Level level : Level.routable()) {
            rows.add(Row.readOnly("open at " + level.key(), int.class,
                    "Open issues waiting for, or being handled by, the " + level.key() + " level.",
                    () -> figures.openAt(c, level.ordinal())));
        }
        for (Level level : Level.routable()) {
            rows.add(Row.readOnly(level.key() + " servers", String.class,
                    "The " + level.key() + " level's servers for this compound: busy of total, and cases waiting.",
                    () -> pool(d.network().pool(k, level))));
        }
        return new PropertyTable(rows);
    }

    private static Row number(String name, String description, DoubleSupplier value) {
        return Row.readOnly(name, double.class, description, value::getAsDouble);
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
