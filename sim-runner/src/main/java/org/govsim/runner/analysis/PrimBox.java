package org.govsim.runner.analysis;

import java.util.List;
import java.util.Locale;

/**
 * A region of the uncertain parameters found by {@link Prim}: where an option's verdict flips.
 *
 * @param limits   the parameters the box restricts, each with its bounds (NaN: not bounded on that side)
 * @param density  the share of the draws inside the box where the verdict flips
 * @param coverage the share of all the draws where it flips that lie inside the box
 * @param support  the share of all draws inside the box
 */
public record PrimBox(List<Limit> limits, double density, double coverage, double support) {

    /** One parameter's bounds in the box: low ≤ value ≤ high. */
    public record Limit(String parameter, double low, double high) {
        /** "12.5 ≤ patience.medianDays ≤ 30". */
        public String text() {
            String lowText = Double.isNaN(low) ? "" : Formats.number(low) + " ≤ ";
            String highText = Double.isNaN(high) ? "" : " ≤ " + Formats.number(high);
            return lowText + parameter + highText;
        }
    }

    public PrimBox {
        limits = List.copyOf(limits);
    }

    /** "patience.medianDays ≤ 30 and 0.2 ≤ hall.coverage (density 90%, coverage 85%)"; "everywhere" when it restricts nothing. */
    public String text(Language lang) {
        String where = limits.isEmpty() ? lang.pick("across the whole range", "整个范围内")
                : String.join(lang.pick(" and ", " 且 "), limits.stream().map(Limit::text).toList());
        return String.format(Locale.ROOT, lang.pick("%s (%.0f%% of the draws there flip; it holds %.0f%% of all that flip)",
                "%s（其中 %.0f%% 的抽样结论相反；覆盖全部相反抽样的 %.0f%%）"), where, 100 * density, 100 * coverage);
    }
}
