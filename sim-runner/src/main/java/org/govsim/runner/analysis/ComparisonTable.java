package org.govsim.runner.analysis;

import java.util.Locale;
import org.govsim.runner.output.CsvFormat;

/** The comparison as a terminal table: per metric, each scenario's mean and interval, each option's difference. */
public final class ComparisonTable {
    private static final String ROW = "%-26s %4s %11s %23s %11s %23s %8s %-20s %8s %9s%n";

    private ComparisonTable() {
    }

    public static String render(Comparison c) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "baseline: %s (%d replications)%n", c.baseline().label(), c.baseline().runs().size()));
        c.pairings().forEach((option, pairing) -> sb.append(String.format(Locale.ROOT, "%s: %s%n", option, pairing.reason())));
        sb.append(String.format(Locale.ROOT, ROW, "metric / scenario", "n", "mean", "95% interval", "difference", "95% interval",
                "change", "test", "p (Holm)", "effect"));
        for (String metric : c.metrics()) {
            sb.append(metric).append('\n');
            MetricStatistics b = c.baseline().statistics(metric);
            sb.append(String.format(Locale.ROOT, ROW, "  " + clip(c.baseline().label()), b.n(), Formats.number(b.mean()),
                    interval(b.ciLow(), b.ciHigh()), "", "", "", "(baseline)", "", ""));
            for (ScenarioResults option : c.options()) {
                MetricStatistics s = option.statistics(metric);
                OptionDifference d = c.difference(option.label(), metric).orElseThrow();
                sb.append(String.format(Locale.ROOT, ROW, "  " + clip(option.label()), s.n(), Formats.number(s.mean()),
                        interval(s.ciLow(), s.ciHigh()), Formats.number(d.difference().estimate()),
                        interval(d.difference().ciLow(), d.difference().ciHigh()), Formats.percent(d.relative()), d.test().label(),
                        Formats.pValue(d.pHolm()) + (d.significant() ? "*" : " "), effect(d)));
            }
        }
        int tests = (int) c.differences().stream().filter(d -> !Double.isNaN(d.p())).count();
        if (tests > 0) {
            sb.append(String.format(Locale.ROOT, "* significant at 5%% after Holm's adjustment over %d tests; change is relative to the "
                    + "baseline's mean; effect is Cohen's d_z (paired) or d; a rank test replaces the t-test when skewed "
                    + "(|skewness| > %s and > 2 standard errors)%n", tests, CsvFormat.number(Samples.SKEWNESS_LIMIT)));
        }
        return sb.toString();
    }

    private static String effect(OptionDifference d) {
        return Double.isNaN(d.effectSize()) ? "n/a" : String.format(Locale.ROOT, "%s %.2f", d.effectSizeKind(), d.effectSize());
    }

    private static String interval(double low, double high) {
        return Double.isNaN(low) ? "n/a" : "[" + Formats.number(low) + ", " + Formats.number(high) + "]";
    }

    private static String clip(String label) {
        return label.length() <= 24 ? label : label.substring(0, 23) + "…";
    }
}
