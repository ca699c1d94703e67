package org.govsim.runner.experiment;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.govsim.runner.analysis.Formats;
import org.govsim.runner.analysis.Language;
import org.govsim.runner.analysis.MetricInfo;
import org.govsim.runner.analysis.SummaryTable;
import org.govsim.runner.output.AtomicFile;
import org.govsim.runner.output.CsvFormat;
import org.govsim.runner.report.ChartImage;
import org.govsim.runner.report.MorrisChart;

/**
 * After a whole MORRIS batch: each uncertainty's elementary effects on the key metrics ({@link MorrisEffects}),
 * computed on each point's mean over its replications ({@link PointMeans}) along the plan's own trajectories
 * (regenerated from its seed), once per policy combination (the policy column, as in sobol.csv). Written to
 * morris.csv (policy, metric, factor, mu, mu_star, sigma, effects) with a μ*–σ chart per metric
 * (morris-METRIC.png and .svg), and returned as a table, factors by μ* within each metric, to print.
 */
public final class MorrisAnalysis {
    public static final String FILE = "morris.csv";
    public static final String HEADER = "policy,metric,factor,mu,mu_star,sigma,effects";

    private MorrisAnalysis() {
    }

    public static DesignAnalysis.Written write(Path dir, ExperimentPlan plan) throws IOException {
        List<String> factors = plan.spec().uncertainties().stream().map(f -> f.path()).toList();
        int k = factors.size();
        MorrisTrajectories paths = DesignPoints.morris(plan.spec(), plan.baseSeed());
        PointMeans means = PointMeans.read(dir.resolve("runs.csv"), plan.pointCount(), plan.replications(), SummaryTable.KEY_METRICS);
        int sample = DesignPoints.sampleSize(plan.spec(), plan.pointCount());
        int policies = plan.pointCount() / sample;
        StringBuilder csv = new StringBuilder(HEADER).append('\n');
        StringBuilder table = new StringBuilder(String.format(Locale.ROOT, "Morris elementary effects: %d trajectories on %d levels (each move "
                + "%.3g of a range), each point the mean of its %d replication%s; effects per whole range%n", paths.trajectories(),
                plan.spec().levels(), paths.delta(), plan.replications(), plan.replications() == 1 ? "" : "s"));
        table.append(String.format(Locale.ROOT, "%-6s %-36s %-36s %12s %12s %12s %8s%n", "policy", "metric", "factor", "mu*", "sigma", "mu",
                "effects"));
        List<String> files = new ArrayList<>(List.of(FILE));
        List<ChartImage> charts = new ArrayList<>();
        for (int m = 0; m < means.metrics().size(); m++) {
            String metric = means.metrics().get(m);
            List<MorrisChart.Series> series = new ArrayList<>();
            for (int a = 0; a < policies; a++) {
                double[] y = new double[sample];
                for (int s = 0; s < sample; s++) {
                    y[s] = means.mean(m, a * sample + s);
                }
                MorrisEffects e = MorrisEffects.of(paths, y);
                for (int j = 0; j < k; j++) {
                    csv.append(a).append(',').append(metric).append(',').append(factors.get(j)).append(',').append(CsvFormat.number(e.mu(j)))
                            .append(',').append(CsvFormat.number(e.muStar(j))).append(',').append(CsvFormat.number(e.sigma(j))).append(',')
                            .append(e.effects(j)).append('\n');
                }
                final int policy = a;
                IntStream.range(0, k).boxed().sorted(Comparator.comparingDouble((Integer j) -> -e.muStar(j)).thenComparing(j -> j))
                        .forEach(j -> table.append(String.format(Locale.ROOT, "%-6d %-36s %-36s %12s %12s %12s %8d%n", policy, metric,
                                factors.get(j), Formats.number(e.muStar(j)), Formats.number(e.sigma(j)), Formats.number(e.mu(j)), e.effects(j))));
                series.add(new MorrisChart.Series("policy " + a, factors, IntStream.range(0, k).mapToDouble(e::muStar).toArray(),
                        IntStream.range(0, k).mapToDouble(e::sigma).toArray()));
            }
            charts.add(MorrisChart.draw(metric, MetricInfo.label(MetricInfo.run(metric), Language.EN), series, noiseFloor(means, m, paths.delta())));
        }
        AtomicFile.write(dir.resolve(FILE), csv.toString());
        for (ChartImage c : charts) {
            AtomicFile.write(dir.resolve(c.name() + ".png"), c.png());
            AtomicFile.write(dir.resolve(c.name() + ".svg"), c.svg());
            files.add(c.name() + ".png");
            files.add(c.name() + ".svg");
        }
        return new DesignAnalysis.Written(table + noise(means, paths.delta(), plan.replications()), files);
    }

    /** The noise floor of every metric, to print; with one replication, why there is none. */
    private static String noise(PointMeans means, double delta, int replications) {
        if (replications == 1) {
            return String.format(Locale.ROOT, "note: one replication per point: simulation noise cannot be told apart from the factors' "
                    + "effects (it adds to mu* and sigma); replications: 2 or more measure it%n");
        }
        StringBuilder s = new StringBuilder("noise floor (the mu* that simulation noise alone gives a factor with no effect, about):");
        for (int m = 0; m < means.metrics().size(); m++) {
            s.append(m == 0 ? " " : "; ").append(means.metrics().get(m)).append(' ').append(Formats.number(noiseFloor(means, m, delta)));
        }
        return s.append(System.lineSeparator()).toString();
    }

    /**
     * The μ* a factor with no effect would show from simulation noise alone: with independent normal noise of
     * variance v in each point's mean ({@link PointMeans#noiseOfMean}, the part not shared by every point), an effect
     * is the difference of two over Δ, whose mean absolute value is 2·sqrt(v/π)/Δ. Where common random numbers make
     * the noises of neighbouring points alike too, an inert factor shows less.
     */
    private static double noiseFloor(PointMeans means, int m, double delta) {
        return 2 * Math.sqrt(means.noiseOfMean(m) / Math.PI) / delta;
    }
}
