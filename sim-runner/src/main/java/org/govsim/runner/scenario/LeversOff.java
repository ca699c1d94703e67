package org.govsim.runner.scenario;

import java.util.ArrayList;
import java.util.List;
import org.govsim.model.ModelCatalog;
import org.govsim.model.lever.Lever;
import org.govsim.model.param.ParamDef;
import org.govsim.model.param.ParamValues;

/**
 * A scenario's own district with every registered lever switched off: its matched baseline. Each lever that the
 * scenario switches on is switched off by the first of its parameters, in declaration order, whose default value
 * (every lever is off in the defaults) switches it off alone, as the lever itself answers it
 * ({@code settings(values).enabled()}); a lever no single parameter switches off gets all its parameters' defaults.
 * Nothing else changes: the district, the core parameters and the seeds stay the scenario's, so the difference
 * between the two is the levers'.
 */
public final class LeversOff {
    /** The suffix of a matched baseline's name. */
    public static final String SUFFIX = "-levers-off";

    /**
     * @param scenario the scenario with every lever off, named NAME-levers-off
     * @param switched each lever switched off, with the parameter that did it
     */
    public record Matched(Scenario scenario, List<String> switched) {
    }

    private LeversOff() {
    }

    /** The levers the values switch on, in registration order. */
    public static List<Lever<?>> on(ParamValues values) {
        return ModelCatalog.levers().stream().filter(l -> l.settings(values).enabled()).toList();
    }

    /** The values with every lever off, and what was switched. */
    public static ParamValues switchOff(ParamValues values, List<String> switched) {
        ParamValues v = values;
        for (Lever<?> l : on(values)) {
            ParamValues off = null;
            for (ParamDef d : l.parameters()) {
                ParamValues candidate = v.with(d.path(), d.defaultValue());
                if (!l.settings(candidate).enabled()) {
                    off = candidate;
                    switched.add(d.path() + "=" + ParamDef.format(d.defaultValue()));
                    break;
                }
            }
            if (off == null) {
                off = v;
                for (ParamDef d : l.parameters()) {
                    off = off.with(d.path(), d.defaultValue());
                }
                switched.add(l.name() + ": every parameter at its default");
            }
            v = off;
        }
        return v;
    }

    /** The scenario's matched baseline, or null when it switches no lever on (it is its own). */
    public static Matched of(Scenario s) {
        if (on(s.values()).isEmpty()) {
            return null;
        }
        List<String> switched = new ArrayList<>();
        ParamValues off = switchOff(s.values(), switched);
        String description = s.name() + " with every lever off (" + String.join(", ", switched) + "): its own district, the levers' baseline";
        return new Matched(new Scenario(s.name() + SUFFIX, description, s.source(), s.chain(), off, s.fileSettings(), null), List.copyOf(switched));
    }
}
