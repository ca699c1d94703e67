package org.govsim.runner.analysis;

import java.util.Locale;

/** How figures are spelled for people (terminal tables, the report); CSV files keep full precision instead. */
public final class Formats {
    private Formats() {
    }

    /** Four significant digits, or whole numbers with thousands separators from 10,000 up; "n/a" for NaN. */
    public static String number(double v) {
        if (Double.isNaN(v)) {
            return "n/a";
        }
        return Math.abs(v) >= 10000 ? String.format(Locale.ROOT, "%,.0f", v) : String.format(Locale.ROOT, "%.4g", v);
    }

    /** A whole number with thousands separators when it is one, else {@link #number}. */
    public static String whole(double v) {
        return !Double.isNaN(v) && v == Math.rint(v) && Math.abs(v) < 1e15 ? String.format(Locale.ROOT, "%,d", (long) v) : number(v);
    }

    /** Up to four significant digits without trailing zeros: 0.5, 0.25, 1, 500,000. */
    public static String compact(double v) {
        if (Double.isNaN(v)) {
            return "n/a";
        }
        if (Math.abs(v) >= 10000) {
            return number(v);
        }
        return new java.math.BigDecimal(String.format(Locale.ROOT, "%.4g", v)).stripTrailingZeros().toPlainString();
    }

    /** Like {@link #number}, with a + before a positive value. */
    public static String signed(double v) {
        return v > 0 ? "+" + number(v) : number(v);
    }

    /** A share as a signed percentage with one decimal: 0.1234 is "+12.3%". */
    public static String percent(double share) {
        return Double.isNaN(share) ? "n/a" : String.format(Locale.ROOT, "%+.1f%%", 100 * share);
    }

    /** A p-value with three decimals, "&lt;0.001" below that. */
    public static String pValue(double p) {
        if (Double.isNaN(p)) {
            return "n/a";
        }
        return p < 0.001 ? "<0.001" : String.format(Locale.ROOT, "%.3f", p);
    }
}
