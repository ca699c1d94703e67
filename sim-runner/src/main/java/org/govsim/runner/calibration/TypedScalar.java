package org.govsim.runner.calibration;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.Map;
import org.govsim.model.param.ParamDef;

/**
 * Reads a YAML scalar as the type a parameter declares, as scenario files are read: the YAML type decides, so
 * {@code "2"} is text and is refused for a number, and an integer parameter refuses {@code 2.5}.
 */
final class TypedScalar {
    private TypedScalar() {
    }

    /** Puts the checked value under the parameter's path; returns null, or a phrase saying why it is refused. */
    static String read(ParamDef def, JsonParser p, Map<String, Object> into) throws IOException {
        JsonToken t = p.currentToken();
        Object value = switch (def.type()) {
            case INT -> t == JsonToken.VALUE_NUMBER_INT && p.getNumberType() == JsonParser.NumberType.INT ? p.getIntValue() : null;
            case REAL -> t.isNumeric() ? p.getDoubleValue() : null;
            case BOOL -> t == JsonToken.VALUE_TRUE ? Boolean.TRUE : t == JsonToken.VALUE_FALSE ? Boolean.FALSE : null;
            case CHOICE -> t == JsonToken.VALUE_STRING ? p.getText().trim() : null;
        };
        if (value == null) {
            String shown = t == JsonToken.VALUE_STRING ? "the text '" + p.getText() + "'" : t.isScalarValue() ? p.getText() : "a " + t;
            return "must be " + def.allowed() + ", not " + shown;
        }
        String problem = def.check(value);
        if (problem == null) {
            into.put(def.path(), value);
        }
        return problem;
    }
}
