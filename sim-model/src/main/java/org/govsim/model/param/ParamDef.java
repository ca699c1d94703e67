package org.govsim.model.param;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The one declaration of a model parameter: where it lives in a scenario file ({@code path}), its unit,
 * default, allowed values and where the default comes from (an article figure or "assumption").
 * Scenario validation, {@code govsim params}, the ODD table and the GUI's ranges all read this record.
 *
 * <p>Values are held as {@link Integer}, {@link Double}, {@link Boolean} or {@link String} (for choices).
 */
public record ParamDef(String path, ParamType type, String unit, Object defaultValue,
                       double min, double max, List<String> choices, String source, String description)
        implements Serializable {

    public ParamDef {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(type, "type");
        choices = List.copyOf(choices);
        String problem = new ParamDef0(type, min, max, choices).check(defaultValue);
        if (problem != null) {
            throw new IllegalArgumentException("default of " + path + " " + problem);
        }
    }

    public static ParamDef real(String path, String unit, double def, double min, double max, String source, String description) {
        return new ParamDef(path, ParamType.REAL, unit, def, min, max, List.of(), source, description);
    }

    public static ParamDef integer(String path, String unit, int def, int min, int max, String source, String description) {
        return new ParamDef(path, ParamType.INT, unit, def, min, max, List.of(), source, description);
    }

    public static ParamDef bool(String path, boolean def, String source, String description) {
        return new ParamDef(path, ParamType.BOOL, "-", def, 0, 1, List.of(), source, description);
    }

    public static ParamDef choice(String path, String def, List<String> choices, String source, String description) {
        return new ParamDef(path, ParamType.CHOICE, "-", def, 0, 0, choices, source, description);
    }

    /** Checks an already-typed value; returns null when allowed, else a phrase saying why not. */
    public String check(Object value) {
        return new ParamDef0(type, min, max, choices).check(value);
    }

    /** Reads a value written as text (command line {@code --set}); throws with the allowed values on failure. */
    public Object parse(String text) {
        String t = text.trim();
        Object value = switch (type) {
            case INT -> {
                try {
                    yield Integer.parseInt(t);
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("'" + text + "' is not an integer; allowed: " + allowed());
                }
            }
            case REAL -> {
                try {
                    yield Double.parseDouble(t);
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("'" + text + "' is not a number; allowed: " + allowed());
                }
            }
            case BOOL -> {
                if (t.equalsIgnoreCase("true")) {
                    yield Boolean.TRUE;
                }
                if (t.equalsIgnoreCase("false")) {
                    yield Boolean.FALSE;
                }
                throw new IllegalArgumentException("'" + text + "' is not true or false");
            }
            case CHOICE -> t;
        };
        String problem = check(value);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        return value;
    }

    /** What a user may write, in words: "an integer in [1, 5000]", "one of FLAT, LINKED". */
    public String allowed() {
        return new ParamDef0(type, min, max, choices).allowed();
    }

    /** A value as a scenario file or CSV would spell it: integers without a decimal point, reals in shortest form. */
    public static String format(Object value) {
        if (value instanceof Double d) {
            if (d == Math.rint(d) && Math.abs(d) < 1e15) {
                return String.format(Locale.ROOT, "%.1f", d);
            }
            return Double.toString(d);
        }
        return String.valueOf(value);
    }

    /** Shared checking logic, usable from the compact constructor before fields are assigned. */
    private record ParamDef0(ParamType type, double min, double max, List<String> choices) {
        String check(Object value) {
            return switch (type) {
                case INT -> !(value instanceof Integer i) ? "must be an integer; allowed: " + allowed()
                        : (i < min || i > max) ? "is " + i + ", outside the allowed range: " + allowed() : null;
                case REAL -> !(value instanceof Double d) ? "must be a number; allowed: " + allowed()
                        : (d.isNaN() || d < min || d > max) ? "is " + d + ", outside the allowed range: " + allowed() : null;
                case BOOL -> value instanceof Boolean ? null : "must be true or false";
                case CHOICE -> (value instanceof String s && choices.contains(s)) ? null
                        : "is '" + value + "', not one of the allowed values: " + allowed();
            };
        }

        String allowed() {
            return switch (type) {
                case INT -> "an integer in [" + (long) min + ", " + (long) max + "]";
                case REAL -> "a number in [" + ParamDef.format(min) + ", " + ParamDef.format(max) + "]";
                case BOOL -> "true or false";
                case CHOICE -> "one of " + String.join(", ", choices);
            };
        }
    }
}
