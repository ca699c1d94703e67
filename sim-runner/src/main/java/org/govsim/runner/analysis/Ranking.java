package org.govsim.runner.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The options ranked by one stated rule: the number of compared metrics on which an option is better minus the
 * number on which it is worse (by {@link Verdict}: clear and practical); ties broken by the mean of its changes in
 * units of each metric's practical threshold, better counted positive, each capped at ±10 thresholds
 * ({@link Changes#thresholdUnits}); then by name.
 */
public final class Ranking {

    /** One option's place. */
    public record Place(String option, String baseline, int better, int worse, int negligible, int unclear, double meanUnits) {
        public int score() {
            return better - worse;
        }
    }

    private Ranking() {
    }

    public static List<Place> of(Comparison c) {
        List<Place> places = new ArrayList<>();
        for (Comparison.Contrast k : c.contrasts()) {
            int better = 0;
            int worse = 0;
            int negligible = 0;
            int unclear = 0;
            double sum = 0;
            int counted = 0;
            for (String metric : c.metrics()) {
                OptionDifference d = c.difference(k.option().label(), metric).orElseThrow();
                switch (d.verdict()) {
                    case BETTER -> better++;
                    case WORSE -> worse++;
                    case NEGLIGIBLE -> negligible++;
                    case UNCLEAR, UNTESTED -> unclear++;
                    default -> {
                    }
                }
                double u = Changes.thresholdUnits(d);
                if (!Double.isNaN(u)) {
                    sum += u;
                    counted++;
                }
            }
            places.add(new Place(k.option().label(), k.baseline().label(), better, worse, negligible, unclear,
                    counted == 0 ? Double.NaN : sum / counted));
        }
        places.sort(Comparator.comparingInt((Place p) -> -p.score())
                .thenComparingDouble(p -> Double.isNaN(p.meanUnits()) ? Double.POSITIVE_INFINITY : -p.meanUnits())
                .thenComparing(Place::option));
        return places;
    }

    /** The rule, in a sentence. */
    public static String rule(Language lang) {
        return lang.pick("Ranked by the number of metrics on which an option is better minus those on which it is worse; ties broken "
                + "by the mean of its changes in units of each metric's practical threshold (better counted positive, each capped at "
                + "±10 thresholds).", "排序规则：更好的指标数减去更差的指标数；相同时，按各指标变化量折合成“实际阈值”倍数后的平均值"
                + "（更好为正，每项最多计 ±10 倍）。");
    }

    /** "1. fee-quality-linkage (better on 5, worse on 0)". */
    public static String line(int rank, Place p, Language lang) {
        return String.format(Locale.ROOT, lang.pick("%d. %s (better on %d, worse on %d, no practical difference on %d, unclear on %d)",
                "%d. %s（更好 %d 项，更差 %d 项，无实际差别 %d 项，不确定 %d 项）"), rank, p.option(), p.better(), p.worse(), p.negligible(),
                p.unclear());
    }
}
