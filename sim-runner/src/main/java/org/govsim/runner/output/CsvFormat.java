package org.govsim.runner.output;

import java.math.BigDecimal;

/** Locale-free, exact spelling of values in CSV: integers without a decimal point, reals in plain notation. */
public final class CsvFormat {
    private CsvFormat() {
    }

    public static String number(double v) {
        if (Double.isNaN(v)) {
            return "NaN";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "Inf" : "-Inf";
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return new BigDecimal(Double.toString(v)).stripTrailingZeros().toPlainString();
    }

    public static String value(Object v) {
        return v instanceof Double d ? number(d) : field(String.valueOf(v));
    }

    /** Quotes a text field when it holds a comma, quote or line break. */
    public static String field(String s) {
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
            return s;
        }
        return '"' + s.replace("\"", "\"\"") + '"';
    }
}
