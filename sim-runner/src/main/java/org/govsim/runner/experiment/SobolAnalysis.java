package org.govsim.runner.experiment;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.govsim.runner.analysis.SummaryTable;
import org.govsim.runner.output.AtomicFile;
import org.govsim.runner.output.CsvFormat;
import org.govsim.runner.output.CsvTable;

/**
 * After a SOBOL batch: first-order and total indices of each uncertainty for the key metrics, computed on each
 * point's mean over its replications, once per policy point; written to sobol.csv (policy, metric, parameter,
 * first_order, total) and returned as a table to print. Reads runs.csv line by line: memory is one number per
 * point and metric.
 */
public final class SobolAnalysis {
    public static final String FILE = "sobol.csv";

    private SobolAnalysis() {
    }

    public static String write(Path dir, ExperimentPlan plan) throws IOException {
        int k = plan.spec().uncertainties().size();
        List<String> metrics = new ArrayList<>();
        double[][] sums;
        int[] counts = new int[plan.pointCount()];
        int[] columns;
        try (BufferedReader in = Files.newBufferedReader(dir.resolve("runs.csv"))) {
            List<String> header = CsvTable.cells(in.readLine());
            List<Integer> cols = new ArrayList<>();
            for (String m : SummaryTable.KEY_METRICS) {
                if (header.contains(m)) {
                    metrics.add(m);
                    cols.add(header.indexOf(m));
                }
            }
            columns = cols.stream().mapToInt(Integer::intValue).toArray();
            sums = new double[metrics.size()][plan.pointCount()];
            int pointColumn = header.indexOf("point");
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                List<String> cells = CsvTable.cells(line);
                int p = Integer.parseInt(cells.get(pointColumn));
                counts[p]++;
                for (int m = 0; m < columns.length; m++) {
                    sums[m][p] += Double.parseDouble(cells.get(columns[m]));
                }
            }
        }
        int sample = DesignPoints.sampleSize(plan.spec(), plan.pointCount());
        int policies = plan.pointCount() / sample;
        StringBuilder csv = new StringBuilder("policy,metric,parameter,first_order,total\n");
        StringBuilder table = new StringBuilder(String.format(Locale.ROOT, "Sobol indices (%d base points, means over replications)%n",
                plan.spec().samples()));
        table.append(String.format(Locale.ROOT, "%-7s %-36s %-36s %8s %8s%n", "policy", "metric", "parameter", "S1", "ST"));
        for (int a = 0; a < policies; a++) {
            for (int m = 0; m < metrics.size(); m++) {
                double[] y = new double[sample];
                for (int s = 0; s < sample; s++) {
                    int p = a * sample + s;
                    y[s] = counts[p] == 0 ? Double.NaN : sums[m][p] / counts[p];
                }
                SobolIndices idx = SobolIndices.fromSample(y, k);
                for (int i = 0; i < k; i++) {
                    String param = plan.spec().uncertainties().get(i).path();
                    csv.append(a).append(',').append(metrics.get(m)).append(',').append(param).append(',')
                            .append(CsvFormat.number(idx.firstOrder(i))).append(',').append(CsvFormat.number(idx.total(i))).append('\n');
                    table.append(String.format(Locale.ROOT, "%-7d %-36s %-36s %8.3f %8.3f%n", a, metrics.get(m), param,
                            idx.firstOrder(i), idx.total(i)));
                }
            }
        }
        AtomicFile.write(dir.resolve(FILE), csv.toString());
        return table.toString();
    }
}
