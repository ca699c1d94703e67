package org.govsim.runner.analysis;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.govsim.runner.output.CsvTable;

/**
 * An option's difference from its baseline, draw by draw, when both ran on the same parameter draws (the points
 * of their batches): per draw k, the difference of the means over its replications D_k (paired by replication
 * when the runs pair) and the simulation noise of that difference v_k (its variance: s²/n of the paired
 * differences, or s²ₓ/nₓ + s²ᵧ/nᵧ), with the draw's value of each uncertain parameter.
 *
 * @param points     the draws (points) both folders hold, ascending
 * @param difference D_k per draw; NaN where a draw has no run on either side
 * @param noise      v_k per draw; NaN with fewer than two replications
 * @param parameters the uncertain parameters: the runs.csv columns whose value differs between draws
 * @param values     per draw, each parameter's value (NaN when not a number)
 */
public record DrawDifferences(List<Integer> points, double[] difference, double[] noise, List<String> parameters, double[][] values) {

    public DrawDifferences {
        points = List.copyOf(points);
        parameters = List.copyOf(parameters);
    }

    /**
     * @throws ResultsException when the two folders' draws are not the same (a parameter's value differs at a point)
     */
    static DrawDifferences of(ScenarioResults baseline, ScenarioResults option, String column, Pairing pairing) throws ResultsException {
        List<Integer> points = new ArrayList<>(baseline.points());
        points.retainAll(option.points());
        List<String> parameters = varied(baseline, points);
        double[] d = new double[points.size()];
        double[] v = new double[points.size()];
        double[][] values = new double[points.size()][parameters.size()];
        Map<Pairing.Key, ScenarioResults.Run> opt = Pairing.index(option);
        Map<Pairing.Key, ScenarioResults.Run> base = Pairing.index(baseline);
        for (int k = 0; k < points.size(); k++) {
            int point = points.get(k);
            ScenarioResults.Run b0 = first(baseline, point);
            ScenarioResults.Run o0 = first(option, point);
            for (int j = 0; j < parameters.size(); j++) {
                String path = parameters.get(j);
                Optional<String> bv = baseline.parameter(b0, path);
                Optional<String> ov = option.parameter(o0, path);
                if (bv.isPresent() && ov.isPresent() && !bv.get().equals(ov.get())) {
                    throw new ResultsException(option.label() + " and " + baseline.label() + " were not run on the same draws: at point "
                            + point + " " + path + " is " + ov.get() + " and " + bv.get() + "; run them together with --uncertainty");
                }
                values[k][j] = bv.map(CsvTable::number).orElse(Double.NaN);
            }
            double[] x;
            double[] y;
            if (pairing.paired()) {
                List<Double> diffs = new ArrayList<>();
                for (Pairing.Key key : pairing.pairs()) {
                    if (key.point() == point) {
                        double a = opt.get(key).metric(column);
                        double b = base.get(key).metric(column);
                        if (!Double.isNaN(a) && !Double.isNaN(b)) {
                            diffs.add(a - b);
                        }
                    }
                }
                MetricStatistics s = MetricStatistics.of(diffs.stream().mapToDouble(Double::doubleValue).toArray());
                d[k] = s.mean();
                v[k] = s.n() < 2 ? Double.NaN : s.sd() * s.sd() / s.n();
            } else {
                x = valuesAt(option, point, column);
                y = valuesAt(baseline, point, column);
                MetricStatistics a = MetricStatistics.of(x);
                MetricStatistics b = MetricStatistics.of(y);
                d[k] = a.mean() - b.mean();
                v[k] = a.n() < 2 || b.n() < 2 ? Double.NaN : a.sd() * a.sd() / a.n() + b.sd() * b.sd() / b.n();
            }
        }
        return new DrawDifferences(points, d, v, parameters, values);
    }

    /** How many draws have a difference. */
    public int defined() {
        int n = 0;
        for (double x : difference) {
            n += Double.isNaN(x) ? 0 : 1;
        }
        return n;
    }

    /** The parameter columns whose value differs between the points (the draws' parameters), in column order. */
    private static List<String> varied(ScenarioResults s, List<Integer> points) {
        List<String> out = new ArrayList<>();
        for (String path : s.parameterColumns()) {
            Set<String> seen = new LinkedHashSet<>();
            for (int p : points) {
                seen.add(s.parameter(first(s, p), path).orElse(""));
            }
            if (seen.size() > 1) {
                out.add(path);
            }
        }
        return out;
    }

    private static ScenarioResults.Run first(ScenarioResults s, int point) {
        return s.runs().stream().filter(r -> r.point() == point).findFirst().orElseThrow();
    }

    private static double[] valuesAt(ScenarioResults s, int point, String column) {
        return s.runs().stream().filter(r -> r.point() == point).mapToDouble(r -> r.metric(column)).filter(x -> !Double.isNaN(x)).toArray();
    }
}
