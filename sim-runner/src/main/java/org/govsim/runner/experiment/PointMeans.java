package org.govsim.runner.experiment;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.govsim.runner.output.CsvFormat;

/**
 * What a design analysis reads from runs.csv: each point's mean over its replications, per metric, and the
 * simulation noise, the variance between replications of one point pooled over the points. Replications of a
 * point are combined by their mean because the indices and effects describe the model's expected response to its
 * parameters; the noise left in a mean of R replications (its variance over R) then adds to the variance being
 * shared out, as if it were one more factor, and {@link #noiseShare} says how much. A value that is not finite
 * (a metric with nothing to measure in that run) is left out of its point's mean; a point with no finite value
 * has a NaN mean. Reads line by line: memory is one number per point and metric.
 */
final class PointMeans {
    private final List<String> metrics;
    private final double[][] means;
    private final double[] noise;
    private final double[] replications;

    private PointMeans(List<String> metrics, double[][] means, double[] noise, double[] replications) {
        this.metrics = metrics;
        this.means = means;
        this.noise = noise;
        this.replications = replications;
    }

    /** Reads the folder's runs.csv, whose rows are in run-id order (so a point's replications are consecutive). */
    static PointMeans read(Path runsCsv, int points, List<String> wanted) throws IOException {
        try (BufferedReader in = Files.newBufferedReader(runsCsv)) {
            String first = in.readLine();
            if (first == null) {
                throw new IOException(runsCsv + " is empty");
            }
            List<String> header = CsvFormat.split(first);
            int pointColumn = header.indexOf("point");
            if (pointColumn < 0) {
                throw new IOException(runsCsv + " has no point column: it is not an experiment's runs.csv");
            }
            List<String> metrics = wanted.stream().filter(header::contains).toList();
            int[] columns = metrics.stream().mapToInt(header::indexOf).toArray();
            Accumulator acc = new Accumulator(metrics.size(), points);
            int lineNumber = 1;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                lineNumber++;
                List<String> cells = CsvFormat.split(line);
                try {
                    int p = Integer.parseInt(cells.get(pointColumn));
                    double[] values = new double[columns.length];
                    for (int m = 0; m < columns.length; m++) {
                        values[m] = Double.parseDouble(cells.get(columns[m]));
                    }
                    acc.add(p, values);
                } catch (NumberFormatException | IndexOutOfBoundsException e) {
                    throw new IOException(runsCsv + ":" + lineNumber + ": not a row of this experiment (" + e.getMessage() + ")");
                } catch (IllegalStateException e) {
                    throw new IOException(runsCsv + ":" + lineNumber + ": " + e.getMessage());
                }
            }
            return acc.finish(metrics);
        }
    }

    List<String> metrics() {
        return metrics;
    }

    /** The point's mean over its replications of metric m (an index into {@link #metrics}); NaN when it has none. */
    double mean(int m, int point) {
        return means[m][point];
    }

    /**
     * The share of {@code variance} (of the point means) that simulation noise alone accounts for: the pooled
     * variance between replications over the mean number of replications per point. NaN when no point has two
     * replications.
     */
    double noiseShare(int m, double variance) {
        return noise[m] / replications[m] / variance;
    }

    /** The noise variance of one point's mean of metric m, or NaN when no point has two replications. */
    double noiseOfMean(int m) {
        return noise[m] / replications[m];
    }

    /** Welford's running mean and sum of squares, for the point being read. */
    private static final class Accumulator {
        private final double[][] means;
        private final int[] count;
        private final double[] mean;
        private final double[] m2;
        private final double[] pooledM2;
        private final long[] pooledDf;
        private final long[] values;
        private final long[] pointsWithValues;
        private final int points;
        private int current = -1;

        Accumulator(int metrics, int points) {
            this.points = points;
            means = new double[metrics][points];
            for (double[] row : means) {
                Arrays.fill(row, Double.NaN);
            }
            count = new int[metrics];
            mean = new double[metrics];
            m2 = new double[metrics];
            pooledM2 = new double[metrics];
            pooledDf = new long[metrics];
            values = new long[metrics];
            pointsWithValues = new long[metrics];
        }

        void add(int p, double[] row) {
            if (p != current) {
                if (p < current || p >= points) {
                    throw new IllegalStateException("point " + p + " after point " + current + ": the plan's points are 0 to " + (points - 1)
                            + ", in run-id order");
                }
                close();
                current = p;
            }
            for (int m = 0; m < row.length; m++) {
                if (Double.isFinite(row[m])) {
                    count[m]++;
                    double d = row[m] - mean[m];
                    mean[m] += d / count[m];
                    m2[m] += d * (row[m] - mean[m]);
                }
            }
        }

        private void close() {
            for (int m = 0; m < means.length; m++) {
                if (current >= 0 && count[m] > 0) {
                    means[m][current] = mean[m];
                    pooledM2[m] += m2[m];
                    pooledDf[m] += count[m] - 1;
                    values[m] += count[m];
                    pointsWithValues[m]++;
                }
                count[m] = 0;
                mean[m] = 0;
                m2[m] = 0;
            }
        }

        PointMeans finish(List<String> metrics) {
            close();
            double[] noise = new double[means.length];
            double[] replications = new double[means.length];
            for (int m = 0; m < means.length; m++) {
                noise[m] = pooledDf[m] > 0 ? pooledM2[m] / pooledDf[m] : Double.NaN;
                replications[m] = pointsWithValues[m] > 0 ? (double) values[m] / pointsWithValues[m] : Double.NaN;
            }
            return new PointMeans(List.copyOf(metrics), means, noise, replications);
        }
    }
}
