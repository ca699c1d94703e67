package org.govsim.runner.calibration;

import java.util.Map;
import org.govsim.runner.scenario.ScenarioWriter;

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
        if (spec.districtShare() != 1) {
            s.append("  ").append(CalibrationBlockParser.DISTRICT_SHARE).append(": ").append(Numbers.write(spec.districtShare())).append('\n');
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
                s.append("      relative_to: ").append(values(t.relativeTo())).append('\n');
                if (t.relation() != Target.Relation.RATIO) {
                    s.append("      relation: ").append(t.relation().word()).append('\n');
                }
            }
            if (!t.under().isEmpty()) {
                s.append("      under: ").append(values(t.under())).append('\n');
            }
            if (!t.source().isEmpty()) {
                s.append("      source: ").append(text(t.source())).append('\n');
            }
        }
        return s.toString();
    }

    private static String values(Map<String, Object> values) {
        StringBuilder s = new StringBuilder("{");
        String sep = "";
        for (Map.Entry<String, Object> e : values.entrySet()) {
            Object v = e.getValue();
            s.append(sep).append(e.getKey()).append(": ").append(v instanceof String str ? text(str) : Numbers.value(v));
            sep = ", ";
        }
        return s.append('}').toString();
    }

    /** Double-quoted with YAML's escapes, so any text reads back as the same text. */
    static String text(String s) {
        return ScenarioWriter.quoted(s);
    }
}
