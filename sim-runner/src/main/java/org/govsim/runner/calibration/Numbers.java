package org.govsim.runner.calibration;

import org.govsim.runner.output.CsvFormat;

/**
 * Numbers written so that reading them back gives the same double, bit for bit (a resumed calibration must
 * continue from exactly the state an uninterrupted one had): the shortest decimal that names the double, and
 * NaN, Inf, -Inf for the others.
 */
final class Numbers {
    private Numbers() {
    }

    static String write(double v) {
        return CsvFormat.number(v);
    }

    /** A typed parameter value as YAML reads it back to the same type: reals keep a decimal point. */
    static String value(Object v) {
        if (v instanceof Double d) {
            String t = write(d);
            return t.contains(".") || t.contains("E") || !Double.isFinite(d) ? t : t + ".0";
        }
        return String.valueOf(v);
    }

    static double read(String s) {
        return switch (s) {
            case "Inf" -> Double.POSITIVE_INFINITY;
            case "-Inf" -> Double.NEGATIVE_INFINITY;
            default -> Double.parseDouble(s);
        };
    }
}
