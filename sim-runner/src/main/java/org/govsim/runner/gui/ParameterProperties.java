package org.govsim.runner.gui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.function.ToDoubleFunction;
import org.govsim.model.param.ParamDef;
import org.govsim.runner.gui.PropertyTable.Row;
import sim.util.Interval;

/**
 * The Model tab: a few live figures of the running district (read-only, chartable by hand), then every model
 * parameter of the next run, one row per declaration in the catalogue, with the range MASON's {@code domX}
 * convention would give it: a slider over {@code [min, max]} for numbers, a list for choices, a check box for
 * switches. Values are checked by the declaration when set; they take effect when the next run starts.
 */
final class ParameterProperties {
    private ParameterProperties() {
    }

    /** The rows for a sheet of parameters and the figures of the district being watched (null before a run). */
    static PropertyTable of(ParameterSheet sheet, Supplier<DistrictFigures> figures) {
        List<Row> rows = new ArrayList<>(liveRows(figures));
        for (ParamDef def : sheet.values().catalog().all()) {
            rows.add(row(sheet, def));
        }
        return new PropertyTable(rows);
    }

    private static List<Row> liveRows(Supplier<DistrictFigures> figures) {
        return List.of(
                live("now: day", "The simulated day of the run being watched.", figures,
                        DistrictFigures::day),
                live("now: open issues", "Issues of the district that are neither settled nor gone to the hotline.",
                        figures, f -> (double) f.openIssuesTotal()),
                live("now: disputes this month", "Disputes that arose in the district since the 30-day month began.",
                        figures, f -> (double) f.disputesThisMonthTotal()),
                live("now: satisfaction", "Households' mean satisfaction (mean of property and governance).",
                        figures, DistrictFigures::satisfactionMean),
                live("now: fee collection rate", "Property fees collected over billed in the last month.",
                        figures, DistrictFigures::feeCollectionRateTotal));
    }

    private static Row live(String name, String description, Supplier<DistrictFigures> figures,
                            ToDoubleFunction<DistrictFigures> value) {
        return Row.readOnly(name, double.class, description, () -> {
            DistrictFigures f = figures.get();
            return f == null ? Double.NaN : value.applyAsDouble(f);
        });
    }

    /** One parameter as an editable row whose domain comes from its declaration. */
    static Row row(ParameterSheet sheet, ParamDef def) {
        String path = def.path();
        String tip = "<html>" + escape(def.description()) + "<br>unit: " + escape(def.unit()) + "; allowed: "
                + escape(def.allowed()) + "<br>source: " + escape(def.source()) + "<br>scenario value: "
                + escape(ParamDef.format(sheet.scenario().get(path))) + " (changes apply at the next Play)</html>";
        return switch (def.type()) {
            case INT -> new Row(path, int.class, tip, () -> sheet.get(path),
                    v -> v instanceof Integer && sheet.set(path, v), new Interval((long) def.min(), (long) def.max()));
            case REAL -> new Row(path, double.class, tip, () -> sheet.get(path),
                    v -> v instanceof Number n && sheet.set(path, n.doubleValue()), realDomain(def));
            case BOOL -> new Row(path, boolean.class, tip, () -> sheet.get(path),
                    v -> v instanceof Boolean && sheet.set(path, v), null);
            case CHOICE -> new Row(path, int.class, tip, () -> def.choices().indexOf((String) sheet.get(path)),
                    v -> v instanceof Integer i && i >= 0 && i < def.choices().size() && sheet.set(path, def.choices().get(i)),
                    def.choices().toArray(new String[0]));
        };
    }

    /** A slider needs finite ends; an unbounded number gets a plain text field. */
    private static Interval realDomain(ParamDef def) {
        return Double.isFinite(def.min()) && Double.isFinite(def.max()) && def.max() > def.min()
                ? new Interval(def.min(), def.max()) : null;
    }

    private static String escape(String s) {
        return s == null ? "" : s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
