package org.govsim.runner.scenario;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.regex.Pattern;

/**
 * Which spellings of a number a scenario file accepts. YAML 1.1, which the parser follows, reads {@code 017} as the
 * octal 15, {@code 0x1F} as 31, {@code 1_000} as 1000 and {@code 1:30} as the base-60 90, while YAML 1.2 and every
 * spreadsheet read them otherwise; a file must not mean one thing to its author and another to govsim, so only plain
 * decimals are read: an optional sign, digits without a leading zero (or a decimal point and an exponent for a
 * real). {@code .inf} and {@code .nan} are refused, since no parameter takes an infinite or undefined value.
 */
final class NumberSpelling {
    private static final Pattern DECIMAL_INTEGER = Pattern.compile("[-+]?(0|[1-9][0-9]*)");
    private static final Pattern SPECIAL = Pattern.compile("[-+]?\\.(inf|Inf|INF|nan|NaN|NAN)");
    private static final Pattern LEADING_ZERO = Pattern.compile("[-+]?0[0-9]+");
    private static final Pattern SEXAGESIMAL = Pattern.compile("[-+]?[0-9][0-9_]*(:[0-5]?[0-9])+(\\.[0-9_]*)?");

    private NumberSpelling() {
    }

    /**
     * Why the parser's current number token is refused, as a phrase to follow the key, or null when it is a plain
     * decimal (or not a number at all). Must be called before the token's value is read: Jackson throws on {@code .inf}.
     */
    static String problem(JsonParser p) throws IOException {
        JsonToken t = p.currentToken();
        if (t != JsonToken.VALUE_NUMBER_INT && t != JsonToken.VALUE_NUMBER_FLOAT) {
            return null;
        }
        String text = p.getText().trim();
        if (SPECIAL.matcher(text).matches()) {
            return "is " + text + (text.toLowerCase(java.util.Locale.ROOT).endsWith("nan") ? " (not a number)" : " (infinite)");
        }
        // a real's leading zero (012.5) means 12.5 to every reader; only an integer's is octal
        boolean plain = t == JsonToken.VALUE_NUMBER_INT ? DECIMAL_INTEGER.matcher(text).matches() : !text.contains("_");
        if (plain) {
            return null;
        }
        String digits = text.replaceFirst("^[-+]", "");
        if (digits.contains("_")) {
            return "is written " + text + " with '_' between digits, which YAML versions read differently; write it without them";
        }
        if (digits.startsWith("0x") || digits.startsWith("0X") || digits.startsWith("0b") || digits.startsWith("0B")) {
            return "is written " + text + " in hexadecimal or binary; write it in decimal";
        }
        if (digits.length() > 1 && digits.startsWith("0")) {
            return "is written " + text + ", which YAML 1.1 reads as the octal " + p.getNumberValue()
                    + "; write the decimal number without a leading zero";
        }
        return "is written " + text + ", which is not a plain decimal number; write it in decimal";
    }

    /** A hint for a text value that looks like a number YAML reads otherwise (base 60, a leading zero), else null. */
    static String textHint(String text) {
        String t = text.trim();
        if (SEXAGESIMAL.matcher(t).matches()) {
            return " (a base-60 value such as 1:30, which YAML 1.1 reads as 90, is not read; write the number itself)";
        }
        if (LEADING_ZERO.matcher(t).matches()) {
            return " (digits with a leading zero are octal or text to YAML 1.1; write the number without the leading zero)";
        }
        return null;
    }
}
