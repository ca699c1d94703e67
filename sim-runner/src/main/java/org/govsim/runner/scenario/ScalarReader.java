package org.govsim.runner.scenario;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.math.BigInteger;
import org.govsim.model.param.ParamDef;

/**
 * Reads one YAML scalar as the Java type its parameter declares. The YAML type decides, not the text:
 * {@code "2"} is text and {@code 2.0} is a float, so neither is accepted for an integer parameter; a silent
 * conversion would hide a file that does not say what its author meant.
 */
final class ScalarReader {
    private ScalarReader() {
    }

    /** Either a checked value or a phrase saying why the scalar is refused (to follow the key). */
    record Result(Object value, String problem) {
        static Result ok(Object value) {
            return new Result(value, null);
        }

        static Result refused(String problem) {
            return new Result(null, problem);
        }
    }

    /** Reads the parser's current token, which must be a scalar (or null). */
    static Result read(ParamDef def, JsonParser p) throws IOException {
        String spelling = NumberSpelling.problem(p);
        if (spelling != null) {
            return Result.refused(spelling + "; allowed: " + def.allowed());
        }
        Object raw = raw(p);
        if (raw == null) {
            return Result.refused("has no value; allowed: " + def.allowed());
        }
        return switch (def.type()) {
            case INT -> raw instanceof Integer ? checked(def, raw)
                    : (raw instanceof Long || raw instanceof BigInteger)
                            ? Result.refused("is " + raw + ", outside the allowed range: " + def.allowed())
                            : wrongType(def, raw);
            // REAL takes YAML integers too: writing 3 for 3.0 is ordinary and unambiguous
            case REAL -> raw instanceof Number n ? checked(def, n.doubleValue()) : wrongType(def, raw);
            case BOOL -> raw instanceof Boolean ? checked(def, raw) : wrongType(def, raw);
            // check() already names the choices when raw is a number, a boolean or an unknown word
            case CHOICE -> checked(def, raw);
        };
    }

    private static Object raw(JsonParser p) throws IOException {
        JsonToken t = p.currentToken();
        return switch (t) {
            case VALUE_NULL -> null;
            case VALUE_TRUE -> Boolean.TRUE;
            case VALUE_FALSE -> Boolean.FALSE;
            case VALUE_NUMBER_INT -> p.getNumberValue();
            case VALUE_NUMBER_FLOAT -> p.getDoubleValue();
            default -> p.getText();
        };
    }

    private static Result checked(ParamDef def, Object value) {
        String problem = def.check(value);
        return problem == null ? Result.ok(value) : Result.refused(problem);
    }

    private static Result wrongType(ParamDef def, Object raw) {
        String shown = raw instanceof String s ? "the text " + quote(s) : ParamDef.format(raw);
        return Result.refused("must be " + def.allowed() + ", not " + shown + (raw instanceof String s ? hint(def, s) : ""));
    }

    private static String hint(ParamDef def, String s) {
        String looksLike = NumberSpelling.textHint(s);
        if (looksLike != null) {
            return looksLike;
        }
        // a plain 2 or true would have come as a number or boolean, so the author must have quoted it
        return readsAs(def, s) ? " (it is in quotes; remove them)" : "";
    }

    private static boolean readsAs(ParamDef def, String s) {
        try {
            def.parse(s);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** Single-quoted and cut short, so a stray block of text does not flood the message. */
    static String quote(String s) {
        String one = s.replace("\n", "\\n");
        return "'" + (one.length() > 40 ? one.substring(0, 37) + "..." : one) + "'";
    }
}
