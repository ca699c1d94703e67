package org.govsim.runner.calibration;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import org.govsim.runner.output.AtomicFile;
import org.govsim.runner.output.CsvFormat;

/**
 * fit.csv: each target against what the model gives. The simulated mean and the 90% interval (5% and 95% points)
 * are of one run's value under the posterior (every replication of every particle, weighted), or, with
 * {@code --check}, of the scenario's replications. {@code within} is yes when the simulated mean is within one sd of
 * the value, or at or above a floor.
 */
final class FitTable {
    static final String NAME = "fit.csv";
    static final String HEADER = "target,metric,compound,value,sd,min,simulated_mean,predictive_5,predictive_95,within,source\n";

    /** One target's fit. */
    record Row(Target target, double mean, double low, double high) {
        boolean within() {
            return target.observation().within(mean);
        }
    }

    private FitTable() {
    }

    static List<Row> rows(List<Target> targets, IntFunction<WeightedDraws> draws) {
        List<Row> rows = new ArrayList<>();
        for (int k = 0; k < targets.size(); k++) {
            WeightedDraws d = draws.apply(k);
            rows.add(new Row(targets.get(k), d.mean(), d.quantile(0.05), d.quantile(0.95)));
        }
        return rows;
    }

    static void write(Path dir, List<Row> rows) throws IOException {
        AtomicFile.write(dir.resolve(NAME), render(rows));
    }

    static String render(List<Row> rows) {
        StringBuilder s = new StringBuilder(HEADER);
        for (Row r : rows) {
            Target t = r.target();
            String value = "";
            String sd = "";
            String min = "";
            if (t.observation() instanceof Observation.Point p) {
                value = CsvFormat.number(p.value());
                sd = CsvFormat.number(p.sd());
            } else if (t.observation() instanceof Observation.AtLeast a) {
                min = CsvFormat.number(a.min());
                sd = a.sdGiven() ? CsvFormat.number(a.scale()) : "";
            }
            s.append(CsvFormat.field(t.name())).append(',').append(CsvFormat.field(metric(t))).append(',')
                    .append(t.compound() == null ? "" : CsvFormat.field(t.compound())).append(',').append(value).append(',').append(sd)
                    .append(',').append(min).append(',').append(CsvFormat.number(r.mean())).append(',').append(CsvFormat.number(r.low()))
                    .append(',').append(CsvFormat.number(r.high())).append(',').append(r.within() ? "yes" : "no").append(',')
                    .append(CsvFormat.field(t.source())).append('\n');
        }
        return s.toString();
    }

    /** The metric as the target measures it: "settled_with_advisor per year", "x relative to {...}", "x under {...}". */
    static String metric(Target t) {
        String m = t.metric() + (t.perYear() ? " per year" : "");
        if (t.relative()) {
            return m + (t.relation() == Target.Relation.DIFFERENCE ? " minus that under " : " relative to ") + t.relativeTo();
        }
        return t.under().isEmpty() ? m : m + " under " + t.under();
    }
}
