package org.govsim.runner.calibration;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.govsim.runner.analysis.Formats;

/** Each parameter's posterior median and 90% interval, from the last population's weighted particles. */
record PosteriorSummary(List<Prior> priors, double[] median, double[] low, double[] high) {

    static PosteriorSummary of(List<Prior> priors, Population posterior) {
        int d = priors.size();
        double[] median = new double[d];
        double[] low = new double[d];
        double[] high = new double[d];
        double[] w = posterior.normalisedWeights();
        for (int k = 0; k < d; k++) {
            double[] v = new double[w.length];
            for (int i = 0; i < w.length; i++) {
                v[i] = ParameterPoint.asRun(priors, posterior.particles().get(i).theta())[k];
            }
            WeightedDraws draws = new WeightedDraws(v, w);
            median[k] = draws.quantile(0.5);
            low[k] = draws.quantile(0.05);
            high[k] = draws.quantile(0.95);
        }
        return new PosteriorSummary(List.copyOf(priors), median, low, high);
    }

    List<String> lines() {
        List<String> out = new ArrayList<>();
        for (int k = 0; k < priors.size(); k++) {
            Prior p = priors.get(k);
            out.add(String.format(Locale.ROOT, "%s: median %s, 90%% interval [%s, %s] (prior [%s, %s])", p.path(),
                    Formats.number(median[k]), Formats.number(low[k]), Formats.number(high[k]), Formats.number(p.min()), Formats.number(p.max())));
        }
        return out;
    }
}
