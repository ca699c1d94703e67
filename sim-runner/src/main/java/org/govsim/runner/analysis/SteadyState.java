package org.govsim.runner.analysis;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.regression.SimpleRegression;
import org.govsim.model.metrics.MetricDef;

/**
 * Whether a monthly series has settled by the end of the run: the least-squares line through the last
 * {@link #MONTHS} monthly means (over runs), and its fitted change from the first to the last of those months. A
 * series is still trending when that change is at least the metric's practical threshold (its declaration's, in
 * the monthly unit) and the slope's 95% t interval (on {@link #MONTHS} − 2 degrees of freedom) excludes zero; then
 * the end-of-run figures of runs.csv still move by a practical amount, and a longer run (or burn-in) would change
 * them. A series whose slope is clear but whose change is below the threshold is drifting slowly: noted, not flagged.
 * A series with fewer months is not checked.
 */
public final class SteadyState {
    /** The months looked at: the last half-year. */
    public static final int MONTHS = 6;

    /**
     * One scenario's series.
     *
     * @param change   the fitted change over the last months, in the series' unit
     * @param p        the slope's two-sided p-value
     * @param trending whether it is still moving by a practical amount
     */
    public record Check(String scenario, MetricDef metric, int months, double change, double p, boolean trending) {
        /** Still moving (the slope's interval excludes zero), but by less than the practical threshold over the months. */
        public boolean drifting() {
            return !trending && p < 0.05;
        }
    }

    private SteadyState() {
    }

    /** The check of every scenario's series of each column. */
    public static List<Check> of(List<ScenarioResults> scenarios, List<String> columns) {
        List<Check> out = new ArrayList<>();
        for (String column : columns) {
            MetricDef def = MetricInfo.month(column);
            for (ScenarioResults s : scenarios) {
                out.add(check(s.label(), def, TimeSeriesSummary.of(s, column)));
            }
        }
        return out;
    }

    static Check check(String scenario, MetricDef def, TimeSeriesSummary series) {
        List<TimeSeriesSummary.Point> points = series.points().stream().filter(p -> !Double.isNaN(p.statistics().mean())).toList();
        if (points.size() < MONTHS) {
            return new Check(scenario, def, points.size(), Double.NaN, Double.NaN, false);
        }
        List<TimeSeriesSummary.Point> last = points.subList(points.size() - MONTHS, points.size());
        SimpleRegression r = new SimpleRegression();
        last.forEach(p -> r.addData(p.day(), p.statistics().mean()));
        double span = last.get(MONTHS - 1).day() - last.get(0).day();
        double change = r.getSlope() * span;
        double se = r.getSlopeStdErr();
        double p;
        if (!(se > 0)) {
            p = r.getSlope() == 0 ? 1 : 0;
        } else {
            p = 2 * new TDistribution(null, MONTHS - 2).cumulativeProbability(-Math.abs(r.getSlope() / se));
        }
        boolean trending = Math.abs(change) >= def.threshold() && def.threshold() > 0 && p < 0.05;
        return new Check(scenario, def, MONTHS, change, p, trending);
    }
}
