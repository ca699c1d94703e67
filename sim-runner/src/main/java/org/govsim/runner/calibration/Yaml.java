package org.govsim.runner.calibration;

import java.util.Map;

/** Writes a calibration block back as YAML that {@link CalibrationBlockParser} reads to the same spec. */
final class Yaml {
    private Yaml() {
    }

    static String block(CalibrationSpec spec) {
        StringBuilder s = new StringBuilder(CalibrationBlockParser.KEY).append(":\n");
        if (!spec.parameters().isEmpty()) {
            s.append("  ").append(CalibrationBlockParser.PARAMETERS).append(":\n");
            for (Prior p : spec.parameters()) {
                s.append("    ").append(p.path()).append(": {min: ").append(Numbers.write(p.min())).append(", max: ")
                        .append(Numbers.write(p.max())).append("}\n");
            }
        }
        s.append("  ").append(CalibrationBlockParser.TARGETS).append(":\n");
        for (Target t : spec.targets()) {
            s.append("    - name: ").append(text(t.name())).append('\n');
            s.append("      metric: ").append(text(t.metric())).append('\n');
            if (t.compound() != null) {
                s.append("      compound: ").append(text(t.compound())).append('\n');
            }
            if (t.perYear()) {
                s.append("      per: year\n");
            }
            if (t.observation() instanceof Observation.Point p) {
                s.append("      value: ").append(Numbers.write(p.value())).append("\n      sd: ").append(Numbers.write(p.sd())).append('\n');
            } else if (t.observation() instanceof Observation.AtLeast a) {
                s.append("      min: ").append(Numbers.write(a.min())).append('\n');
                if (a.sdGiven()) {
                    s.append("      sd: ").append(Numbers.write(a.scale())).append('\n');
                }
            }
            if (t.relative()) {
                s.append("      relative_to: {");
                String sep = "";
                for (Map.Entry<String, Object> e : t.relativeTo().entrySet()) {
                    Object v = e.getValue();
                    s.append(sep).append(e.getKey()).append(": ").append(v instanceof String str ? text(str) : Numbers.value(v));
                    sep = ", ";
                }
                s.append("}\n");
            }
            if (!t.source().isEmpty()) {
                s.append("      source: ").append(text(t.source())).append('\n');
            }
        }
        return s.toString();
    }

    /** Double-quoted with YAML's escapes, so any text reads back as the same text. */
    static String text(String s) {
        StringBuilder q = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> q.append("\\\"");
                case '\\' -> q.append("\\\\");
                case '\n' -> q.append("\\n");
                case '\t' -> q.append("\\t");
                default -> {
                    if (c < 0x20) {
                        q.append(String.format("\\x%02X", (int) c));
                    } else {
                        q.append(c);
                    }
                }
            }
        }
        return q.append('"').toString();
    }
}
