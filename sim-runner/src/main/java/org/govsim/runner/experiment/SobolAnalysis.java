package org.govsim.runner.experiment;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Locale;
import org.govsim.model.engine.RandomStreams;
import org.govsim.runner.analysis.SummaryTable;
import org.govsim.runner.output.AtomicFile;
import org.govsim.runner.output.CsvFormat;

/**
 * After a whole SOBOL batch: first-order and total indices of each uncertainty for the key metrics, with bootstrap
 * 95% intervals ({@link SobolBootstrap}), computed on each point's mean over its replications ({@link PointMeans}),
 * once per policy combination (the policy column: its index in the policies' grid, point p belonging to policy
 * p / (N(k + 2))). Written to sobol.csv and returned as a table to print, with warnings when an interval is too wide
 * to read, when there are too few base points for the bootstrap, or when simulation noise is a large part of the
 * variance.
 */
public final class SobolAnalysis {
    public static final String FILE = "sobol.csv";
    public static final String HEADER = "policy,metric,parameter,first_order,first_order_low,first_order_high,total,total_low,total_high";
    /** An interval wider than this cannot tell a parameter that explains a tenth of the variance from one that explains two-fifths. */
    static final double READABLE_WIDTH = 0.3;
    /** Below this many base points the bootstrap's percentiles come from too few distinct rows and understate the spread. */
    static final int FEW_ROWS = 32;
    /** Noise above this share of the variance visibly inflates ST (by about that share) and shrinks S1. */
    static final double NOISY_SHARE = 0.1;
    /** The stream, derived from the plan's base seed, of the bootstrap's resamples: the same intervals on every run. */
    private static final long BOOTSTRAP_STREAM = 0x50B0_1B00L;

    private SobolAnalysis() {
    }

    public static DesignAnalysis.Written write(Path dir, ExperimentPlan plan) throws IOException {
        int k = plan.spec().uncertainties().size();
        PointMeans means = PointMeans.read(dir.resolve("runs.csv"), plan.pointCount(), plan.replications(), SummaryTable.KEY_METRICS);
        int sample = DesignPoints.sampleSize(plan.spec(), plan.pointCount());
        int policies = plan.pointCount() / sample;
        long seed = RandomStreams.derive(plan.baseSeed(), BOOTSTRAP_STREAM);
        StringBuilder csv = new StringBuilder(HEADER).append('\n');
        StringBuilder table = new StringBuilder(String.format(Locale.ROOT,
                "Sobol indices: %d base points, each point the mean of its %d replication%s; 95%% intervals from %d bootstrap resamples%n",
                plan.spec().samples(), plan.replications(), plan.replications() == 1 ? "" : "s", SobolBootstrap.RESAMPLES));
        table.append(String.format(Locale.ROOT, "%-6s %-36s %-36s %24s %24s%n", "policy", "metric", "parameter", "S1 [95% interval]",
                "ST [95% interval]"));
        Warnings warnings = new Warnings(plan.spec().samples(), plan.replications());
        for (int a = 0; a < policies; a++) {
            for (int m = 0; m < means.metrics().size(); m++) {
                String metric = means.metrics().get(m);
                double[] y = new double[sample];
                for (int s = 0; s < sample; s++) {
                    y[s] = means.mean(m, a * sample + s);
                }
                SaltelliOutputs outputs = SaltelliOutputs.of(y, k);
                SobolBootstrap b = SobolBootstrap.of(outputs, SobolBootstrap.RESAMPLES, seed);
                warnings.dropped(metric, outputs.dropped());
                warnings.noise(metric, means.noiseShare(m, b.point().variance()));
                for (int i = 0; i < k; i++) {
                    String param = plan.spec().uncertainties().get(i).path();
                    csv.append(a).append(',').append(metric).append(',').append(param);
                    for (double v : new double[] {b.firstOrder(i), b.firstOrderLow(i), b.firstOrderHigh(i), b.total(i), b.totalLow(i),
                        b.totalHigh(i)}) {
                        csv.append(',').append(CsvFormat.number(v));
                    }
                    csv.append('\n');
                    boolean wide = warnings.interval(b.firstOrder(i), b.firstOrderHigh(i) - b.firstOrderLow(i), "S1", metric, param)
                            | warnings.interval(b.total(i), b.totalHigh(i) - b.totalLow(i), "ST", metric, param);
                    table.append(String.format(Locale.ROOT, "%-6d %-36s %-36s %24s %24s%s%n", a, metric, param,
                            cell(b.firstOrder(i), b.firstOrderLow(i), b.firstOrderHigh(i)), cell(b.total(i), b.totalLow(i), b.totalHigh(i)),
                            wide ? " !" : ""));
                }
            }
        }
        AtomicFile.write(dir.resolve(FILE), csv.toString());
        return new DesignAnalysis.Written(table + warnings.render(), List.of(FILE));
    }

    private static String cell(double v, double low, double high) {
        return String.format(Locale.ROOT, "%6.3f [%6.3f, %6.3f]", v, low, high).replace("NaN", "n/a");
    }

    /** What the table's reader should be told about the intervals' reliability. */
    private static final class Warnings {
        private final int rows;
        private final int replications;
        private int intervals;
        private int wide;
        private double widest;
        private String widestAt = "";
        /** Per metric, in the table's order: the most base points left out, and the largest noise share, over the policies. */
        private final Map<String, Integer> dropped = new LinkedHashMap<>();
        private final Map<String, Double> noisy = new LinkedHashMap<>();
        private final Set<String> constant = new LinkedHashSet<>();

        Warnings(int rows, int replications) {
            this.rows = rows;
            this.replications = replications;
        }

        /** Counts the interval; true when it is too wide to read (or undefined though the index is not). */
        boolean interval(double index, double width, String name, String metric, String param) {
            if (Double.isNaN(index)) {
                constant.add(metric);
                return false;
            }
            intervals++;
            boolean unreadable = !(width <= READABLE_WIDTH);
            if (unreadable) {
                wide++;
                if (width > widest) {
                    widest = width;
                    widestAt = name + " of " + param + " on " + metric;
                }
            }
            return unreadable;
        }

        void dropped(String metric, int n) {
            if (n > 0) {
                dropped.merge(metric, n, Math::max);
            }
        }

        void noise(String metric, double share) {
            if (share > NOISY_SHARE) {
                noisy.merge(metric, share, Math::max);
            }
        }

        String render() {
            StringBuilder s = new StringBuilder();
            if (wide > 0) {
                s.append(String.format(Locale.ROOT, "warning: %d of %d intervals (marked !) are wider than %.1f, too wide to read",
                        wide, intervals, READABLE_WIDTH));
                if (widest > READABLE_WIDTH) {
                    // an interval's width shrinks about as 1/sqrt(N); Sobol sequences are balanced at powers of two
                    long needed = Long.highestOneBit((long) Math.ceil(rows * Math.pow(widest / READABLE_WIDTH, 2)) * 2 - 1);
                    s.append(String.format(Locale.ROOT, "; the widest is %.2f (%s): samples: %d would bring it to about %.1f", widest, widestAt,
                            needed, READABLE_WIDTH));
                }
                s.append(System.lineSeparator());
            }
            if (!constant.isEmpty()) {
                s.append(String.format(Locale.ROOT, "note: no indices (n/a) for %s: %s not vary over the design, so there is no variance to "
                        + "share out%n", String.join(", ", constant), constant.size() == 1 ? "it does" : "they do"));
            }
            if (rows < FEW_ROWS) {
                s.append(String.format(Locale.ROOT, "warning: only %d base points: bootstrap intervals from fewer than %d understate the "
                        + "uncertainty; use samples of 64 or more%n", rows, FEW_ROWS));
            }
            dropped.forEach((metric, n) -> s.append(String.format(Locale.ROOT,
                    "warning: %d of %d base points left out of %s (a failed run or no value at a point)%n", n, rows, metric)));
            noisy.forEach((metric, share) -> s.append(String.format(Locale.ROOT, "warning: simulation noise is %.0f%% of the variance of "
                    + "%s's point means: it adds to every ST and takes from S1; more replications reduce it%n", 100 * share, metric)));
            if (replications == 1) {
                s.append(String.format(Locale.ROOT, "note: one replication per point: simulation noise cannot be told apart from the "
                        + "parameters and adds to every ST; replications: 2 or more measure it%n"));
            }
            return s.toString();
        }
    }
}
