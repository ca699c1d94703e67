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
 * simulation noise left in such a mean.
 *
 * <p>Replications of a point are combined by their mean because the indices and effects describe the model's
 * expected response to its parameters. The noise left in a mean of R replications adds to the variance being
 * shared out, as if it were one more factor. Not all of a replication's noise counts: replication r runs on the
 * same seed at every point (common random numbers), so the part of its luck that every point shares (a run's
 * district, say) moves all point means alike and cancels from the indices. What counts is the rest, estimated as
 * the residual variance of the two-way layout points × replications: the variance between replications of a point
 * (pooled) less the variance of the replications' own means across all points (Montgomery, Design and Analysis of
 * Experiments, the randomized complete block design). {@link #noiseOfMean} is that over R.
 *
 * <p>A value that is not finite (a metric with nothing to measure in that run) is left out of its point's mean; a
 * point with no finite value has a NaN mean. Reads line by line: memory is one number per point and metric.
 */
final class PointMeans {
    private final List<String> metrics;
    private final double[][] means;
    private final double[] noiseOfMean;

    private PointMeans(List<String> metrics, double[][] means, double[] noiseOfMean) {
        this.metrics = metrics;
        this.means = means;
        this.noiseOfMean = noiseOfMean;
    }

    /** Reads the folder's runs.csv, whose rows are in run-id order (so a point's replications are consecutive). */
    static PointMeans read(Path runsCsv, int points, int replications, List<String> wanted) throws IOException {
        try (BufferedReader in = Files.newBufferedReader(runsCsv)) {
            String first = in.readLine();
            if (first == null) {
                throw new IOException(runsCsv + " is empty");
            }
            List<String> header = CsvFormat.split(first);
            int pointColumn = header.indexOf("point");
            int replicationColumn = header.indexOf("replication");
            if (pointColumn < 0 || replicationColumn < 0) {
                throw new IOException(runsCsv + " has no point and replication columns: it is not an experiment's runs.csv");
            }
            List<String> metrics = wanted.stream().filter(header::contains).toList();
            int[] columns = metrics.stream().mapToInt(header::indexOf).toArray();
            Accumulator acc = new Accumulator(metrics.size(), points, replications);
            int lineNumber = 1;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                lineNumber++;
                List<String> cells = CsvFormat.split(line);
                try {
                    int p = Integer.parseInt(cells.get(pointColumn));
                    int r = Integer.parseInt(cells.get(replicationColumn));
                    double[] values = new double[columns.length];
                    for (int m = 0; m < columns.length; m++) {
                        values[m] = Double.parseDouble(cells.get(columns[m]));
                    }
                    acc.add(p, r, values);
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
     * The variance of one point's mean of metric m that is simulation noise not shared by every point; NaN when
     * it cannot be measured (one replication per point).
     */
    double noiseOfMean(int m) {
        return noiseOfMean[m];
    }

    /** The share of {@code variance} (of the point means) that {@link #noiseOfMean} accounts for. */
    double noiseShare(int m, double variance) {
        return noiseOfMean[m] / variance;
    }

    /** Welford's running mean and sum of squares for the point being read; sums per replication over all points. */
    private static final class Accumulator {
        private final double[][] means;
        private final int points;
        private final int[] count;
        private final double[] mean;
        private final double[] m2;
        private final double[] withinSquares;
        private final long[] values;
        private final long[] pointsWithValues;
        private final double[][] replicationSum;
        private final long[][] replicationCount;
        private int current = -1;

        Accumulator(int metrics, int points, int replications) {
            this.points = points;
            means = new double[metrics][points];
            for (double[] row : means) {
                Arrays.fill(row, Double.NaN);
            }
            count = new int[metrics];
            mean = new double[metrics];
            m2 = new double[metrics];
            withinSquares = new double[metrics];
            values = new long[metrics];
            pointsWithValues = new long[metrics];
            replicationSum = new double[metrics][replications];
            replicationCount = new long[metrics][replications];
        }

        void add(int p, int r, double[] row) {
            if (p != current) {
                if (p < current || p >= points) {
                    throw new IllegalStateException("point " + p + " after point " + current + ": the plan's points are 0 to " + (points - 1)
                            + ", in run-id order");
                }
                close();
                current = p;
            }
            if (r < 0 || r >= replicationSum[0].length && row.length > 0) {
                throw new IllegalStateException("replication " + r + " is not one of the plan's 0 to " + (replicationSum[0].length - 1));
            }
            for (int m = 0; m < row.length; m++) {
                if (Double.isFinite(row[m])) {
                    count[m]++;
                    double d = row[m] - mean[m];
                    mean[m] += d / count[m];
                    m2[m] += d * (row[m] - mean[m]);
                    replicationSum[m][r] += row[m];
                    replicationCount[m][r]++;
                }
            }
        }

        private void close() {
            for (int m = 0; m < means.length; m++) {
                if (current >= 0 && count[m] > 0) {
                    means[m][current] = mean[m];
                    withinSquares[m] += m2[m];
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
            for (int m = 0; m < means.length; m++) {
                noise[m] = residualVariance(m) / ((double) values[m] / pointsWithValues[m]);
            }
            return new PointMeans(List.copyOf(metrics), means, noise);
        }

        /** SS within points = SS between replications' means + SS residual; the residual over its degrees of freedom. */
        private double residualVariance(int m) {
            long n = values[m];
            int used = 0;
            double grand = 0;
            for (int r = 0; r < replicationSum[m].length; r++) {
                grand += replicationSum[m][r];
                used += replicationCount[m][r] > 0 ? 1 : 0;
            }
            grand /= n;
            double betweenReplications = 0;
            for (int r = 0; r < replicationSum[m].length; r++) {
                if (replicationCount[m][r] > 0) {
                    double d = replicationSum[m][r] / replicationCount[m][r] - grand;
                    betweenReplications += replicationCount[m][r] * d * d;
                }
            }
            long df = n - pointsWithValues[m] - (used - 1);
            return df > 0 ? Math.max(0, withinSquares[m] - betweenReplications) / df : Double.NaN;
        }
    }
}
