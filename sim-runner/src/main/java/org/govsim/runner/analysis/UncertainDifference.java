package org.govsim.runner.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.correlation.SpearmansCorrelation;
import org.govsim.model.metrics.MetricDef;

/**
 * An option's difference from its baseline when the model's uncertain parameters are drawn (from a calibration's
 * posterior, or a Latin hypercube over ranges), every option on the same K draws × R replications.
 *
 * <p>Estimator: a one-way random-effects decomposition of the per-draw differences D_k ({@link DrawDifferences}),
 * D_k = δ(θ_k) + e_k, where δ(θ) is the option's true effect at parameters θ and e_k the simulation noise of a mean
 * of R replications (variance v_k, measured within the draw). The between-draw variance s²_B of the D_k holds both;
 * the spread of the true effects is τ² = max(0, s²_B − mean v_k) (the method-of-moments estimator of one-way
 * ANOVA, the draws weighted equally because each is an equally likely sample of the parameters). Two intervals:
 * <ul>
 * <li>the <b>average</b> effect over the parameters, mean(D) ± t_{K−1}·s_B/√K;</li>
 * <li>the effect <b>under parameter uncertainty</b>, the one the verdict uses: the prediction interval of δ(θ) for a
 *     parameter draw θ not yet seen, mean(D) ± t_{K−2}·√(τ² + s²_B/K) (Higgins, Thompson and Spiegelhalter 2009,
 *     J. R. Stat. Soc. A 172:137, for random-effects meta-analysis, each draw a "study"). It holds the spread
 *     between draws as well as the noise, and does not shrink to nothing as K grows.</li>
 * </ul>
 * A two-level bootstrap (draws, then replications within them) would give the first interval only; the
 * decomposition gives both and says how much of the spread is the parameters' and how much the noise's. Both
 * intervals are at the comparison's simultaneous level. With one replication per draw the noise cannot be told
 * from the spread and τ² is taken as s²_B (the interval is then conservative).
 *
 * <p>The probability that the option beats the baseline is the share of draws whose D_k lies on the better side
 * (the noise in D_k pulls it toward ½ when the noise is large beside the spread: see {@code noiseShare}). Which
 * parameters the result hangs on: Spearman's rank correlation of D_k with each parameter over the draws (named when
 * its p-value is below 0.05 divided by the number of parameters); where
 * the sign of D_k flips in at least 10% of the draws, the region where it flips as {@link Prim} boxes it.
 *
 * @param draws        K, the draws with a difference
 * @param replications the most replications per draw
 * @param mean         mean(D): the average effect over the parameters
 * @param meanLow      its interval's lower end
 * @param meanHigh     its upper end
 * @param low          the effect under parameter uncertainty: the prediction interval's lower end
 * @param high         its upper end
 * @param spread       τ, the standard deviation of the true effect between draws
 * @param noiseShare   mean v_k / s²_B, the share of the between-draw variance that is simulation noise; NaN with R = 1
 * @param probBetter   the share of draws where the option is better (for a metric without a direction: higher)
 * @param probPracticallyBetter the share where it is better by at least the metric's practical threshold
 * @param probPracticallyWorse  the share where it is worse by at least the threshold
 * @param influences   each uncertain parameter's rank correlation with D_k, the strongest first
 * @param flips        the region where the sign of D_k is opposite to mean(D), or null when it flips in under 10% of draws
 */
public record UncertainDifference(int draws, int replications, double mean, double meanLow, double meanHigh, double low, double high,
                                  double spread, double noiseShare, double probBetter, double probPracticallyBetter,
                                  double probPracticallyWorse, List<Influence> influences, PrimBox flips) {

    /** The smallest share of draws with the opposite sign for which the region is looked for. */
    static final double FLIP_SHARE = 0.1;

    /**
     * One parameter's rank correlation with the per-draw difference.
     *
     * @param p the two-sided p-value of ρ = 0 (t = ρ√((K − 2)/(1 − ρ²)) on K − 2 degrees of freedom), unadjusted: a screen
     */
    public record Influence(String parameter, double rho, double p) {
    }

    public UncertainDifference {
        influences = List.copyOf(influences);
    }

    /** The analysis, or null with fewer than three draws. */
    static UncertainDifference of(MetricDef metric, DrawDifferences dd, int replications, Simultaneous s) {
        List<Integer> keep = new ArrayList<>();
        for (int k = 0; k < dd.difference().length; k++) {
            if (!Double.isNaN(dd.difference()[k])) {
                keep.add(k);
            }
        }
        int k = keep.size();
        if (k < 3) {
            return null;
        }
        double[] d = keep.stream().mapToDouble(i -> dd.difference()[i]).toArray();
        double[] v = keep.stream().mapToDouble(i -> dd.noise()[i]).filter(x -> !Double.isNaN(x)).toArray();
        MetricStatistics sd = MetricStatistics.of(d);
        double between = sd.sd() * sd.sd();
        double noise = v.length == 0 ? Double.NaN : Arrays.stream(v).average().orElse(Double.NaN);
        double tau2 = Double.isNaN(noise) ? between : Math.max(0, between - noise);
        double q = 1 - s.alpha() / 2;
        double meanHalf = new TDistribution(null, k - 1).inverseCumulativeProbability(q) * Math.sqrt(between / k);
        double predictionHalf = new TDistribution(null, Math.max(1, k - 2)).inverseCumulativeProbability(q) * Math.sqrt(tau2 + between / k);
        double t = metric.threshold();
        int better = 0;
        int practicallyBetter = 0;
        int practicallyWorse = 0;
        for (double x : d) {
            double good = metric.better() == MetricDef.Better.LOWER ? -x : x;
            better += good > 0 ? 1 : 0;
            practicallyBetter += good >= t && good > 0 ? 1 : 0;
            practicallyWorse += -good >= t && good < 0 ? 1 : 0;
        }
        double[][] values = keep.stream().map(i -> dd.values()[i]).toArray(double[][]::new);
        List<Influence> influences = influences(dd.parameters(), values, d);
        PrimBox flips = null;
        boolean[] flipped = new boolean[k];
        int flipCount = 0;
        for (int i = 0; i < k; i++) {
            flipped[i] = sd.mean() >= 0 ? d[i] < 0 : d[i] > 0;
            flipCount += flipped[i] ? 1 : 0;
        }
        if (flipCount >= Math.max(2, FLIP_SHARE * k)) {
            flips = Prim.box(dd.parameters(), values, flipped);
        }
        return new UncertainDifference(k, replications, sd.mean(), sd.mean() - meanHalf, sd.mean() + meanHalf, sd.mean() - predictionHalf,
                sd.mean() + predictionHalf, Math.sqrt(tau2), Double.isNaN(noise) || between == 0 ? Double.NaN : Math.min(1, noise / between),
                (double) better / k, (double) practicallyBetter / k, (double) practicallyWorse / k, influences, flips);
    }

    /**
     * The parameters whose correlation is clear enough to name, strongest first: p &lt; 0.05 / the number of parameters
     * (Bonferroni over the parameters, so that one of five unrelated parameters is not named one time in five).
     */
    public List<Influence> named() {
        return influences.stream().filter(i -> i.p() < 0.05 / influences.size()).toList();
    }

    private static List<Influence> influences(List<String> parameters, double[][] values, double[] d) {
        List<Influence> out = new ArrayList<>();
        int k = d.length;
        for (int j = 0; j < parameters.size(); j++) {
            final int col = j;
            double[] x = Arrays.stream(values).mapToDouble(row -> row[col]).toArray();
            if (Arrays.stream(x).anyMatch(Double::isNaN) || Arrays.stream(x).distinct().count() < 2 || Arrays.stream(d).distinct().count() < 2) {
                continue;
            }
            double rho = new SpearmansCorrelation().correlation(x, d);
            double p;
            if (Math.abs(rho) >= 1) {
                p = 0;
            } else {
                double t = rho * Math.sqrt((k - 2) / (1 - rho * rho));
                p = 2 * new TDistribution(null, k - 2).cumulativeProbability(-Math.abs(t));
            }
            out.add(new Influence(parameters.get(j), rho, p));
        }
        out.sort(Comparator.comparingDouble((Influence i) -> -Math.abs(i.rho())).thenComparing(Influence::parameter));
        return out;
    }
}
